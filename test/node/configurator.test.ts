import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { newPage, openConfigurator, root, startHarness, startStatic, type Harness } from '../configurator/harness.js';

// The configurator page (demo/configurator.html) against the demo server `npm start` runs, in
// headless Chromium, under the demo's strict Content-Security-Policy.

let harness: Harness;
let page: Page & { problems: string[] };

const rss = (title: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>https://blog.example.com/</link>
<item><title>First</title><link>https://blog.example.com/1</link><pubDate>Tue, 12 Dec 2023 15:00:00 GMT</pubDate></item>
<item><title>Second</title><link>https://blog.example.com/2</link><pubDate>Mon, 06 Nov 2023 14:00:00 GMT</pubDate></item>
</channel></rss>`;

before(async () => {
  harness = await startHarness();
  const { routes } = harness.other;
  // A blog's RSS as most blogs serve it: no CORS headers.
  routes.set('/blog-feed.xml', [200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }, rss('Closed blog')]);
  routes.set('/open-feed.json', [
    200,
    { 'Content-Type': 'application/feed+json', 'Access-Control-Allow-Origin': '*' },
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Open feed',
      items: [{ id: '1', title: 'Hello', url: 'https://blog.example.com/1', date_published: '2024-03-01T10:00:00Z' }],
    }),
  ]);
  routes.set('/login', [
    200,
    { 'Content-Type': 'text/html', 'Access-Control-Allow-Origin': '*' },
    '<!doctype html><html><body>Sign in</body></html>',
  ]);
  routes.set('/gone.json', [404, { 'Access-Control-Allow-Origin': '*' }, 'Not found']);
});

after(async () => {
  await harness?.close();
});

const open = async () => {
  page = await openConfigurator(harness);
  await page.waitForFunction(() =>
    (document.querySelector('#snippet') as HTMLTextAreaElement).value.includes('integrity="sha384-'),
  );
  return page;
};

const text = (selector: string) => page.$eval(selector, (el) => (el as HTMLElement).innerText);
const snippet = () => page.$eval('#snippet', (el) => (el as HTMLTextAreaElement).value);

/** Attributes of the widget in each of the three preview frames. */
const previews = () =>
  page.$$eval('.preview-frame', (frames) =>
    frames.map((frame) => {
      const element = frame.firstElementChild!;
      return {
        tag: element.localName,
        attrs: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
        width: Math.round(frame.getBoundingClientRect().width),
      };
    }),
  );

async function checkFeed(url: string) {
  await page.$eval('#feed-url', (el, value) => ((el as HTMLInputElement).value = value), url);
  await page.click('#check');
  await page.waitForFunction(() => document.querySelector('#check-result')?.hasAttribute('data-state'));
  return {
    state: await page.$eval('#check-result', (el) => el.getAttribute('data-state')),
    text: await text('#check-result'),
  };
}

/** Presses Tab until `selector` has focus; fails when it is not reachable by keyboard. */
async function tabTo(selector: string, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`${selector} is not reachable with Tab`);
}

describe('configurator', () => {
  it('checks the demo feed: format, number of posts and the newest date', async () => {
    await open();
    const result = await text('#check-result');
    assert.match(result, /JSON Feed 1\.1/);
    assert.match(result, /4 posts/);
    assert.match(result, /newest December 12, 2023/);
    assert.match(result, /Access-Control-Allow-Origin: \*/);
    // The post picker offers the feed's posts.
    const options = await page.$$eval('#post-id option', (os) => os.map((o) => o.textContent));
    assert.ok(options.includes('Section 301 Duty Exclusions Set to Expire on 12/31/23'), options.join(' | '));
  });

  it('reflects layout, theme and language in the preview at three widths and in the snippet', async () => {
    await open();
    await page.select('#layout', 'grid');
    await page.select('#theme', 'dark');
    await page.select('#lang', 'es');
    await page.select('#link-target', '_blank');
    const frames = await previews();
    assert.deepEqual(
      frames.map((f) => f.width),
      [320, 640, 1000],
    );
    for (const frame of frames) {
      assert.equal(frame.tag, 'trade-news-feed');
      assert.equal(frame.attrs.layout, 'grid');
      assert.equal(frame.attrs.theme, 'dark');
      assert.equal(frame.attrs.lang, 'es');
      assert.equal(frame.attrs['link-target'], '_blank');
    }
    // The preview renders in Spanish.
    await page.waitForFunction(() =>
      document.querySelector('.w1000 trade-news-feed')?.shadowRoot?.textContent?.includes('Publicaciones recientes'),
    );
    const html = await snippet();
    assert.match(
      html,
      /<trade-news-feed src="http:\/\/localhost:\d+\/api\/feed\.json" layout="grid"[^>]* link-target="_blank" theme="dark" lang="es"/,
    );
    assert.match(html, /Noticias de comercio de nuestro agente de aduanas/);
  });

  it('keeps every choice in the address: a reload (or a shared link) restores them', async () => {
    await open();
    await page.click('input[name="widget"][value="post"]');
    await page.select('#post-id', 'linkedin-newsletter');
    await page.select('#variant', 'card');
    await page.select('#theme', 'dark');
    await page.click('#use-accent');
    const before = await snippet();
    assert.match(
      before,
      /post-id="linkedin-newsletter" variant="card" theme="dark" style="--trade-color-accent: #13294b"/,
    );
    await page.reload();
    await page.waitForSelector('#check-result[data-state="ok"]');
    assert.equal(await page.$eval('#post-id', (el) => (el as HTMLSelectElement).value), 'linkedin-newsletter');
    assert.equal(await snippet(), before);
    assert.ok((await previews()).every((f) => f.tag === 'trade-post' && f.attrs.variant === 'card'));
  });

  it('pins the script to the version with the sha384 of the served bundle', async () => {
    await open();
    await page.waitForFunction(() =>
      (document.querySelector('#snippet') as HTMLTextAreaElement).value.includes('integrity='),
    );
    const bytes = await readFile(join(root, 'dist/trade-widgets.min.js'));
    const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
    const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    const first = (await snippet()).split('\n')[0];
    assert.equal(
      first,
      `<script src="https://cdn.jsdelivr.net/npm/trade-widgets@${version}/dist/trade-widgets.min.js" integrity="${integrity}" crossorigin="anonymous" blocking="render"></script>`,
    );
  });

  it('makes the contact form snippet with escaped attribute values and fallback content', async () => {
    await open();
    await page.click('input[name="widget"][value="form"]');
    await page.$eval('#consent', (el) => ((el as HTMLInputElement).value = 'I agree to "terms" & <conditions>'));
    await page.$eval('#email', (el) => ((el as HTMLInputElement).value = 'info@broker.example.com'));
    await page.$eval('#consent', (el) => el.dispatchEvent(new Event('input', { bubbles: true })));
    await page.waitForFunction(() =>
      (document.querySelector('#snippet') as HTMLTextAreaElement).value.includes('consent='),
    );
    const html = await snippet();
    assert.match(html, /<broker-contact-form action="http:\/\/localhost:\d+\/api\/contact"/);
    assert.match(html, /consent="I agree to &quot;terms&quot; &amp; &lt;conditions&gt;"/);
    assert.match(html, /<a href="mailto:info@broker\.example\.com">info@broker\.example\.com<\/a>/);
    const frames = await previews();
    assert.ok(
      frames.every((f) => f.tag === 'broker-contact-form' && f.attrs.consent === 'I agree to "terms" & <conditions>'),
    );
  });

  it('copies the exact snippet and announces "Copied"', async () => {
    await open();
    await page
      .browserContext()
      .overridePermissions(harness.demo, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await page.click('#copy');
    await page.waitForFunction(() => document.querySelector('#copy-status')?.textContent === 'Copied');
    assert.equal(await page.$eval('#copy-status', (el) => el.getAttribute('role')), 'status');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await snippet());
  });

  it('makes the iframe snippet for the embed page beside the bundle', async () => {
    await open();
    await page.click('input[name="embed"][value="iframe"]');
    await page.select('#layout', 'compact');
    const html = await snippet();
    const src = /<iframe src="([^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&');
    const url = new URL(src);
    assert.equal(url.origin + url.pathname, `${harness.demo}/dist/embed.html`);
    assert.equal(url.searchParams.get('widget'), 'feed');
    assert.equal(url.searchParams.get('layout'), 'compact');
    assert.equal(url.searchParams.get('src'), `${harness.demo}/api/feed.json`);
    assert.match(html, /event\.source/);
    // The preview shows the embed page in frames at the three widths, fitted by its height messages.
    await page.waitForFunction(() => {
      const frames = [...document.querySelectorAll('.preview-frame iframe')] as HTMLIFrameElement[];
      return frames.length === 3 && frames.every((f) => parseInt(f.style.height) > 200);
    });
    const frameSrc = await page.$eval('.w640 iframe', (el) => (el as HTMLIFrameElement).src);
    assert.equal(frameSrc, src);
    assert.match(html, /tradeWidgetsHeight/);
    assert.equal(await page.$eval('#embed-url', (el) => (el as HTMLElement).offsetParent !== null), true);
  });

  it('names CORS, the headers to add and the feed command for a feed on another origin without CORS', async () => {
    await open();
    const url = `${harness.other.origin}/blog-feed.xml`;
    const { state, text: result } = await checkFeed(url);
    assert.equal(state, 'cors');
    assert.match(result, /CORS/);
    assert.match(result, /Access-Control-Allow-Origin: \*/);
    assert.ok(result.includes(`npx trade-widgets feed ${url} --out feed.json`), result);
  });

  it('names RSS, counts its posts and gives the newest date', async () => {
    await open();
    const { state, text: result } = await checkFeed(`${harness.demo}/data/seed.rss`);
    assert.equal(state, 'ok');
    assert.match(result, /RSS 2\.0 · 4 posts · newest December 12, 2023/);
  });

  it('reads a cross-origin feed that sends CORS headers', async () => {
    await open();
    const { state, text: result } = await checkFeed(`${harness.other.origin}/open-feed.json`);
    assert.equal(state, 'ok');
    assert.match(result, /JSON Feed 1\.1 · 1 post · newest March 1, 2024/);
    assert.match(result, /Other sites can read it/);
  });

  it('says what is wrong: an HTTP status, a web page instead of a feed', async () => {
    await open();
    const missing = await checkFeed(`${harness.other.origin}/gone.json`);
    assert.equal(missing.state, 'http');
    assert.match(missing.text, /HTTP 404/);
    const login = await checkFeed(`${harness.other.origin}/login`);
    assert.equal(login.state, 'not-a-feed');
    assert.match(login.text, /Not a feed: the address returned a web page/);
    const bad = await checkFeed('javascript:alert(1)');
    assert.equal(bad.state, 'address');
  });

  it('works as a static page from any host, with relative addresses', async () => {
    const host = await startStatic();
    try {
      page = await newPage(harness.browser);
      await page.goto(
        `${host.origin}/demo/configurator.html#src=${encodeURIComponent(`${harness.demo}/api/feed.json`)}`,
      );
      await page.waitForSelector('#check-result[data-state="ok"]');
      assert.match(await text('#check-result'), /JSON Feed 1\.1 · 4 posts/);
      await page.waitForFunction(() =>
        (document.querySelector('#snippet') as HTMLTextAreaElement).value.includes('integrity="sha384-'),
      );
      await page.waitForFunction(() =>
        document.querySelector('.w640 trade-news-feed')?.shadowRoot?.querySelector('trade-post'),
      );
      await page.click('input[name="embed"][value="iframe"]');
      assert.ok((await snippet()).includes(`<iframe src="${host.origin}/dist/embed.html?widget=feed&amp;src=`));
      assert.deepEqual(page.problems, []);
    } finally {
      await host.close();
    }
  });

  it('works with the keyboard alone', async () => {
    await open();
    await tabTo('#feed-url');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'check');
    await page.$eval('#check-result', (el) => el.removeAttribute('data-state'));
    await page.keyboard.press('Enter');
    await page.waitForSelector('#check-result[data-state="ok"]');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'check', 'focus stays on the button');
    await tabTo('input[name="widget"]:checked');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.$eval('input[name="widget"]:checked', (el) => (el as HTMLInputElement).value), 'form');
    assert.ok((await previews()).every((f) => f.tag === 'broker-contact-form'));
    await tabTo('#theme');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.$eval('#theme', (el) => (el as HTMLSelectElement).value), 'light');
    assert.match(await snippet(), /theme="light"/);
    await page
      .browserContext()
      .overridePermissions(harness.demo, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await tabTo('#copy');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#copy-status')?.textContent === 'Copied');
    // Focus is always visible.
    const outline = await page.$eval('#copy', (el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none');
  });

  it('passes an axe scan and raises no Content-Security-Policy violation', async () => {
    await open();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.preview-frame trade-news-feed')].every((el) =>
        el.shadowRoot?.querySelector('trade-post'),
      ),
    );
    const axe = await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
    // Evaluated through the DevTools protocol, which the page's script-src does not govern.
    await page.evaluate(axe);
    const scan = () =>
      page.evaluate(async () => {
        const { axe } = window as unknown as {
          axe: {
            run: (
              context: Document,
            ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
          };
        };
        const results = await axe.run(document);
        return results.violations.map((v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target))})`);
      });
    assert.deepEqual(await scan(), [], 'feed, script snippet, check passed');

    // A failed check (with its code blocks), the contact form, the iframe snippet and its preview.
    await checkFeed(`${harness.other.origin}/blog-feed.xml`);
    await page.click('input[name="widget"][value="form"]');
    await page.click('input[name="embed"][value="iframe"]');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.preview-frame iframe')].every((f) => (f as HTMLElement).style.height),
    );
    assert.deepEqual(await scan(), [], 'form, iframe snippet, CORS problem');
    assert.deepEqual(page.problems, []);
    assert.deepEqual(
      await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []),
      [],
    );
  });
});
