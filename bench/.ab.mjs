import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/find-chrome.js';
import { startServer } from './server.js';
import { root } from './sizes.js';
import { jsonFeedItems, toPosts } from './data.js';
const variants = process.argv.slice(2);
const n = 1000,
  runs = 7;
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs });
const pages = {};
const servers = [];
for (const v of variants) {
  const server = await startServer({ root, dist: `/tmp/exp/dist-${v}` });
  servers.push(server);
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(server.origin + '/render.html');
  await page.evaluate((posts) => window.bench.setPosts(posts), toPosts(jsonFeedItems(1000, { origin: server.origin })));
  await page.evaluate(() => window.bench.prepare(3));
  for (let i = 0; i < 2; i++) await page.evaluate((c) => window.bench.feedOnce(c), n);
  pages[v] = { page, feed: [], base: [] };
}
const gc = async (page) => {
  const c = await page.createCDPSession();
  await c.send('HeapProfiler.collectGarbage');
  await c.detach();
};
for (let i = 0; i < runs; i++)
  for (const v of i % 2 ? [...variants].reverse() : variants) {
    const p = pages[v];
    await p.page.bringToFront();
    await gc(p.page);
    p.feed.push((await p.page.evaluate((c) => window.bench.feedOnce(c), n)).time);
    await gc(p.page);
    p.base.push((await p.page.evaluate((c) => window.bench.baselineOnce(c), n)).time);
  }
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const v of variants)
  console.log(
    v,
    'feed',
    med(pages[v].feed).toFixed(0),
    'base',
    med(pages[v].base).toFixed(0),
    'ratio',
    (med(pages[v].feed) / med(pages[v].base)).toFixed(2),
  );
await browser.close();
for (const s of servers) await s.close();
