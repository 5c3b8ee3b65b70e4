import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Frame } from 'puppeteer-core';
import { newPage, root, startHarness, type Harness } from '../configurator/harness.js';
// @ts-expect-error -- plain JavaScript module without types
import { iframeSnippet } from '../../demo/configurator/snippet.js';
import { WIDGETS, readEmbedParams } from '../../src/embed/params.js';

// dist/embed.html inside an iframe on a partner page of another origin, served by the demo server
// (so under its strict Content-Security-Policy). The partner page holds exactly the snippet the
// configurator makes, auto-height lines included.

let harness: Harness;

before(async () => {
  harness = await startHarness();
});

after(async () => {
  await harness?.close();
});

/** A partner page on the other origin holding `body`, recording the height messages it gets. */
function partnerPage(path: string, body: string) {
  const recorder = `<script>
    window.heights = [];
    addEventListener('message', (event) => {
      const frame = document.querySelector('iframe');
      if (event.data && typeof event.data.tradeWidgetsHeight === 'number') {
        heights.push({ height: event.data.tradeWidgetsHeight, fromFrame: event.source === frame.contentWindow });
      }
    });
  </script>`;
  harness.other.routes.set(path, [
    200,
    { 'Content-Type': 'text/html; charset=utf-8' },
    `<!doctype html><html lang="en"><head><title>Partner</title>${recorder}</head><body><h1>Partner news</h1>${body}<p>After the frame</p></body></html>`,
  ]);
  return `${harness.other.origin}${path}`;
}

const embedFrame = async (page: { frames(): Frame[]; waitForFrame(f: (frame: Frame) => boolean): Promise<Frame> }) =>
  page.frames().find((f) => f.url().includes('/dist/embed.html')) ??
  page.waitForFrame((f) => f.url().includes('/dist/embed.html'));

describe('embed parameters', () => {
  const read = (query: string) =>
    readEmbedParams(new URLSearchParams(query), 'https://broker.example.com/widgets/embed.html');

  it('takes each element attribute by name, checked like the element checks it', () => {
    const config = read(
      'widget=feed&src=/feed.json&layout=compact&limit=7&hide=image,stats&load-more=false&searchable=true&theme=dark&lang=pt-BR',
    )!;
    assert.equal(config.tag, 'trade-news-feed');
    assert.deepEqual(config.attributes, [
      ['src', 'https://broker.example.com/feed.json'],
      ['layout', 'compact'],
      ['limit', '7'],
      ['hide', 'image stats'],
      ['searchable', ''],
      ['theme', 'dark'],
      ['lang', 'pt-BR'],
      ['link-target', '_top'],
    ]);
    assert.deepEqual(config.ignored, ['load-more']);
  });

  it('leaves out unknown names, bad values, addresses that are not http(s) and repeated names', () => {
    const config = read(
      'widget=post&src=javascript:alert(1)&variant=huge&heading-level=9&hide=image,script&onload=x&post-id=a&post-id=b&link-target=_parent&lang=en"x',
    )!;
    assert.deepEqual(config.attributes, [
      ['post-id', 'a'],
      ['link-target', '_top'],
    ]);
    assert.deepEqual(config.ignored, ['src', 'variant', 'heading-level', 'hide', 'onload', 'link-target', 'lang']);
    // In Node there is no CSS parser to vouch for a colour, so none is taken.
    assert.equal(read('widget=feed&accent=red')!.accent, undefined);
  });

  it('knows only the three widgets', () => {
    for (const widget of ['', 'carousel', 'constructor', '__proto__', 'toString']) {
      assert.equal(read(`widget=${widget}`), undefined, widget);
    }
    assert.equal(read('widget=form&action=mailto:x@example.com&link-target=_top')!.attributes.length, 0);
  });
});

describe('iframe embed (dist/embed.html)', () => {
  it('renders the feed from its query string, reports its height and fits the frame with the snippet', async () => {
    const html = iframeSnippet({
      embedUrl: `${harness.demo}/dist/embed.html`,
      widget: 'feed',
      attributes: [
        ['src', `${harness.demo}/api/feed.json`],
        ['layout', 'grid'],
        ['theme', 'dark'],
        ['lang', 'es'],
      ],
      accent: '#c99a2e',
    });
    const page = await newPage(harness.browser);
    await page.goto(partnerPage('/partner.html', html));
    const frame = await embedFrame(page);
    await frame.waitForFunction(
      () => document.querySelector('trade-news-feed')?.shadowRoot?.querySelectorAll('trade-post').length === 3,
    );
    const element = await frame.$eval('trade-news-feed', (el) => ({
      attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      accent: (el as HTMLElement).style.getPropertyValue('--trade-color-accent'),
      lang: document.documentElement.lang,
      heading: el.shadowRoot!.textContent!.includes('Publicaciones recientes'),
    }));
    assert.deepEqual(element.attrs, {
      src: `${harness.demo}/api/feed.json`,
      layout: 'grid',
      theme: 'dark',
      lang: 'es',
      'link-target': '_top',
      style: '--trade-color-accent: #c99a2e;',
    });
    assert.equal(element.lang, 'es');
    assert.ok(element.heading, 'the feed renders in Spanish');

    // A height message from the frame, and the snippet's lines set the frame to it.
    await page.waitForFunction(() => {
      const { heights } = window as unknown as { heights: { height: number }[] };
      const last = heights.at(-1);
      return last && last.height > 200 && document.querySelector('iframe')!.style.height === `${last.height}px`;
    });
    const heights = await page.evaluate(
      () => (window as unknown as { heights: { height: number; fromFrame: boolean }[] }).heights,
    );
    assert.ok(heights.every((h) => h.fromFrame));
    const content = await frame.$eval('#trade-widgets-embed', (el) => Math.ceil(el.getBoundingClientRect().height));
    assert.equal(heights.at(-1)!.height, content);

    // Narrower, the grid takes more rows: a new height is reported.
    const before = heights.at(-1)!.height;
    await page.$eval('iframe', (el) => el.setAttribute('width', '320'));
    await page.$eval('iframe', (el) => ((el as HTMLElement).style.width = '320px'));
    await page.waitForFunction(
      (old) => {
        const { heights: list } = window as unknown as { heights: { height: number }[] };
        return list.at(-1)!.height > old;
      },
      {},
      before,
    );
    assert.deepEqual(page.problems, []);
  });

  it('opens post links in the top window', async () => {
    const page = await newPage(harness.browser);
    const src = `${harness.demo}/dist/embed.html?widget=feed&src=${encodeURIComponent(`${harness.demo}/api/feed.json`)}&limit=2`;
    await page.goto(
      partnerPage(
        '/links.html',
        `<iframe src="${src.replaceAll('&', '&amp;')}" title="News" width="600" height="800"></iframe>`,
      ),
    );
    const frame = await embedFrame(page);
    await frame.waitForFunction(
      () => document.querySelector('trade-news-feed')?.shadowRoot?.querySelectorAll('trade-post').length === 2,
    );
    const links = await frame.evaluate(() =>
      [...document.querySelector('trade-news-feed')!.shadowRoot!.querySelectorAll('trade-post')].flatMap((post) =>
        [...post.shadowRoot!.querySelectorAll('a[href]')].map((a) => ({
          href: (a as HTMLAnchorElement).href,
          target: a.getAttribute('target'),
        })),
      ),
    );
    const titles = links.filter((l) => l.href.includes('/post.html?id='));
    assert.ok(titles.length >= 2, JSON.stringify(links));
    assert.ok(
      titles.every((l) => l.target === '_top'),
      JSON.stringify(titles),
    );

    // Activating one navigates the partner page itself, not the frame.
    const handle = await frame.evaluateHandle(() =>
      document
        .querySelector('trade-news-feed')!
        .shadowRoot!.querySelector('trade-post')!
        .shadowRoot!.querySelector('a[href*="post.html"]')!,
    );
    await Promise.all([page.waitForNavigation(), (handle as unknown as { click(): Promise<void> }).click()]);
    assert.equal(page.url(), titles[0]!.href);
  });

  it('checks every parameter: unknown names, bad values and non-http(s) addresses are left out', async () => {
    const page = await newPage(harness.browser);
    const query = new URLSearchParams([
      ['widget', 'feed'],
      ['src', 'javascript:alert(1)'],
      ['layout', 'carousel'],
      ['limit', '2'],
      ['theme', 'neon'],
      ['onclick', 'alert(1)'],
      ['see-all-href', 'data:text/html,hi'],
      ['hide', 'image stats'],
      ['searchable', ''],
      ['accent', 'red; background: url(https://evil.example/)'],
      ['heading', 'Customs <b>news</b>'],
    ]);
    await page.goto(`${harness.demo}/dist/embed.html?${query}`);
    await page.waitForSelector('trade-news-feed');
    const attrs = await page.$eval('trade-news-feed', (el) =>
      Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    );
    // layout and theme show their defaults: the element reflects them once it upgrades.
    assert.deepEqual(attrs, {
      limit: '2',
      hide: 'image stats',
      searchable: '',
      heading: 'Customs <b>news</b>',
      'link-target': '_top',
      layout: 'list',
      theme: 'auto',
    });
    // The feed without a source says so in its own way; nothing broke.
    assert.deepEqual(page.problems, []);

    await page.goto(`${harness.demo}/dist/embed.html?widget=carousel`);
    const message = await page.$eval('#trade-widgets-embed', (el) => (el as HTMLElement).innerText);
    assert.match(message, /needs \?widget=feed, \?widget=post or \?widget=form/);

    // Relative addresses resolve against the embed page.
    await page.goto(
      `${harness.demo}/dist/embed.html?widget=form&action=/api/contact&topics=Customs,Duties&consent=I%20agree`,
    );
    const form = await page.$eval('broker-contact-form', (el) =>
      Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    );
    assert.deepEqual(form, {
      action: `${harness.demo}/api/contact`,
      topics: 'Customs,Duties',
      consent: 'I agree',
      theme: 'auto',
    });
    await page.waitForFunction(() =>
      document.querySelector('broker-contact-form')?.shadowRoot?.querySelector('select'),
    );
    assert.deepEqual(page.problems, []);
  });

  it('names only attributes the elements observe', async () => {
    const page = await newPage(harness.browser);
    await page.goto(`${harness.demo}/dist/embed.html?widget=feed`);
    const observed = await page.evaluate(
      async (tags: string[]) => {
        const result: Record<string, string[]> = {};
        for (const tag of tags) {
          // The loader fetches an element's code only once the page holds its tag.
          document.body.append(document.createElement(tag));
          await customElements.whenDefined(tag);
          result[tag] = [
            ...((customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes ?? []),
          ];
        }
        return result;
      },
      Object.values(WIDGETS).map((w) => w.tag),
    );
    for (const { tag, attributes } of Object.values(WIDGETS)) {
      const missing = Object.keys(attributes).filter((name) => !observed[tag]!.includes(name));
      assert.deepEqual(missing, [], `${tag} does not observe ${missing.join(', ')}`);
    }
  });

  it('passes an axe scan as a feed and as a form', async () => {
    const axe = await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const page = await newPage(harness.browser);
    for (const query of [
      `widget=feed&src=${encodeURIComponent('/api/feed.json')}&layout=grid&theme=dark`,
      'widget=form&action=/api/contact&topics=Customs,Duties&consent=I%20agree',
    ]) {
      await page.goto(`${harness.demo}/dist/embed.html?${query}`);
      await page.waitForFunction(() => {
        const widget = document.querySelector('#trade-widgets-embed > *');
        return widget?.shadowRoot?.querySelector('trade-post, form');
      });
      await page.evaluate(axe);
      const violations = await page.evaluate(async () => {
        const { axe: run } = window as unknown as {
          axe: {
            run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
          };
        };
        // A framed widget is a part of the partner's page: its heading levels follow the page's
        // outline (a sidebar's h2), so the rule that a whole page starts at h1 does not apply.
        const results = await run.run(document, { rules: { 'page-has-heading-one': { enabled: false } } });
        return results.violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      });
      assert.deepEqual(violations, [], query);
    }
    assert.deepEqual(page.problems, []);
  });

  it('renders one post under the strict Content-Security-Policy of the demo server', async () => {
    const page = await newPage(harness.browser);
    const response = await page.goto(
      `${harness.demo}/dist/embed.html?widget=post&src=${encodeURIComponent('/api/feed.json')}&post-id=maritime-regulator-cyberattack`,
    );
    assert.match(response!.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
    await page.waitForFunction(() =>
      document.querySelector('trade-post')?.shadowRoot?.querySelector('article h2, article h1'),
    );
    const title = await page.$eval('trade-post', (el) =>
      el.shadowRoot!.querySelector('article h2, article h1')!.textContent!.trim(),
    );
    assert.ok(title.length > 5, title);
    assert.deepEqual(page.problems, []);
  });
});
