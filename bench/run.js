// `npm run bench`: what trade-widgets costs a partner page, measured in headless Chromium on
// loopback. Prints a table and writes bench/results/latest.json.
//
//   npm run bench [-- --check] [--no-build] [--from=dist|src] [--dist=dir] [--baseline=dir] [--runs=9] [--only=…]
//
// --check     exit non-zero when a target is missed (or its measurement failed)
// --no-build  measure the dist/ already there instead of running the builds first
// --from      bundle the npm entries from dist/ (default after a build) or from src/
// --dist      serve and measure the script-tag files from this directory (implies --no-build)
// --baseline  another build's dist/ (a copy kept from before a change): the first-feed section also
//             times its loader, in the same run, against this build's
// --script-latency  milliseconds added to every script file of a build in the first-feed section
//             (default 150: a CDN's round trip, which the loader pays twice)
// --feed-latency    milliseconds added to the feed there (default 150: the feed is as far away as the
//             scripts; 0 is loopback, where the loader's one more script round trip shows alone)
// --runs      timed runs per measurement (medians; at least 7)
// --only      any of: sizes render first-render heap parse parse-cost requests vitals
// --profile   also write CPU profiles (open in DevTools) of a 1,000-post render and of parseFeed
//             to bench/results/
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, noChromeMessage } from '../scripts/find-chrome.js';
import { jsonFeed, jsonFeedItems, toPosts } from './data.js';
import { measurePages } from './page-sizes.js';
import { parseCostSection } from './parse-cost.js';
import { startServer } from './server.js';
import { clsTarget, delays, demoPages, measurePage, startDemoServer, viewports } from './vitals.js';
import {
  bundleEntry,
  evaluateBudgets,
  formatKiB,
  entryName,
  groupBreakdown,
  npmEntries,
  pickSource,
  root,
  scriptTagSizes,
  sourceMapBreakdown,
} from './sizes.js';

const MiB = 1024 * 1024;
const SECTIONS = ['sizes', 'render', 'first-render', 'heap', 'parse', 'parse-cost', 'requests', 'vitals'];
/** Cold visits per demo page and width in the vitals section (medians). */
const VITALS_RUNS = 3;

/** The performance targets, checked by `--check`. */
const targets = {
  render: 2.5,
  heapMiB: 5,
  parse: 4,
  requestsPerUrl: 1,
  requestsWhileFresh: 0,
  /** First feed render through the loader against the all-in-one file: no slower. */
  firstRender: 1,
  /** First feed render through the loader against the loader of the `--baseline` build. */
  firstRenderVsBaseline: 0.8,
};

function parseArgs(argv) {
  const value = (name, fallback) => {
    const arg = argv.find((a) => a.startsWith(`--${name}=`));
    return arg ? arg.slice(name.length + 3) : fallback;
  };
  const only = value('only', SECTIONS.join(',')).split(',');
  const unknown = only.filter((name) => !SECTIONS.includes(name));
  if (unknown.length) throw new Error(`--only: unknown section ${unknown.join(', ')} (known: ${SECTIONS.join(' ')})`);
  const dist = value('dist', undefined);
  const baseline = value('baseline', undefined);
  return {
    check: argv.includes('--check'),
    build: !argv.includes('--no-build') && !dist,
    dist: dist ? resolve(dist) : join(root, 'dist'),
    baseline: baseline && resolve(baseline),
    latency: {
      scripts: Math.max(0, Number(value('script-latency', '150')) || 0),
      feeds: Math.max(0, Number(value('feed-latency', '150')) || 0),
    },
    from: value('from', 'auto'),
    profile: argv.includes('--profile'),
    runs: Math.max(7, Number.parseInt(value('runs', '9'), 10) || 9),
    only: new Set(only),
  };
}

const log = (message) => process.stderr.write(`${message}\n`);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const ratio = (value) => `${value.toFixed(2)}×`;

function npm(script) {
  log(`› npm run ${script}`);
  const result = spawnSync('npm', ['run', script, '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  return result.status === 0;
}

function machine(browserVersion) {
  const cpuModel =
    readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((line) => line.startsWith('model name'))
      ?.split(':')[1]
      ?.trim() ??
    cpus()[0]?.model ??
    'unknown';
  return {
    nproc: availableParallelism(),
    cpu: cpuModel,
    chromium: browserVersion,
    node: process.version,
    load: loadavg().map((n) => Number(n.toFixed(2))),
  };
}

async function collectGarbage(page) {
  const cdp = await page.createCDPSession();
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
}

// ---------------------------------------------------------------------------------------------
// Sections. Each returns { rows, data }; a row is { label, value, target?, pass? }.

async function sizesSection(browser, server, options) {
  const scriptTag = scriptTagSizes(options.dist);
  const rows = [];
  const line = (s) => `${formatKiB(s.min)} min · ${formatKiB(s.gzip)} gzip · ${formatKiB(s.brotli)} brotli`;
  rows.push({ label: 'script tag: trade-widgets.min.js (the loader)', value: line(scriptTag.bundle) });
  const pages = await measurePages({ dist: options.dist, browser, server });
  for (const page of Object.values(pages)) {
    rows.push({
      label: `script tag: ${page.label}`,
      value: `${formatKiB(page.gzip)} gzip · ${formatKiB(page.brotli)} brotli in ${page.files.length} files`,
    });
  }
  if (scriptTag.all)
    rows.push({ label: 'script tag: trade-widgets.all.min.js (all in one)', value: line(scriptTag.all) });
  for (const sibling of scriptTag.siblings) {
    rows.push({ label: `script tag: ${sibling.file.replace(/-[\w-]{8}\.js$/, '-….js')}`, value: line(sibling) });
  }
  const allPath = join(options.dist, 'trade-widgets.all.min.js');
  const breakdown = existsSync(`${allPath}.map`) ? sourceMapBreakdown(allPath) : [];
  const groups = groupBreakdown(breakdown);
  if (groups.length) {
    rows.push({
      label: 'all-in-one file: parts, gzip of each alone',
      value: groups.map((group) => `${group.group} ${formatKiB(group.gzip)}`).join(' · '),
    });
  }
  const entries = {};
  for (const entry of npmEntries) {
    const measured = await bundleEntry(entry.specifier, {
      from: options.from,
      module: entry.module,
      names: entry.names,
    });
    entries[entry.id] = measured;
    const lazy = measured.lazyChunks
      ? ` · ${formatKiB(measured.all.gzip)} gzip with ${measured.lazyChunks} lazy chunk${measured.lazyChunks > 1 ? 's' : ''}`
      : '';
    const libs = Object.entries(measured.contains)
      .filter(([, found]) => !found)
      .map(([name]) => `no ${name}`);
    rows.push({
      label: `npm: ${entryName(entry)}`,
      value: `${formatKiB(measured.initial.min)} min · ${formatKiB(measured.initial.gzip)} gzip${lazy}${libs.length ? ` (${libs.join(', ')})` : ''}`,
    });
  }
  // The CI budgets (`npm run size`) next to the sizes they hold.
  const budgetRows = { loader: rows[0] };
  for (const page of Object.values(pages))
    budgetRows[`page-${page.id}`] = rows.find((row) => row.label === `script tag: ${page.label}`);
  for (const entry of npmEntries) budgetRows[entry.id] = rows.find((row) => row.label === `npm: ${entryName(entry)}`);
  const budgets = evaluateBudgets({ scriptTag, pages, entries });
  for (const budget of budgets) {
    const row = budgetRows[budget.id];
    if (!row) continue;
    const limit = budget.limit === undefined ? 'reported' : `≤ ${formatKiB(budget.limit)} gzip`;
    row.target = `${limit}${budget.mustNotContain ? `, no ${budget.mustNotContain}` : ''}`;
    row.pass = budget.ok;
  }
  return {
    rows,
    data: { scriptTag, pages, allBreakdown: breakdown, entries, entriesFrom: pickSource(options.from), budgets },
  };
}

async function renderSection(browser, server, options) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`${server.origin}/render.html`, { waitUntil: 'load' });
  await page.evaluate((posts) => window.bench.setPosts(posts), toPosts(jsonFeedItems(1000, { origin: server.origin })));
  const census = await page.evaluate(() => window.bench.prepare(3));
  const mismatched = Object.keys({ ...census.feed, ...census.baseline }).filter(
    (tag) => census.feed[tag] !== census.baseline[tag],
  );
  if (mismatched.length) {
    log(
      `  note: the baseline's markup differs from the feed's in ${mismatched
        .map((tag) => `<${tag}> ${census.baseline[tag] ?? 0} vs ${census.feed[tag] ?? 0}`)
        .join(', ')}`,
    );
  }

  const rows = [];
  const data = { census, sizes: {} };
  for (const n of [10, 100, 1000]) {
    const feed = [];
    const baseline = [];
    for (let i = 0; i < 2; i++) {
      await page.evaluate((count) => window.bench.feedOnce(count), n);
      await page.evaluate((count) => window.bench.baselineOnce(count), n);
    }
    for (let i = 0; i < options.runs; i++) {
      // Alternate which goes first so neither always runs on a freshly collected heap.
      const order = i % 2 ? ['baselineOnce', 'feedOnce'] : ['feedOnce', 'baselineOnce'];
      for (const method of order) {
        await collectGarbage(page);
        const result = await page.evaluate((name, count) => window.bench[name](count), method, n);
        if (result.shown !== n) throw new Error(`${method}(${n}) showed ${result.shown} posts`);
        (method === 'feedOnce' ? feed : baseline).push(result.time);
      }
    }
    const feedMedian = median(feed);
    const baselineMedian = median(baseline);
    const value = feedMedian / baselineMedian;
    data.sizes[n] = { feed, baseline, feedMedian, baselineMedian, ratio: value };
    const target = n === 1000 ? targets.render : undefined;
    rows.push({
      label: `render ${n} posts: feed / baseline`,
      value: `${ratio(value)} (${ms(feedMedian)} vs ${ms(baselineMedian)})`,
      target: target && `≤ ${target}×`,
      pass: target ? value <= target : undefined,
    });
  }
  if (options.profile) {
    data.profile = await profile(page, 'render-1000', () =>
      page.evaluate(async () => {
        for (let i = 0; i < 3; i++) await window.bench.feedOnce(1000);
      }),
    );
  }
  await page.close();
  return { rows, data };
}

/** Runs `work` under the sampling profiler and writes bench/results/<name>.cpuprofile. */
async function profile(page, name, work) {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await work();
  const { profile: result } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const file = join(root, 'bench', 'results', `${name}.cpuprofile`);
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(file, JSON.stringify(result));
  log(`  wrote ${file}`);
  return file;
}

/** One cold visit (new browser context: empty HTTP cache and sessionStorage) to `page`. */
async function firstRenderOnce(browser, server, page, script) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport({ width: 1280, height: 800 });
    await tab.goto(`${server.origin}/${page}`, { waitUntil: 'domcontentloaded' });
    const result = await tab.evaluate(
      () =>
        Promise.race([
          window.firstFeed,
          new Promise((resolve) => setTimeout(() => resolve({ error: 'no trade-feed-load within 10 s' }), 10000)),
        ]),
      { timeout: 15000 },
    );
    if (result.error) throw new Error(result.error);
    if (!result.visible) throw new Error('trade-feed-load fired before any post was visible');
    const timing = await tab.evaluate((file) => {
      const entries = performance.getEntriesByType('resource');
      const ours = entries.filter((e) => /\/(dist|baseline)\/trade-widgets\./.test(e.name));
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        scriptEnd: entries.find((e) => e.name.endsWith(file))?.responseEnd,
        codeEnd: Math.max(0, ...ours.map((e) => e.responseEnd)),
        files: ours.length,
        feedEnd: entries.find((e) => e.name.endsWith('/feeds/news.json'))?.responseEnd,
        fcp: fcp?.startTime,
      };
    }, script);
    return { ...result, ...timing };
  } finally {
    await context.close();
  }
}

/**
 * The first feed on a cold visit, through the loader and through the all-in-one file in the same
 * run (and through the loader of the `--baseline` build, when given), taking turns at going first,
 * with every script file of ours sent `--script-latency` ms late: the loader fetches less but in two
 * steps (itself, then the element's modules, beside which it sends the feed request), the
 * all-in-one file more in one.
 */
async function firstRenderSection(browser, server, options) {
  const ways = {
    loader: { page: 'first-render.html', script: '/dist/trade-widgets.min.js', times: [], details: [] },
    all: { page: 'first-render-all.html', script: '/dist/trade-widgets.all.min.js', times: [], details: [] },
  };
  if (options.baseline) {
    ways.baseline = {
      page: 'first-render.html?build=baseline',
      script: '/baseline/trade-widgets.min.js',
      times: [],
      details: [],
    };
  }
  const names = Object.keys(ways);
  server.setLatency(options.latency);
  try {
    for (let i = 0; i < options.runs; i++) {
      for (const name of [...names.slice(i % names.length), ...names.slice(0, i % names.length)]) {
        const way = ways[name];
        const result = await firstRenderOnce(browser, server, way.page, way.script);
        way.times.push(result.at);
        way.details.push(result);
      }
    }
  } finally {
    server.setLatency();
  }
  for (const way of Object.values(ways)) way.median = median(way.times);
  const value = ways.loader.median / ways.all.median;
  const detail = (way) =>
    `code loaded ${ms(median(way.details.map((d) => d.codeEnd ?? 0)))} in ${way.details[0].files} file${way.details[0].files > 1 ? 's' : ''}, feed fetched ${ms(median(way.details.map((d) => d.feedEnd ?? 0)))}`;
  const { scripts, feeds } = options.latency;
  const latency = `${scripts ? `, scripts +${scripts} ms` : ''}${feeds ? `, feed +${feeds} ms` : ''}`;
  const rows = [
    {
      label: `first feed rendered, loader (from navigation${latency})`,
      value: `${ms(ways.loader.median)} (${detail(ways.loader)})`,
    },
    { label: 'first feed rendered, all-in-one file', value: `${ms(ways.all.median)} (${detail(ways.all)})` },
    {
      label: 'first feed rendered: loader / all-in-one',
      value: ratio(value),
      target: `≤ ${targets.firstRender}×`,
      pass: value <= targets.firstRender,
    },
  ];
  const data = { latency: options.latency, loader: ways.loader, all: ways.all, ratio: value };
  if (ways.baseline) {
    const vsBaseline = ways.loader.median / ways.baseline.median;
    rows.push(
      {
        label: 'first feed rendered, loader of the baseline build',
        value: `${ms(ways.baseline.median)} (${detail(ways.baseline)})`,
      },
      {
        label: 'first feed rendered: loader / baseline loader',
        value: ratio(vsBaseline),
        target: `≤ ${targets.firstRenderVsBaseline}×`,
        pass: vsBaseline <= targets.firstRenderVsBaseline,
      },
    );
    Object.assign(data, { baseline: ways.baseline, baselineDir: options.baseline, ratioToBaseline: vsBaseline });
  }
  return { rows, data };
}

async function heapSection(browser, server) {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/churn.html`, { waitUntil: 'load' });
  const [post] = toPosts(jsonFeedItems(1, { origin: server.origin, seed: 3 }));
  post.contentHtml = `${post.contentHtml}<p>The agency published the notice in the Federal Register on Thursday.</p>`;
  await page.evaluate((value) => window.bench.setPost(value), post);
  const cdp = await page.createCDPSession();
  await cdp.send('Memory.enable').catch(() => undefined);
  const usage = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters').catch(() => ({}));
    return { used: heap.usedSize, ...dom };
  };
  // One warm-up cycle first: it loads the sanitizer, fills the feed cache and the Intl formatters,
  // which are paid once per page, not per element.
  await page.evaluate(() => window.bench.cycles(1));
  const before = await usage();
  let outcome;
  for (let done = 0; done < 200; done += 50) outcome = await page.evaluate(() => window.bench.cycles(50));
  const after = await usage();
  await cdp.detach();
  await page.close();
  const growth = (after.used - before.used) / MiB;
  const rows = [
    {
      label: 'heap growth after 200 add/remove cycles',
      value: `${growth.toFixed(2)} MiB (${(before.used / MiB).toFixed(1)} → ${(after.used / MiB).toFixed(1)} MiB; DOM nodes ${before.nodes ?? '?'} → ${after.nodes ?? '?'}, listeners ${before.jsEventListeners ?? '?'} → ${after.jsEventListeners ?? '?'})`,
      target: `< ${targets.heapMiB} MiB`,
      pass: growth < targets.heapMiB,
    },
  ];
  if (outcome.timeouts) log(`  note: ${outcome.timeouts} waits timed out during the churn`);
  return { rows, data: { before, after, growthMiB: growth, timeouts: outcome.timeouts } };
}

/** The data layer bundled as a user would, in one file each for the page and for Node. */
async function feedBundles(server, options) {
  const out = mkdtempSync(join(tmpdir(), 'trade-widgets-bench-'));
  const make = async (platform) => {
    const outdir = join(out, platform);
    // Unminified when profiling, so the profile names functions as the sources do.
    await bundleEntry('trade-widgets/feed', {
      from: options.from,
      platform,
      splitting: false,
      minify: !options.profile,
      outdir,
    });
    return join(outdir, 'stdin.js');
  };
  server.files.set('feed.browser.mjs', readFileSync(await make('browser')));
  const nodeFile = join(out, 'feed.node.mjs');
  renameSync(await make('node'), nodeFile);
  return { nodeModule: nodeFile, cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

/**
 * Median times of `json()` and `parse()` (each returns milliseconds), alternating which runs first
 * and collecting garbage before each, so neither pays for the other's garbage. Two warm-up rounds.
 */
async function alternate(runs, gc, json, parse) {
  const times = { json: [], parse: [] };
  for (let i = 0; i < runs + 2; i++) {
    const order = i % 2 ? ['parse', 'json'] : ['json', 'parse'];
    for (const name of order) {
      await gc();
      const time = await (name === 'json' ? json() : parse());
      if (i >= 2) times[name].push(time);
    }
  }
  return { ...times, jsonMedian: median(times.json), parseMedian: median(times.parse) };
}

async function parseSection(browser, server, options) {
  const items = jsonFeedItems(10000);
  const text = JSON.stringify(jsonFeed(items));
  server.feeds.set('big.json', text);
  const { nodeModule, cleanup } = await feedBundles(server, options);
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/parse.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchReady === true, { timeout: 10000 });
    await page.evaluate(() => window.bench.load('/feeds/big.json'));
    let posts = 0;
    const inPage = await alternate(
      options.runs,
      () => collectGarbage(page),
      () => page.evaluate(() => window.bench.jsonOnce()),
      async () => {
        const result = await page.evaluate(() => window.bench.parseOnce());
        posts = result.posts;
        return result.time;
      },
    );
    if (posts !== items.length) throw new Error(`parseFeed returned ${posts} posts of ${items.length}`);
    if (options.profile) {
      await profile(page, 'parse-10000', () => page.evaluate(() => [1, 2, 3].map(() => window.bench.parseOnce().time)));
    }
    await page.close();

    const { parseFeed } = await import(pathToFileURL(nodeModule).href);
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc');
    const inNode = await alternate(
      options.runs,
      () => gc(),
      () => {
        const start = performance.now();
        JSON.parse(text);
        return performance.now() - start;
      },
      () => {
        const start = performance.now();
        parseFeed(text, { format: 'auto', baseUrl: 'https://blog.example.com/feed.json' });
        return performance.now() - start;
      },
    );
    const value = inPage.parseMedian / inPage.jsonMedian;
    const nodeRatio = inNode.parseMedian / inNode.jsonMedian;
    return {
      rows: [
        {
          label: `parseFeed 10,000 items (${(text.length / MiB).toFixed(1)} MiB) / JSON.parse, Chromium`,
          value: `${ratio(value)} (${ms(inPage.parseMedian)} vs ${ms(inPage.jsonMedian)})`,
          target: `≤ ${targets.parse}×`,
          pass: value <= targets.parse,
        },
        {
          label: 'parseFeed 10,000 items / JSON.parse, Node',
          value: `${ratio(nodeRatio)} (${ms(inNode.parseMedian)} vs ${ms(inNode.jsonMedian)})`,
        },
      ],
      data: { bytes: text.length, chromium: { ...inPage, ratio: value }, node: { ...inNode, ratio: nodeRatio } },
    };
  } finally {
    cleanup();
  }
}

async function requestsSection(browser, server) {
  server.feeds.set('shared.json', JSON.stringify(jsonFeed(jsonFeedItems(12, { origin: server.origin }))));
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const loaded = (count) =>
    page.waitForFunction((n) => window.feedEvents.load + window.feedEvents.error >= n, { timeout: 10000 }, count);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  server.resetCounts();
  await page.goto(`${server.origin}/requests.html`, { waitUntil: 'load' });
  await loaded(5);
  await settle();
  const first = server.count('/feeds/shared.json');
  const firstErrors = await page.evaluate(() => window.feedEvents.error);

  server.resetCounts();
  await page.reload({ waitUntil: 'load' });
  await loaded(5);
  await settle();
  const fresh = server.count('/feeds/shared.json');
  const freshErrors = await page.evaluate(() => window.feedEvents.error);
  await context.close();

  if (firstErrors || freshErrors) log(`  note: ${firstErrors + freshErrors} trade-feed-error events`);
  return {
    rows: [
      {
        label: '5 feeds, one src: requests',
        value: String(first),
        target: `= ${targets.requestsPerUrl}`,
        pass: first === targets.requestsPerUrl && !firstErrors,
      },
      {
        label: 'reload within cache-ttl: feed requests',
        value: String(fresh),
        target: `= ${targets.requestsWhileFresh}`,
        pass: fresh === targets.requestsWhileFresh && !freshErrors,
      },
    ],
    data: { first, fresh, errors: firstErrors + freshErrors },
  };
}

/**
 * CLS, LCP and INP of every demo page at a laptop's and a phone's width, as the web-vitals library
 * reports them (bench/vitals.js): cold visits with the script files and the feed held back, then
 * real input ("Load more", typing in the search box and the contact form) for INP. The demo serves
 * the root dist/ (not --dist).
 */
async function vitalsSection(browser) {
  const server = await startDemoServer();
  const rows = [];
  const data = { delays, runs: VITALS_RUNS, pages: {} };
  try {
    for (const page of demoPages) {
      for (const viewport of Object.values(viewports)) {
        const runs = [];
        for (let i = 0; i < VITALS_RUNS; i++) runs.push(await measurePage(browser, server.origin, page, viewport));
        const [cls, lcp, inp] = ['cls', 'lcp', 'inp'].map((key) => median(runs.map((run) => run[key] ?? 0)));
        data.pages[`${page}@${viewport.width}`] = { cls, lcp, inp, runs };
        rows.push({
          label: `vitals: ${page} at ${viewport.width} px (input: ${runs[0].input.join(', ')})`,
          // No INP: no interaction took 16 ms or more (the finest the browser reports).
          value: `CLS ${cls.toFixed(3)} · LCP ${ms(lcp)} · INP ${inp ? ms(inp) : '< 16 ms'}`,
          target: `CLS ≤ ${clsTarget}`,
          pass: cls <= clsTarget,
        });
      }
    }
  } finally {
    await server.close();
  }
  return { rows, data };
}

// ---------------------------------------------------------------------------------------------

function printTable(results, info) {
  const rows = [];
  for (const [section, result] of Object.entries(results)) {
    if (result.error)
      rows.push({ label: section, value: `error: ${result.error}`, target: result.target, pass: false });
    else rows.push(...result.rows);
  }
  const width = (key) => Math.max(...rows.map((row) => String(row[key] ?? '').length), 0);
  const labelWidth = width('label');
  const valueWidth = width('value');
  const targetWidth = width('target');
  const lines = rows.map((row) => {
    const verdict = row.pass === undefined ? '' : row.pass ? 'PASS' : 'FAIL';
    return `${row.label.padEnd(labelWidth)}  ${String(row.value).padEnd(valueWidth)}  ${String(row.target ?? '').padEnd(targetWidth)}  ${verdict}`.trimEnd();
  });
  console.log(lines.join('\n'));
  console.log(
    `\n${info.cpu}, ${info.nproc} cores · ${info.chromium} · Node ${info.node} · load ${info.load.join(' ')} · medians of ${info.runs} runs`,
  );
  return rows;
}

/** The table as Markdown, for the README's "Performance" section (bench/results/latest.md). */
function markdown(rows, info) {
  const cell = (value) => String(value ?? '').replace(/\|/g, '\\|');
  const lines = ['| measure | result | target | |', '|---|---|---|---|'];
  for (const row of rows) {
    const verdict = row.pass === undefined ? '' : row.pass ? 'pass' : '**miss**';
    lines.push(`| ${cell(row.label)} | ${cell(row.value)} | ${cell(row.target)} | ${verdict} |`);
  }
  const date = new Date().toISOString().slice(0, 10);
  lines.push(
    '',
    `Measured ${date} on ${info.cpu} (\`nproc\` ${info.nproc}), ${info.chromium}, Node ${info.node}; ` +
      `load average ${info.load[0]} at the end; medians of ${info.runs} runs.`,
  );
  return `${lines.join('\n')}\n`;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
  if (options.build) {
    const types = npm('build:types');
    if (!types) {
      log('  build:types failed: the npm entries are bundled from src/ instead');
      options.from = 'src';
    }
    if (!npm('build:bundle')) {
      log('npm run build:bundle failed: no script-tag bundle to measure.');
      process.exit(1);
    }
  }

  const results = {};
  const sectionTargets = {
    render: `≤ ${targets.render}×`,
    heap: `< ${targets.heapMiB} MiB`,
    parse: `≤ ${targets.parse}×`,
    requests: 'one per URL, none while fresh',
    'first-render': `loader / all-in-one ≤ ${targets.firstRender}×`,
    vitals: `CLS ≤ ${clsTarget}`,
  };
  const run = async (name, fn) => {
    if (!options.only.has(name)) return;
    log(`› ${name}`);
    try {
      results[name] = await fn();
    } catch (error) {
      results[name] = {
        error: error instanceof Error ? error.message.split('\n')[0] : String(error),
        target: sectionTargets[name],
      };
    }
  };

  await run('parse-cost', () => parseCostSection(options));

  // Every section needs the browser: the sizes are what real pages download.
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(noChromeMessage);
    process.exit(1);
  }
  const browser = await puppeteer.launch({
    executablePath,
    args: [...chromeArgs, '--enable-precise-memory-info'],
    headless: true,
  });
  const server = await startServer({ root, dist: options.dist, baseline: options.baseline });
  server.feeds.set('news.json', JSON.stringify(jsonFeed(jsonFeedItems(20, { origin: server.origin }))));
  server.feeds.set('churn.json', JSON.stringify(jsonFeed(jsonFeedItems(20, { origin: server.origin }))));
  try {
    await run('sizes', () => sizesSection(browser, server, options));
    await run('render', () => renderSection(browser, server, options));
    await run('first-render', () => firstRenderSection(browser, server, options));
    await run('heap', () => heapSection(browser, server));
    await run('parse', () => parseSection(browser, server, options));
    await run('requests', () => requestsSection(browser, server));
    await run('vitals', () => vitalsSection(browser));
  } finally {
    const version = (await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium ');
    await browser.close();
    await server.close();
    const info = { ...machine(version), runs: options.runs };
    const rows = printTable(results, info);
    mkdirSync(join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(
      join(root, 'bench', 'results', 'latest.json'),
      `${JSON.stringify({ date: new Date().toISOString(), machine: info, results }, null, 2)}\n`,
    );
    writeFileSync(join(root, 'bench', 'results', 'latest.md'), markdown(rows, info));
    const failed = rows.filter((row) => row.pass === false);
    if (options.check && failed.length) {
      console.error(
        `\n${failed.length} target${failed.length > 1 ? 's' : ''} missed: ${failed.map((row) => row.label).join('; ')}`,
      );
      process.exitCode = 1;
    }
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
