import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.js';
import { ensureBuilt, root } from './helpers/build.js';

// An app of our own that installs the packed package, as a user's app would: the files of
// test/consumer/ next to node_modules/trade-widgets unpacked from `npm pack`, with the other
// packages (React, Lit, @lit-labs/ssr, TypeScript's view of them) linked from this repository.

let app: string;
let work: string;

function node(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: app, encoding: 'utf8' });
  assert.equal(result.status, 0, `node ${script} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** `tsc` over test/consumer/tsconfig.json, once: the good files and bad.tsx in one program. */
let checked: { errors: string[]; output: string } | undefined;
function typecheck(): { errors: string[]; output: string } {
  if (!checked) {
    const result = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], {
      cwd: app,
      encoding: 'utf8',
    });
    const output = result.stdout + result.stderr;
    checked = { errors: output.split('\n').filter((line) => /^\S.*\(\d+,\d+\): error/.test(line)), output };
  }
  return checked;
}

before(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'trade-widgets-consumer-'));
  app = join(work, 'app');
  const modules = join(app, 'node_modules');
  mkdirSync(modules, { recursive: true });
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
    }),
  ) as { filename: string }[];
  execFileSync('tar', ['-xzf', join(work, packed!.filename), '-C', modules]);
  renameSync(join(modules, 'package'), join(modules, 'trade-widgets'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name.startsWith('.') || name === 'trade-widgets') continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  cpSync(join(root, 'test', 'consumer'), app, { recursive: true });
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('an app installing the packed package', () => {
  it('finds every file custom-elements.json names in the package', () => {
    const pkg = join(app, 'node_modules', 'trade-widgets');
    const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8')) as {
      modules: { path: string; exports?: { kind: string; name: string; declaration: { module?: string } }[] }[];
    };
    const files = manifest.modules.flatMap((module) => [
      module.path,
      ...(module.exports ?? []).flatMap((entry) => (entry.declaration.module ? [entry.declaration.module] : [])),
    ]);
    assert.deepEqual(
      files.filter((file) => !existsSync(join(pkg, file))),
      [],
    );
    const tags = manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name),
    );
    assert.deepEqual(tags.sort(), ['broker-contact-form', 'trade-news-feed', 'trade-post']);
  });

  for (const shim of [false, true]) {
    const how = shim ? 'with Lit’s DOM shim' : 'without a DOM';
    it(`imports every entry in Node ${how}`, () => {
      const exported = JSON.parse(node('imports.mjs', ...(shim ? ['--shim'] : []))) as Record<string, string[]>;
      assert.ok(exported['trade-widgets']!.includes('registerLanguage'));
      assert.ok(exported['trade-widgets/feed']!.includes('parseFeed'));
      assert.deepEqual(exported['trade-widgets/react'], ['BrokerContactForm', 'TradeNewsFeed', 'TradePost']);
    });

    it(`renders all three elements through @lit-labs/ssr as declarative shadow DOM ${how}`, () => {
      const html = node('ssr-render.mjs', ...(shim ? ['--shim'] : []));
      const shadow = (tag: string) =>
        new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">([^]*?)</template></${tag}>`).exec(
          html,
        )?.[1] ?? '';
      const feed =
        /<trade-news-feed[^>]*><template shadowroot="open" shadowrootmode="open">([^]*)<\/trade-news-feed>/.exec(
          html,
        )?.[1];
      assert.ok(feed, 'the feed has a declarative shadow root');
      assert.match(feed, /Section 232 steel tariffs: what changes on December 1/);
      assert.match(feed, /De minimis entries after the rule change/);
      assert.match(feed, /<article/);
      const standalone = html.slice(html.lastIndexOf('</trade-news-feed>'));
      assert.match(
        standalone,
        /<trade-post[^>]*variant="card"[^>]*><template shadowroot="open" shadowrootmode="open">[^]*De minimis entries after the rule change/,
      );
      const form = shadow('broker-contact-form');
      assert.match(form, /<form/);
      assert.match(form, /Need assistance from a licensed customs broker\?/);
      assert.match(form, /<input[^>]*name="email"[^>]*type="email"/);
    });
  }

  it('renders raw WordPress and Ghost items and rare references on the server, as a browser does once it has their readers', () => {
    const html = node('ssr-raw-items.mjs');
    assert.match(
      html,
      /<trade-post[^>]*><template shadowroot="open" shadowrootmode="open">[^]*Steel Tariffs ≠ Aluminum Tariffs/,
    );
    assert.match(
      html,
      /<trade-news-feed[^>]*><template shadowroot="open" shadowrootmode="open">[^]*De minimis after the rule change/,
    );
    assert.doesNotMatch(html, /part="skeleton"/);
  });

  it('renders the React wrappers with react-dom/server (a Next.js client component’s first HTML)', () => {
    const html = node('react-server.mjs');
    assert.match(
      html,
      /<trade-news-feed><a href="https:\/\/broker.example.com\/blog">Read our blog<\/a><\/trade-news-feed>/,
    );
    assert.match(html, /<trade-post><\/trade-post><broker-contact-form><\/broker-contact-form>/);
    assert.match(html, /<trade-news-feed src="\/feed.json" layout="compact"><\/trade-news-feed>/);
  });

  // test/consumer/tsconfig.json holds React 19 TSX (good.tsx, bad.tsx, react-app.tsx), Preact and
  // Solid TSX, and Vue's and Svelte's views of the tags; each line marked `expect-error` must fail.
  const marked = () => {
    const { files } = JSON.parse(readFileSync(join(app, 'tsconfig.json'), 'utf8')) as { files: string[] };
    return files.flatMap((file) =>
      readFileSync(join(app, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (line.includes('expect-error') ? [`${file}:${index + 1}`] : [])),
    );
  };
  const failed = () => [
    ...new Set(typecheck().errors.flatMap((line) => /^([^(]+)\((\d+),/.exec(line)?.slice(1, 3).join(':') ?? [])),
  ];

  it('type-checks correct use of the tags in React, Preact, Solid, Vue and Svelte (and the generated types)', () => {
    const expected = new Set(marked());
    assert.deepEqual(
      failed().filter((at) => !expected.has(at)),
      [],
      typecheck().output,
    );
  });

  it('refuses a misspelt attribute, a wrong value or a wrong event, line by line, in every framework', () => {
    const expected = marked();
    assert.ok(expected.length >= 20);
    for (const file of ['bad.tsx', 'preact.tsx', 'solid.tsx', 'vue.ts', 'svelte.ts']) {
      assert.ok(
        expected.some((at) => at.startsWith(`${file}:`)),
        file,
      );
    }
    const seen = new Set(failed());
    assert.deepEqual(
      expected.filter((at) => !seen.has(at)),
      [],
      typecheck().output,
    );
  });
});

describe('the packed package in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  const files = new Map<string, { type: string; body: string }>();
  const requested: string[] = [];

  async function bundle(entry: string): Promise<string> {
    const result = await build({
      entryPoints: [join(app, entry)],
      absWorkingDir: app,
      bundle: true,
      format: 'esm',
      target: 'es2022',
      jsx: 'automatic',
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    return result.outputFiles[0]!.text;
  }

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    // tsx compiles this file with esbuild's keepNames, which wraps the functions given to
    // page.evaluate() in a `__name()` helper the page does not have.
    await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn');
    page.on('pageerror', (error) => requested.push(`pageerror ${String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') requested.push(`console ${message.text()}`);
    });
    await page.goto(`${origin}${path}`);
    return page;
  }

  before(async () => {
    const page = (script: string, body = '<div id="root"></div>') =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title></head><body>${body}<script type="module" src="${script}"></script></body></html>`;
    files.set('/react.html', { type: 'text/html', body: page('/react-app.js') });
    files.set('/react-app.js', { type: 'text/javascript', body: await bundle('react-app.tsx') });
    files.set('/ssr.html', { type: 'text/html', body: page('/hydrate.js', node('ssr-render.mjs')) });
    files.set('/hydrate.js', { type: 'text/javascript', body: await bundle('hydrate.ts') });
    files.set('/favicon.ico', { type: 'image/x-icon', body: '' });
    files.set('/feed.json', { type: 'application/json', body: readFileSync(join(app, 'posts.json'), 'utf8') });
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      requested.push(path);
      const file = files.get(path);
      response.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' });
      response.end(file?.body ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('renders the React 19 wrappers (bundled with esbuild) and calls onTradeFeedLoad', async () => {
    requested.length = 0;
    const page = await open('/react.html');
    await page.waitForFunction(() => document.getElementById('loaded')?.textContent === '2', { timeout: 10_000 });
    const seen = await page.evaluate(async () => {
      const shadowText = (id: string) =>
        document.getElementById(id)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
      const post = document.getElementById('wrapped-post') as HTMLElement & { updateComplete: Promise<unknown> };
      await post.updateComplete;
      const form = document.getElementById('wrapped-form')!;
      const feed = document.getElementById('wrapped-feed')!;
      // The feed's cards are <trade-post> elements inside its shadow root.
      const cards = [...feed.shadowRoot!.querySelectorAll('trade-post')].map((card) =>
        card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim(),
      );
      return {
        events: (window as unknown as { tradeEvents: string[] }).tradeEvents,
        cards,
        layout: feed.getAttribute('layout') ?? (feed as HTMLElement & { layout: string }).layout,
        post: shadowText('wrapped-post'),
        form: shadowText('wrapped-form'),
        formHeading: form.shadowRoot?.querySelector('[part~="heading"]')?.textContent,
      };
    });
    assert.ok(seen.events.includes('feed-load:2'), `events: ${seen.events.join(', ')}`);
    assert.ok(
      seen.events.includes('raw-load:2'),
      'a raw <trade-news-feed> in React 19 JSX gets posts and its listener',
    );
    assert.deepEqual(seen.cards, [
      'Section 232 steel tariffs: what changes on December 1',
      'De minimis entries after the rule change',
    ]);
    assert.equal(seen.layout, 'grid');
    assert.match(seen.post, /De minimis entries after the rule change/);
    assert.equal(seen.formHeading, 'Ask a broker');
    assert.deepEqual(
      requested.filter((path) => !['/react.html', '/react-app.js', '/favicon.ico'].includes(path)),
      [],
    );
    await page.close();
  });

  it('hydrates the server-rendered elements without fetching or replacing what the server wrote', async () => {
    requested.length = 0;
    const page = await open('/ssr.html');
    await page.waitForFunction(() => (window as unknown as { probe?: { hydrated?: boolean } }).probe?.hydrated, {
      timeout: 10_000,
    });
    const probe = await page.evaluate(() => {
      const { probe } = window as unknown as {
        probe: {
          before: Record<string, string>;
          text: () => Record<string, string>;
          kept: () => Record<string, boolean>;
          removed: number;
          events: string[];
        };
      };
      const feed = document.querySelector('trade-news-feed')!;
      return {
        before: probe.before,
        after: probe.text(),
        kept: probe.kept(),
        removed: probe.removed,
        events: probe.events,
        deferred:
          document.querySelectorAll('[defer-hydration]').length +
          feed.shadowRoot!.querySelectorAll('[defer-hydration]').length,
        upgraded: ['trade-news-feed', 'trade-post', 'broker-contact-form'].every(
          (tag) => (document.querySelector(tag) as HTMLElement & { hasUpdated?: boolean }).hasUpdated,
        ),
      };
    });
    assert.ok(probe.upgraded, 'all three elements are live');
    assert.equal(probe.deferred, 0, 'nested cards are hydrated too');
    assert.match(probe.before.feed!, /Section 232 steel tariffs/, 'the server HTML shows the posts before any script');
    // A full post's styles and share bar load in the browser: the server sends the post without them.
    const { full: fullBefore, ...before } = probe.before;
    const { full: fullAfter, ...after } = probe.after;
    assert.deepEqual(after, before, 'the same content after hydration');
    assert.match(fullBefore!, /^Section 232 steel tariffs: what changes on December 1 Dana Whitfield/);
    assert.doesNotMatch(fullBefore!, /Copy link/);
    assert.ok(fullAfter!.startsWith(fullBefore!), 'the full post keeps what the server wrote');
    assert.match(fullAfter!, /Copy link/, 'and gains its share bar once its module is there');
    assert.deepEqual(
      probe.kept,
      { feedHeading: true, postTitle: true, fullTitle: true, formInput: true },
      'server nodes are adopted',
    );
    assert.equal(probe.removed, 0, 'no server-rendered content was removed and redrawn');
    // The first update after hydration (a changed heading) keeps the server's list and cards.
    const update = await page.evaluate(async () => {
      const feed = document.querySelector('trade-news-feed') as HTMLElement & {
        heading?: string;
        updateComplete: Promise<unknown>;
      };
      const nodes = () => [...feed.shadowRoot!.querySelectorAll('[part~="list"], [part~="item"], trade-post')];
      const before = nodes();
      feed.heading = 'Latest from the desk';
      await feed.updateComplete;
      const after = nodes();
      return {
        heading: feed.shadowRoot!.querySelector('[part~="heading"]')?.textContent?.trim(),
        nodes: before.length,
        same: after.length === before.length && after.every((node, index) => node === before[index]),
        removed: (window as unknown as { probe: { removed: number } }).probe.removed,
      };
    });
    assert.equal(update.heading, 'Latest from the desk');
    assert.equal(update.nodes, 1 + 2 * 2, 'the list, and an item and a card for each of the two posts');
    assert.ok(update.same, 'the same <ul>, <li> and <trade-post> nodes before and after');
    assert.equal(update.removed, 0, 'nothing the server wrote was removed');
    // Live after hydration: new posts replace the server's list.
    const titles = await page.evaluate(async () => {
      const feed = document.querySelector('trade-news-feed') as HTMLElement & {
        posts: unknown[];
        updateComplete: Promise<unknown>;
      };
      feed.posts = [feed.posts[1], { id: 'new', title: 'A post the browser added', authors: [], tags: [] }];
      await feed.updateComplete;
      const cards = [...feed.shadowRoot!.querySelectorAll('trade-post')] as (HTMLElement & {
        updateComplete: Promise<unknown>;
      })[];
      await Promise.all(cards.map((card) => card.updateComplete));
      return cards.map((card) => card.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim());
    });
    assert.deepEqual(titles, ['De minimis entries after the rule change', 'A post the browser added']);
    assert.deepEqual(
      requested.filter((path) => !['/ssr.html', '/hydrate.js', '/favicon.ico'].includes(path)),
      [],
      'nothing fetched: no /feed.json, no error',
    );
    await page.close();
  });
});
