import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { openConfigurator, root, startHarness, type Harness } from '../configurator/harness.js';

// The configurator (demo/configurator.html) given a blog's address instead of its feed, and a
// WordPress RSS feed that other sites cannot read: a WordPress 6.1 site on another origin, in
// headless Chromium, under the demo's strict Content-Security-Policy.

let harness: Harness;
let page: Page & { problems: string[] };

const SITE = 'https://broker.example.com';
const CORS = { 'Access-Control-Allow-Origin': '*' };

before(async () => {
  harness = await startHarness();
  const { routes, origin } = harness.other;
  const fixture = (name: string) =>
    readFileSync(join(root, 'test/fixtures/feeds/real', name), 'utf8')
      .replaceAll(SITE, origin)
      .replaceAll(SITE.replaceAll('/', '\\/'), origin.replaceAll('/', '\\/'));
  const home = fixture('wordpress-home.html');
  // Served with CORS, the home page can be read; WordPress's own serves none.
  routes.set('/', [200, { 'Content-Type': 'text/html; charset=UTF-8', ...CORS }, home]);
  routes.set('/closed/', [200, { 'Content-Type': 'text/html; charset=UTF-8' }, home]);
  // WordPress's REST API sends CORS headers; its RSS does not.
  routes.set('/wp-json/wp/v2/posts', [
    200,
    { 'Content-Type': 'application/json; charset=UTF-8', 'X-WP-TotalPages': '1', ...CORS },
    fixture('wordpress-6.1-rest.json'),
  ]);
  routes.set('/feed/', [
    200,
    { 'Content-Type': 'application/rss+xml; charset=UTF-8' },
    fixture('wordpress-yoast.rss.xml'),
  ]);
  routes.set('/closed-blog.xml', [200, { 'Content-Type': 'application/rss+xml' }, fixture('medium.rss.xml')]);
  routes.set('/about/', [
    200,
    { 'Content-Type': 'text/html', ...CORS },
    '<!DOCTYPE html><html><head><title>About us</title></head><body>Brokers since 1987</body></html>',
  ]);
});

after(async () => {
  await harness?.close();
});

const open = async () => (page = await openConfigurator(harness));

const feedUrl = () => page.$eval('#feed-url', (el) => (el as HTMLInputElement).value);

async function check(url: string) {
  await page.$eval('#feed-url', (el, value) => ((el as HTMLInputElement).value = value), url);
  await page.click('#check');
  await page.waitForFunction(() => {
    const result = document.querySelector('#check-result');
    return result?.hasAttribute('data-state') && !result.hasAttribute('aria-busy');
  });
  return {
    state: await page.$eval('#check-result', (el) => el.getAttribute('data-state')),
    text: await page.$eval('#check-result', (el) => (el as HTMLElement).innerText),
  };
}

describe('configurator: a blog address instead of its feed', () => {
  it('finds the WordPress REST API a home page announces, and uses it in the preview and the snippet', async () => {
    await open();
    const { origin } = harness.other;
    const rest = `${origin}/wp-json/wp/v2/posts?_embed`;
    const result = await check(`${origin}/`);
    assert.equal(result.state, 'ok', result.text);
    assert.match(result.text, /That address is a web page; it announces its WordPress REST API at/);
    assert.ok(result.text.includes(rest), result.text);
    assert.match(result.text, /WordPress · 3 posts/);
    assert.equal(await feedUrl(), rest);
    // The preview reads the REST API: names decoded, summaries without "Continue reading".
    const cards = () =>
      page.evaluate(() =>
        [...(document.querySelector('.w1000 trade-news-feed')?.shadowRoot?.querySelectorAll('trade-post') ?? [])]
          .map((card) => card.shadowRoot?.textContent ?? '')
          .join(' '),
      );
    await page.waitForFunction(() => {
      const feed = document.querySelector('.w1000 trade-news-feed')?.shadowRoot;
      return [...(feed?.querySelectorAll('trade-post') ?? [])].some((card) =>
        card.shadowRoot?.textContent?.includes('Harbor & Gate Editorial'),
      );
    });
    const preview = await cards();
    assert.doesNotMatch(preview, /&amp;|Continue reading|\[…\]/);
    const snippet = await page.$eval('#snippet', (el) => (el as HTMLTextAreaElement).value);
    assert.ok(snippet.includes(`src="${rest}"`), snippet);
    assert.deepEqual(page.problems, []);
  });

  it('proposes the REST API for a WordPress RSS feed without CORS, and takes it with one click', async () => {
    await open();
    const { origin } = harness.other;
    const result = await check(`${origin}/feed/`);
    assert.equal(result.state, 'cors', result.text);
    assert.match(result.text, /This is a WordPress site, and its REST API can be read from other sites \(3 posts/);
    assert.ok(result.text.includes(`${origin}/wp-json/wp/v2/posts?_embed`), result.text);
    await page.click('#check-result .use-rest');
    await page.waitForFunction(() => document.querySelector('#check-result')?.getAttribute('data-state') === 'ok');
    assert.equal(await feedUrl(), `${origin}/wp-json/wp/v2/posts?_embed`);
    assert.deepEqual(page.problems, []);
  });

  it('proposes the REST API for a WordPress home page it cannot read', async () => {
    await open();
    const result = await check(`${harness.other.origin}/closed/`);
    assert.equal(result.state, 'cors', result.text);
    // The site's REST API answered the guess, so it is proposed; an address without one gets no proposal.
    assert.match(result.text, /This is a WordPress site/);
    const other = await check(`${harness.other.origin}/closed-blog.xml`);
    assert.equal(other.state, 'cors', other.text);
    assert.doesNotMatch(other.text, /WordPress/);
  });

  it('says so when a page it can read announces no feed', async () => {
    await open();
    const result = await check(`${harness.other.origin}/about/`);
    assert.equal(result.state, 'not-a-feed', result.text);
    assert.match(result.text, /Not a feed: the address returned a web page that announces no feed/);
    assert.match(result.text, /Use the feed’s own address/);
  });
});
