// What the configurator and embed tests share: the built files they need, the demo server
// (`npm start`'s), a second origin that sends no CORS headers, and headless Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromeArgs, findChrome, noChromeMessage } from '../../scripts/find-chrome.js';
// @ts-expect-error -- plain JavaScript module without types
import { startDemo } from '../../demo/server.js';

export const root = resolve(import.meta.dirname, '../..');

/** Builds what the demo serves from dist/ when it is missing, and the embed page when its source is newer. */
export function ensureBuilt(): void {
  const run = (args: string[]) => {
    const result = spawnSync('npm', ['run', ...args], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`npm run ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  };
  if (!existsSync(join(root, 'dist/feed/public.js'))) run(['build:types']);
  if (!existsSync(join(root, 'dist/trade-widgets.min.js'))) run(['build:bundle']);
  const built = join(root, 'dist/trade-widgets.embed.js');
  const sources = [
    ...readdirSync(join(root, 'src/embed')).map((name) => join(root, 'src/embed', name)),
    join(root, 'src/shared/url.ts'),
  ];
  const stale =
    !existsSync(built) ||
    !existsSync(join(root, 'dist/embed.html')) ||
    sources.some((file) => statSync(file).mtimeMs > statSync(built).mtimeMs);
  if (stale) run(['build:embed']);
}

export interface OtherOrigin {
  origin: string;
  /** path → [status, headers, body] */
  routes: Map<string, [number, Record<string, string>, string]>;
  close(): Promise<void>;
}

/** A server on 127.0.0.1 (another origin than the demo's localhost) answering what `routes` holds. */
export async function startOtherOrigin(): Promise<OtherOrigin> {
  const routes: OtherOrigin['routes'] = new Map();
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = routes.get(pathname);
    if (!route) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
      return;
    }
    const [status, headers, body] = route;
    res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    routes,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

const staticTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * A plain static file server for the repository's demo/ and dist/ folders, with no routes of its
 * own and no security headers: any host a partner or the broker might put the files on.
 */
export async function startStatic(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = normalize(join(root, decodeURIComponent(pathname)));
    const allowed = [join(root, 'demo') + sep, join(root, 'dist') + sep].some((dir) => file.startsWith(dir));
    try {
      if (!allowed) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': staticTypes[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export interface Harness {
  browser: Browser;
  demo: string;
  other: OtherOrigin;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(noChromeMessage);
  ensureBuilt();
  const dataDir = await mkdtemp(join(tmpdir(), 'trade-widgets-configurator-'));
  const { server, origin } = (await startDemo({ port: 0, quiet: true, dataDir })) as { server: Server; origin: string };
  const other = await startOtherOrigin();
  const browser = await puppeteer.launch({ executablePath, args: chromeArgs, headless: true });
  return {
    browser,
    demo: origin,
    other,
    async close() {
      await browser.close();
      await other.close();
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh page that records Content-Security-Policy violations (in every frame) and page errors. */
export async function newPage(browser: Browser): Promise<Page & { problems: string[] }> {
  const context = await browser.createBrowserContext();
  const page = (await context.newPage()) as Page & { problems: string[] };
  page.problems = [];
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const w = window as unknown as { __cspViolations?: string[] };
      (w.__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('pageerror', (error) => page.problems.push(`page error: ${(error as Error).message}`));
  page.on('console', (message) => {
    if (message.text().startsWith('CSP violation')) page.problems.push(message.text());
  });
  return page;
}

/** The demo's configurator in a fresh page (see `newPage`), once its first check has a result. */
export async function openConfigurator(harness: Harness): Promise<Page & { problems: string[] }> {
  const page = await newPage(harness.browser);
  await page.goto(`${harness.demo}/configurator.html`);
  await page.waitForSelector('#check-result[data-state]');
  return page;
}
