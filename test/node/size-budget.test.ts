import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { budgets, bundleEntry, evaluateBudgets, KiB, type EntrySizes, type Sizes } from '../../bench/sizes.js';

// `npm run size` is what keeps the budgets in CI (it loads real pages in Chromium; see
// bench/page-sizes.js); these tests hold the checker itself to its word (a miss is reported, with a
// line saying why) and check the two "must not contain" rules on the sources, where a stray import
// would first show up.

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

function page(gzip: number) {
  return { files: [{ file: 'trade-widgets.min.js', ...bytes(gzip) }], ...bytes(gzip) };
}

interface Fake {
  loader?: number;
  form?: EntrySizes;
  feed?: EntrySizes;
  core?: EntrySizes;
  pages?: Partial<Record<'form' | 'feed' | 'all-api' | 'all-fallback', number>>;
}

function sizes({
  loader = 1 * KiB,
  form = entry(9 * KiB),
  feed = entry(12 * KiB),
  core = entry(9 * KiB),
  pages = {},
}: Fake = {}): Sizes {
  const gz = { form: 14 * KiB, feed: 27 * KiB, 'all-api': 33 * KiB, 'all-fallback': 46 * KiB, ...pages };
  return {
    scriptTag: {
      bundle: { file: 'trade-widgets.min.js', ...bytes(loader) },
      siblings: [{ file: 'trade-widgets.sanitize-x.js', ...bytes(15 * KiB) }],
    },
    pages: Object.fromEntries(Object.entries(gz).map(([id, size]) => [id, page(size)])),
    entries: { 'broker-contact-form': form, feed, 'feed-core': core },
  };
}

const byId = (results: ReturnType<typeof evaluateBudgets>, id: string) => results.find((result) => result.id === id)!;

describe('size budgets', () => {
  it('passes every budget when all sizes are within their limits', () => {
    const results = evaluateBudgets(sizes());
    assert.ok(results.every((result) => result.ok));
    assert.deepEqual(
      results.flatMap((result) => result.problems),
      [],
    );
  });

  it('reports a page over its limit with its size and the overshoot', () => {
    const result = byId(evaluateBudgets(sizes({ pages: { 'all-api': 47.9 * KiB } })), 'page-all-api');
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems, [
      'script tag, all three with a full post body (HTML Sanitizer API) is 47.9 KiB gzip, over its 46.5 KiB budget by 1.4 KiB',
    ]);
  });

  it('reports a loader grown past 3.5 KiB', () => {
    const result = byId(evaluateBudgets(sizes({ loader: 3.6 * KiB })), 'loader');
    assert.equal(result.ok, false);
    assert.match(result.problems[0]!, /loader \(trade-widgets\.min\.js\) is 3\.6 KiB gzip/);
  });

  it('counts a size exactly at the limit as within budget', () => {
    assert.equal(byId(evaluateBudgets(sizes({ form: entry(15 * KiB) })), 'broker-contact-form').ok, true);
    assert.equal(byId(evaluateBudgets(sizes({ pages: { form: 17.6 * KiB } })), 'page-form').ok, true);
  });

  it('counts what an npm entry loads up front, not the chunks it imports on demand', () => {
    const form = { ...entry(11 * KiB), all: bytes(14 * KiB), lazyChunks: 2 };
    const result = byId(evaluateBudgets(sizes({ form })), 'broker-contact-form');
    assert.equal(result.gzip, 11 * KiB);
    assert.equal(result.ok, true);
  });

  it('reports a forbidden library with the imports that pulled it in, even when small enough', () => {
    const chain = [
      'src/broker-contact-form.ts',
      'src/shared/load-sanitizer.ts',
      'node_modules/dompurify/dist/purify.es.mjs',
    ];
    const results = evaluateBudgets(
      sizes({
        form: entry(8 * KiB, { DOMPurify: chain }),
        feed: entry(13 * KiB, { Lit: ['node_modules/lit/index.js'] }),
        core: entry(10 * KiB),
      }),
    );
    const form = byId(results, 'broker-contact-form');
    const feed = byId(results, 'feed');
    const core = byId(results, 'feed-core');
    assert.equal(form.ok, false);
    assert.deepEqual(form.problems, [
      `npm, contact form alone (trade-widgets/broker-contact-form.js) contains DOMPurify (via ${chain.join(' → ')})`,
    ]);
    assert.deepEqual(core.problems, [
      'npm, data layer core the elements load up front (feed/index.js) is 10.0 KiB gzip, over its 9.0 KiB budget by 1.0 KiB',
    ]);
    // The whole entry is reported, not budgeted: only the library it must not contain is a miss.
    assert.equal(feed.problems.length, 1);
    assert.match(feed.problems[0]!, /contains Lit \(via node_modules\/lit\/index\.js\)/);
  });

  it('holds the budgets set for partner pages and npm entries', () => {
    assert.deepEqual(
      budgets.map((budget) => [
        budget.id,
        budget.limit && budget.limit / KiB,
        budget.target && budget.target / KiB,
        budget.mustNotContain,
      ]),
      [
        ['loader', 3.5, undefined, undefined],
        ['page-form', 17.6, undefined, undefined],
        ['page-feed', 33, undefined, undefined],
        ['page-all-api', 46.5, 34, undefined],
        ['page-all-fallback', 58.9, 48, undefined],
        ['broker-contact-form', 15, undefined, 'DOMPurify'],
        ['feed-core', 9, undefined, 'Lit'],
        ['feed', undefined, undefined, 'Lit'],
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

  it('leaves RSS and Atom out of what the data layer core loads up front', async () => {
    const feed = await bundleEntry('trade-widgets/feed', { from: 'src' });
    const core = await bundleEntry('trade-widgets/feed', { from: 'src', module: 'feed/index' });
    assert.equal(core.contains.Lit, false);
    // The XML reader and the full entity table load on demand.
    assert.ok(core.lazyChunks >= 2);
    assert.ok(core.initial.gzip < feed.initial.gzip - 2 * KiB, 'the core should be the entry without the XML reader');
  });

  it('loads DOMPurify for a post only in a lazily loaded chunk', async () => {
    const post = await bundleEntry('trade-widgets/trade-post.js', { from: 'src' });
    assert.ok(post.contains.DOMPurify, 'a post renders sanitized bodies, so its bundle reaches DOMPurify');
    assert.ok(post.lazyChunks >= 1, 'DOMPurify should sit in a chunk loaded on demand');
    assert.ok(post.all.gzip > post.initial.gzip);
  });
});
