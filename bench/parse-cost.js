// What normalizing costs, in Node: parseFeed on 10,000 JSON Feed items carrying four URLs each (post,
// image, author page, avatar) against JSON.parse of the same text, and the size of the HTML entity
// table the data layer loads only when a feed uses a rare reference. Called by bench/run.js.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { jsonFeed, jsonFeedItems } from './data.js';
import { bundleEntry, formatKiB, gzip, root } from './sizes.js';

/** The target: parseFeed at most this many times JSON.parse of the same text. */
export const PARSE_COST_TARGET = 4;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The bench items, each with an author page and an avatar besides the post URL and the image. */
function items(count) {
  return jsonFeedItems(count).map((item, i) => ({
    ...item,
    authors: item.authors.map((author) => ({
      name: author.name,
      url: author.url ?? `https://blog.example.com/profile/${i % 7}`,
      avatar: `https://cdn.example.com/avatars/${i % 7}.jpg`,
    })),
  }));
}

/** The entity table module alone, minified and gzipped as the on-demand chunk a page downloads. */
async function entityTableSize() {
  const result = await build({
    entryPoints: [join(root, 'src/feed/entities.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return gzip(result.outputFiles[0].contents);
}

export async function parseCostSection({ from = 'auto', runs = 9 } = {}) {
  const text = JSON.stringify(jsonFeed(items(10_000)));
  const out = mkdtempSync(join(tmpdir(), 'trade-widgets-parse-cost-'));
  try {
    await bundleEntry('trade-widgets/feed', { from, platform: 'node', splitting: false, outdir: out });
    const { parseFeed } = await import(pathToFileURL(join(out, 'stdin.js')).href);
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc');
    const time = (fn) => {
      gc();
      const start = performance.now();
      fn();
      return performance.now() - start;
    };
    const json = [];
    const parse = [];
    let posts = 0;
    for (let i = 0; i < runs + 2; i++) {
      const measures = [
        () => json.push(time(() => JSON.parse(text))),
        () =>
          parse.push(
            time(() => {
              posts = parseFeed(text, { baseUrl: 'https://blog.example.com/feed.json' }).posts.length;
            }),
          ),
      ];
      if (i % 2) measures.reverse();
      for (const measure of measures) measure();
      if (i < 2) {
        json.length = 0;
        parse.length = 0;
      }
    }
    if (posts !== 10_000) throw new Error(`parseFeed returned ${posts} posts of 10,000`);
    const ratio = median(parse) / median(json);
    const table = await entityTableSize();
    return {
      rows: [
        {
          label: `parseFeed 10,000 items × 4 URLs (${(text.length / 2 ** 20).toFixed(1)} MiB) / JSON.parse, Node`,
          value: `${ratio.toFixed(2)}× (${median(parse).toFixed(1)} ms vs ${median(json).toFixed(1)} ms)`,
          target: `≤ ${PARSE_COST_TARGET}×`,
          pass: ratio <= PARSE_COST_TARGET,
        },
        { label: 'HTML entity table, loaded only when a feed needs it (gzip -9)', value: formatKiB(table) },
      ],
      data: { bytes: text.length, json, parse, ratio, entityTableGzip: table },
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
