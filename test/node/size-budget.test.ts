import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { budgets, bundleEntry, evaluateBudgets, KiB, type EntrySizes, type Sizes } from '../../bench/sizes.js';

// `npm run size` is what keeps the budgets in CI; these tests hold the checker itself to its word
// (a miss is reported, with a line saying why) and check the two "must not contain" rules on the
// sources, where a stray import would first show up.

const bytes = (gzip: number) => ({ min: gzip * 3, gzip, brotli: Math.round(gzip * 0.9) });

function entry(gzip: number, contains: Partial<EntrySizes['contains']> = {}): EntrySizes {
  return {
    specifier: 'trade-widgets/x',
    source: 'src',
    breakdown: {},
    initial: bytes(gzip),
    all: bytes(gzip),
    lazyChunks: 0,
    contains: { Lit: false, DOMPurify: false, ...contains },
    entryFile: 'stdin.js',
    outputs: ['stdin.js'],
  };
}

function sizes({ bundle = 20 * KiB, form = entry(9 * KiB), feed = entry(4 * KiB) } = {}): Sizes {
  return {
    scriptTag: {
      bundle: { file: 'trade-widgets.min.js', ...bytes(bundle) },
      siblings: [{ file: 'trade-widgets.sanitize.js', ...bytes(15 * KiB) }],
    },
    entries: { 'broker-contact-form': form, feed },
  };
}

describe('size budgets', () => {
  it('passes every budget when all sizes are within their limits', () => {
    const results = evaluateBudgets(sizes());
    assert.deepEqual(
      results.map((result) => result.ok),
      [true, true, true],
    );
    assert.deepEqual(
      results.flatMap((result) => result.problems),
      [],
    );
  });

  it('reports a bundle over its limit with its size and the overshoot', () => {
    const [scriptTag] = evaluateBudgets(sizes({ bundle: 31 * KiB }));
    assert.equal(scriptTag.ok, false);
    assert.deepEqual(scriptTag.problems, [
      'script-tag bundle (trade-widgets.min.js) is 31.0 KiB gzip, over its 30.0 KiB budget by 1.0 KiB',
    ]);
  });

  it('counts a size exactly at the limit as within budget', () => {
    const [, form] = evaluateBudgets(sizes({ form: entry(12 * KiB) }));
    assert.equal(form.ok, true);
  });

  it('counts what an entry loads up front, not the chunks it imports on demand', () => {
    const form = { ...entry(11 * KiB), all: bytes(14 * KiB), lazyChunks: 2 };
    const [, result] = evaluateBudgets(sizes({ form }));
    assert.equal(result.gzip, 11 * KiB);
    assert.equal(result.ok, true);
  });

  it('reports a forbidden library with the imports that pulled it in, even when small enough', () => {
    const chain = [
      'src/broker-contact-form.ts',
      'src/shared/load-sanitizer.ts',
      'node_modules/dompurify/dist/purify.es.mjs',
    ];
    const [, form, feed] = evaluateBudgets(
      sizes({
        form: entry(8 * KiB, { DOMPurify: chain }),
        feed: entry(7 * KiB, { Lit: ['node_modules/lit/index.js'] }),
      }),
    );
    assert.equal(form.ok, false);
    assert.deepEqual(form.problems, [
      `contact form alone (trade-widgets/broker-contact-form.js) contains DOMPurify (via ${chain.join(' → ')})`,
    ]);
    assert.equal(feed.problems.length, 2);
    assert.match(
      feed.problems[0],
      /data layer alone \(trade-widgets\/feed\) is 7\.0 KiB gzip, over its 6\.0 KiB budget/,
    );
    assert.match(feed.problems[1], /contains Lit \(via node_modules\/lit\/index\.js\)/);
  });

  it('holds the size budgets the issue set: 30 KiB, 12 KiB without DOMPurify, 6 KiB without Lit', () => {
    assert.deepEqual(
      budgets.map((budget) => [budget.id, budget.limit / KiB, budget.mustNotContain]),
      [
        ['script-tag', 30, undefined],
        ['broker-contact-form', 12, 'DOMPurify'],
        ['feed', 6, 'Lit'],
      ],
    );
  });
});

describe('npm entries bundled from the sources', () => {
  it('keeps DOMPurify out of the contact form', async () => {
    const form = await bundleEntry('trade-widgets/broker-contact-form.js', { from: 'src' });
    assert.equal(form.contains.DOMPurify, false);
    assert.ok(form.contains.Lit, 'the contact form bundle should include Lit, as an app bundling it would');
  });

  it('keeps Lit out of the data layer', async () => {
    const feed = await bundleEntry('trade-widgets/feed', { from: 'src' });
    assert.equal(feed.contains.Lit, false);
    assert.equal(feed.contains.DOMPurify, false);
  });

  it('loads DOMPurify for a post only in a lazily loaded chunk', async () => {
    const post = await bundleEntry('trade-widgets/trade-post.js', { from: 'src' });
    assert.ok(post.contains.DOMPurify, 'a post renders sanitized bodies, so its bundle reaches DOMPurify');
    assert.ok(post.lazyChunks >= 1, 'DOMPurify should sit in a chunk loaded on demand');
    assert.ok(post.all.gzip > post.initial.gzip);
  });
});
