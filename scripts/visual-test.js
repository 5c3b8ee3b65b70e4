#!/usr/bin/env node
/**
 * Visual regression: a screenshot of every story of the built Storybook in headless Chromium,
 * compared with the baselines committed in test/visual/baselines/.
 *
 *   npm run test:visual                       compare; a difference writes <story>.diff.png beside
 *                                             the baseline (and <story>.actual.png) and fails
 *   npm run test:visual -- --update           write the baselines that are missing or differ, and
 *                                             delete those whose story is gone
 *   npm run test:visual -- --filter trade-post    only the stories whose id contains the text
 *
 * Storybook is built first (npm run build-storybook) when storybook-static/ is missing or older
 * than any file in src/, stories/ or .storybook/; `--no-build` uses it as it is.
 *
 * Screenshots are made to be the same on every machine: one font shipped as a package file
 * (@fontsource/dejavu-sans) for all text, animations and transitions off, the caret hidden,
 * 1200 px wide at device scale 1, light colour scheme, UTC, and a clock fixed at
 * 2024-01-15 12:00 UTC when the story starts. Stories' data must not depend on the real date.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, noChromeMessage } from './find-chrome.js';
import { recordStorybookEvents, serve, storyEvents, storyIndex } from './storybook-harness.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    filter: { type: 'string' },
    build: { type: 'boolean', default: true },
    workers: { type: 'string', default: '2' },
    dir: { type: 'string', default: 'storybook-static' },
    baselines: { type: 'string', default: 'test/visual/baselines' },
    verbose: { type: 'boolean', default: false },
  },
  allowNegative: true,
});
const staticDir = resolve(repo, options.dir);
const baselineDir = resolve(repo, options.baselines);

/** Viewport width; the height grows to the story's full height. */
const WIDTH = 1200;
const MIN_HEIGHT = 600;
const MAX_HEIGHT = 6000;
/** Per-pixel colour distance pixelmatch ignores (0–1); anti-aliased edge pixels are ignored too. */
const PIXEL_THRESHOLD = 0.05;
/** A story fails when more than this share of its pixels differ (0.02 %: 216 px of 1200 × 900). */
const MAX_DIFF_RATIO = 0.0002;
const STORY_TIMEOUT_MS = 30_000;
/** The clock every story starts at, so relative dates ("3 weeks ago") never move. */
const FIXED_NOW = Date.UTC(2024, 0, 15, 12, 0, 0);
/** The build is served from a sub-folder, as a published site would serve it. */
const PUBLISHED_UNDER = '/published/storybook/';
const FONT_PREFIX = '/__visual__/fonts/';
const fontDir = join(repo, 'node_modules/@fontsource/dejavu-sans/files');

/**
 * Extra screenshots with the toolbar switches set, for the first story of each element: the
 * decorator that applies them is part of what is tested.
 */
const VARIANTS = [{ name: 'dark-es-rtl-320', globals: 'theme:dark;lang:es;dir:rtl;width:320' }];

const UPDATE_HINT =
  'If the change is intended, rewrite the baselines and commit them:\n' +
  '  npm run test:visual -- --update\n' +
  `  git add ${relative(repo, baselineDir)}`;

function newestFile(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestFile(join(path, name)));
  return newest;
}

/** Builds Storybook when the build is missing or older than its sources. */
function ensureBuild() {
  const built = statSync(join(staticDir, 'index.json'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = ['src', 'stories', '.storybook', 'package.json', 'custom-elements-manifest.config.mjs'];
  const newest = Math.max(...sources.map((path) => newestFile(join(repo, path))));
  if (built > newest) return;
  console.log(built ? 'Storybook build is older than its sources: rebuilding.' : 'No Storybook build: building.');
  const result = spawnSync('npm', ['run', 'build-storybook', '--', '--quiet'], { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build-storybook failed');
}

/** Runs in the page before anything else: the fixed clock, the font, no motion. */
function freezePage({ now, fontUrl }) {
  const RealDate = Date;
  let started = performance.now();
  const current = () => now + Math.round(performance.now() - started);
  // Each story starts at the same moment, also when the preview switches to it without a reload.
  window.__visualRestartClock = () => {
    started = performance.now();
  };
  class FixedDate extends RealDate {
    constructor(...args) {
      super(...(args.length ? args : [current()]));
    }
    static now() {
      return current();
    }
  }
  window.Date = new Proxy(FixedDate, { apply: () => new RealDate(current()).toString() });

  const still = `
    *, *::before, *::after {
      font-family: 'Visual Test Sans' !important;
      animation: none !important;
      transition: none !important;
      caret-color: transparent !important;
      scroll-behavior: auto !important;
    }`;
  const faces = ['400-normal', '400-italic', '700-normal', '700-italic'].map((face) => {
    const [weight, style] = face.split('-');
    return `@font-face { font-family: 'Visual Test Sans'; font-weight: ${weight}; font-style: ${style};
      font-display: block; src: url('${fontUrl}dejavu-sans-latin-${face}.woff2') format('woff2'); }`;
  });
  const documentSheet = new CSSStyleSheet();
  documentSheet.replaceSync(faces.join('\n') + still);
  const shadowSheet = new CSSStyleSheet();
  shadowSheet.replaceSync(`:host { animation: none !important; transition: none !important; }${still}`);

  // The sheet stays last in every style list, whatever the page or Lit assigns.
  for (const [prototype, sheet] of [
    [Document.prototype, documentSheet],
    [ShadowRoot.prototype, shadowSheet],
  ]) {
    const property = Object.getOwnPropertyDescriptor(prototype, 'adoptedStyleSheets');
    Object.defineProperty(prototype, 'adoptedStyleSheets', {
      configurable: true,
      get() {
        return property.get.call(this);
      },
      set(sheets) {
        property.set.call(this, [...sheets.filter((s) => s !== sheet), sheet]);
      },
    });
  }
  document.adoptedStyleSheets = [];
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    root.adoptedStyleSheets = [];
    return root;
  };
}

/** Waits until every element has updated, every image has loaded and the fonts are in. */
async function settlePage() {
  const everything = (root, found = []) => {
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) everything(element.shadowRoot, found);
    }
    return found;
  };
  const loaded = (image) =>
    image.complete
      ? undefined
      : new Promise((done) => {
          image.addEventListener('load', done, { once: true });
          image.addEventListener('error', done, { once: true });
          setTimeout(done, 3000);
        });
  for (let round = 0; round < 2; round++) {
    const elements = everything(document);
    await Promise.all(elements.map((element) => element.updateComplete).filter(Boolean));
    await Promise.all(elements.filter((element) => element instanceof HTMLImageElement).map(loaded));
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }
  return Math.ceil(document.documentElement.scrollHeight);
}

/**
 * Shows a story: the first one (or one with other globals) by loading the preview, the next ones
 * by asking the loaded preview to switch, as Storybook's own sidebar does, which spares
 * re-running Storybook's code for every story.
 */
async function openStory(page, origin, shot) {
  const globals = ['a11y.manual:!true', shot.globals].filter(Boolean).join(';');
  // Every story is measured from the same starting viewport.
  await page.setViewport({ width: WIDTH, height: MIN_HEIGHT, deviceScaleFactor: 1 });
  if (page.visualGlobals === globals) {
    const switched = await page.evaluate((id) => {
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
      if (!channel) return false;
      window.__smokeEvents.length = 0;
      window.__visualRestartClock();
      channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      return true;
    }, shot.id);
    if (switched) return;
  }
  page.visualGlobals = globals;
  // axe is the smoke check's job (npm run test:storybook); here it would only cost time.
  const url = `${origin}${PUBLISHED_UNDER}iframe.html?id=${encodeURIComponent(shot.id)}&viewMode=story&globals=${globals}`;
  await page.goto(url, { waitUntil: 'load' });
}

async function screenshot(page, origin, shot) {
  const problems = [];
  await openStory(page, origin, shot);
  const { finished, events } = await storyEvents(
    page,
    ['storyFinished', 'storyErrored', 'storyMissing'],
    STORY_TIMEOUT_MS,
    shot.id,
  );
  if (!finished) problems.push(`did not finish within ${STORY_TIMEOUT_MS / 1000} s`);
  for (const event of events) {
    if (event.type === 'storyMissing') problems.push('story missing from the build');
    if (event.type === 'storyFinished' && event.status !== 'success') problems.push('story finished with an error');
    if (event.messages) problems.push(...event.messages.map((message) => `${event.type}: ${message}`));
  }
  // The next story starts from a fresh page after a failure.
  if (problems.length) page.visualGlobals = undefined;
  // The viewport grows to the story's height, so lazy images below the first screen load too.
  let height = await page.evaluate(settlePage);
  for (let tries = 0; tries < 3; tries++) {
    const wanted = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height));
    if (wanted === page.viewport().height) break;
    await page.setViewport({ width: WIDTH, height: wanted, deviceScaleFactor: 1 });
    height = await page.evaluate(settlePage);
  }
  const image = PNG.sync.read(Buffer.from(await page.screenshot({ type: 'png' })));
  return { image, problems };
}

/** Both images on a canvas as large as the larger, so a change of size is a difference too. */
function padded(image, width, height) {
  if (image.width === width && image.height === height) return image.data;
  const canvas = new PNG({ width, height });
  canvas.data.fill(0);
  PNG.bitblt(image, canvas, 0, 0, image.width, image.height, 0, 0);
  return canvas.data;
}

function compare(expected, actual) {
  const width = Math.max(expected.width, actual.width);
  const height = Math.max(expected.height, actual.height);
  const diff = new PNG({ width, height });
  const pixels = pixelmatch(padded(expected, width, height), padded(actual, width, height), diff.data, width, height, {
    threshold: PIXEL_THRESHOLD,
  });
  const sameSize = expected.width === actual.width && expected.height === actual.height;
  return { pixels, ratio: pixels / (width * height), sameSize, diff };
}

const encode = (png) => PNG.sync.write(png, { deflateLevel: 9, filterType: 4 });

function main() {
  return run().catch((error) => {
    console.error(error.message);
    return 1;
  });
}

async function run() {
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(noChromeMessage);
    return 1;
  }
  if (!existsSync(fontDir)) {
    console.error(`${relative(repo, fontDir)} is missing: run \`npm ci\`.`);
    return 1;
  }
  if (options.build) ensureBuild();
  const stories = (await storyIndex(staticDir)).filter((entry) => entry.type === 'story');
  const firstOfElement = new Map();
  for (const story of stories)
    if (story.title.startsWith('Elements/') && !firstOfElement.has(story.title))
      firstOfElement.set(story.title, story.id);
  const shots = [];
  for (const story of stories) {
    shots.push({ name: story.id, id: story.id });
    if ([...firstOfElement.values()].includes(story.id)) {
      for (const variant of VARIANTS)
        shots.push({ name: `${story.id}.${variant.name}`, id: story.id, globals: variant.globals });
    }
  }
  const selected = shots.filter((shot) => !options.filter || shot.name.includes(options.filter));
  if (selected.length === 0) {
    console.error('No stories match.');
    return 1;
  }

  const outside = new Set();
  const server = await serve(staticDir, {
    base: PUBLISHED_UNDER,
    mounts: { [FONT_PREFIX]: fontDir },
    onMissing: (pathname) => outside.add(pathname),
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      ...chromeArgs,
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--font-render-hinting=none',
      '--force-color-profile=srgb',
      '--hide-scrollbars',
      '--lang=en-US',
    ],
  });
  mkdirSync(baselineDir, { recursive: true });
  const results = { passed: 0, failed: 0, written: 0 };
  const failures = [];
  const started = Date.now();
  try {
    const workers = Math.min(Math.max(1, Number.parseInt(options.workers, 10) || 1), selected.length);
    // A fixed share per page, in index order, so every run shows each page the same stories in the
    // same order (whatever a story leaves behind, such as a loaded language, is the same each time).
    const worker = async (index) => {
      const queue = selected.filter((_, position) => position % workers === index);
      const page = await browser.newPage({ type: 'window' });
      await page.emulateFocusedPage(true);
      await page.emulateTimezone('UTC');
      await page.emulateMediaFeatures([
        { name: 'prefers-color-scheme', value: 'light' },
        { name: 'prefers-reduced-motion', value: 'reduce' },
      ]);
      await page.evaluateOnNewDocument(freezePage, { now: FIXED_NOW, fontUrl: `${origin}${FONT_PREFIX}` });
      await page.evaluateOnNewDocument(recordStorybookEvents);
      for (let shot = queue.shift(); shot; shot = queue.shift()) {
        const baseline = join(baselineDir, `${shot.name}.png`);
        const actualFile = baseline.replace(/\.png$/, '.actual.png');
        const diffFile = baseline.replace(/\.png$/, '.diff.png');
        const begun = Date.now();
        const { image, problems } = await screenshot(page, origin, shot);
        if (options.verbose) console.log(`${shot.name}: ${image.width}×${image.height} in ${Date.now() - begun} ms`);
        rmSync(actualFile, { force: true });
        rmSync(diffFile, { force: true });
        const expected = existsSync(baseline) ? PNG.sync.read(readFileSync(baseline)) : undefined;
        const result = expected ? compare(expected, image) : undefined;
        const differs = !result || !result.sameSize || result.ratio > MAX_DIFF_RATIO;
        if (problems.length) {
          results.failed += 1;
          failures.push(`${shot.name}: ${problems.join('; ')}`);
        } else if (options.update) {
          if (differs) {
            writeFileSync(baseline, encode(image));
            results.written += 1;
            console.log(`${expected ? 'updated' : 'added  '} ${relative(repo, baseline)}`);
          }
          results.passed += 1;
        } else if (!expected) {
          results.failed += 1;
          writeFileSync(actualFile, encode(image));
          failures.push(
            `${shot.name}: no baseline (${relative(repo, baseline)}); this run's screenshot: ${relative(repo, actualFile)}`,
          );
        } else if (differs) {
          results.failed += 1;
          writeFileSync(actualFile, encode(image));
          writeFileSync(diffFile, encode(result.diff));
          const size = result.sameSize
            ? ''
            : `; size ${image.width}×${image.height}, baseline ${expected.width}×${expected.height}`;
          failures.push(
            `${shot.name}: ${result.pixels} pixels differ (${(result.ratio * 100).toFixed(3)} %, ` +
              `allowed ${(MAX_DIFF_RATIO * 100).toFixed(3)} %${size})\n    diff:   ${relative(repo, diffFile)}\n    actual: ${relative(repo, actualFile)}`,
          );
        } else {
          results.passed += 1;
        }
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: workers }, (_, index) => worker(index)));
  } finally {
    await browser.close();
    server.close();
  }

  // Baselines whose story is gone (renamed or deleted).
  const names = new Set(shots.map((shot) => `${shot.name}.png`));
  const orphans = options.filter
    ? []
    : readdirSync(baselineDir).filter(
        (file) => /\.png$/.test(file) && !/\.(diff|actual)\.png$/.test(file) && !names.has(file),
      );
  for (const orphan of orphans) {
    if (options.update) {
      rmSync(join(baselineDir, orphan));
      console.log(`removed ${relative(repo, join(baselineDir, orphan))} (no such story)`);
    } else {
      failures.push(`${orphan}: a baseline for a story that no longer exists`);
    }
  }
  for (const path of outside) failures.push(`the build requested ${path}, outside the folder it is served from`);

  for (const failure of failures) console.log(`FAIL ${failure}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (options.update)
    console.log(`baselines: ${results.written} written, ${selected.length - results.written} unchanged`);
  console.log(`visual: ${results.passed} passed, ${failures.length} failed (${seconds} s)`);
  if (failures.length && !options.update) {
    console.log(
      `\nScreenshots differ from ${relative(repo, baselineDir)}/: open each .diff.png (changed pixels in red).\n${UPDATE_HINT}`,
    );
  }
  return failures.length ? 1 : 0;
}

process.exitCode = await main();
