// Real feed bytes through <trade-news-feed>, the way a partner page meets them: the network is faked
// with real `Response` objects carrying the file's bytes and the server's Content-Type.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { cards, feedFixture, titles } from '../components/trade-news-feed/helpers.js';
import { restoreFetch, stubFetch } from '../helpers/fetch.js';
import { textOf } from '../helpers/page.js';
import { fixtureBytes } from '../helpers/fixtures.js';
import '../../src/trade-post.js';

const bytes = (name: string) => fixtureBytes(`../fixtures/feeds/real/${name}`);
let counter = 0;
const url = (name: string) => `https://feeds.example.com/${++counter}/${name}`;

describe('<trade-news-feed> with real feed bytes', () => {
  afterEach(restoreFetch);

  it('decodes by the HTTP charset, the XML declaration or the byte-order mark', async () => {
    const files: Record<string, [Uint8Array, string]> = {
      'koi8.xml': [await bytes('koi8-r-no-declaration.rss.xml'), 'application/rss+xml; charset=koi8-r'],
      'ru.xml': [await bytes('windows-1251.rss.xml'), 'application/rss+xml'],
      'ja.xml': [await bytes('shift_jis.rss.xml'), 'text/xml'],
      'utf16.xml': [await bytes('utf-16le-bom.atom.xml'), 'application/atom+xml; charset=utf-8'],
    };
    stubFetch(({ url: address }) => {
      const [body, type] = files[address.split('/').pop()!]!;
      return new Response(body as BlobPart, { headers: { 'Content-Type': type } });
    });
    const shown: string[] = [];
    for (const name of Object.keys(files)) {
      const el = await feedFixture(html`<trade-news-feed src=${url(name)}></trade-news-feed>`);
      shown.push(...titles(el));
      expect(textOf(el)).not.to.contain('\ufffd');
    }
    expect(shown).to.deep.equal([
      'Заголовок в KOI8-R',
      'Новые пошлины на сталь — что изменилось',
      '関税率の改正について',
      'Δασμοί και ελληνικά: café, naïve, 日本',
    ]);
  });

  it('reads a gzip-compressed feed file', async () => {
    const gz = await bytes('ghost.rss.xml.gz');
    stubFetch(() => new Response(gz as BlobPart, { headers: { 'Content-Type': 'application/gzip' } }));
    const el = await feedFixture(html`<trade-news-feed src=${url('rss.xml.gz')}></trade-news-feed>`);
    expect(titles(el)).to.deep.equal(['Section 232 inclusions: the 2024 round']);
  });

  it('loads the full entity table only for a feed that needs it', async () => {
    const rss = (title: string) =>
      `<rss version="2.0"><channel><item><guid>${title.length}</guid><title>${title}</title></item></channel></rss>`;
    const bodies = [
      rss('Caf&amp;eacute; &amp;hellip;'),
      rss('Cards &amp;spades;&amp;hearts; &amp;NotEqualTilde; &amp;fjlig;'),
    ];
    let n = 0;
    stubFetch(() => new Response(bodies[n++], { headers: { 'Content-Type': 'application/rss+xml' } }));
    const common = await feedFixture(html`<trade-news-feed src=${url('a.xml')}></trade-news-feed>`);
    expect(titles(common)).to.deep.equal(['Café …']);
    const rare = await feedFixture(html`<trade-news-feed src=${url('b.xml')}></trade-news-feed>`);
    expect(titles(rare)).to.deep.equal(['Cards ♠♥ ≂̸ fj']);
  });

  it('shows untitled JSON Feed items and the pictures of a WordPress feed, never its pixels', async () => {
    const jsonFeed = await bytes('json-feed-spec.json');
    const wordpress = await bytes('wordpress-feedburner.rss.xml');
    stubFetch(({ url: address }) =>
      address.endsWith('.json')
        ? new Response(jsonFeed as BlobPart, { headers: { 'Content-Type': 'application/feed+json' } })
        : new Response(wordpress as BlobPart, { headers: { 'Content-Type': 'application/rss+xml; charset=UTF-8' } }),
    );
    const micro = await feedFixture(html`<trade-news-feed src=${url('feed.json')} limit="5"></trade-news-feed>`);
    expect(titles(micro)).to.deep.equal([
      'Cats are neat',
      'This is a second item',
      'Hello, world!',
      'No id, no url: a stable hash names this one',
    ]);
    const blog = await feedFixture(html`<trade-news-feed src=${url('feed.xml')}></trade-news-feed>`);
    expect(cards(blog).map((card) => card.post?.image)).to.deep.equal([
      'https://portnotes.example/wp-content/uploads/2024/03/steel-coils-1024x576.jpg',
      undefined,
    ]);
  });
});

describe('WordPress, Blogger and Medium as a partner page shows them', () => {
  afterEach(restoreFetch);

  /** What a reader must never see from these platforms: escapes, markers, footers, the default category. */
  const platformNoise =
    /&amp;|&#|\[…\]|\[\.\.\.\]|Continue reading|Read more|appeared first on|originally published|Uncategorized/;

  /** WordPress (Yoast), Medium and Blogger feeds, served as wordpress.xml, medium.xml and blogger.xml. */
  async function serveXmlFeeds(): Promise<void> {
    const files: Record<string, Uint8Array> = {
      'wordpress.xml': await bytes('wordpress-yoast.rss.xml'),
      'medium.xml': await bytes('medium.rss.xml'),
      'blogger.xml': await bytes('blogger-read-more.atom.xml'),
    };
    stubFetch(
      ({ url: address }) =>
        new Response(files[address.split('/').pop()!] as BlobPart, {
          headers: { 'Content-Type': 'application/xml; charset=UTF-8' },
        }),
    );
  }

  it('shows a WordPress REST feed with decoded names, the excerpt’s own words at excerpt-length 400, and no "Uncategorized"', async () => {
    const body = await bytes('wordpress-6.1-rest.json');
    stubFetch(
      () =>
        new Response(body as BlobPart, {
          headers: { 'Content-Type': 'application/json; charset=UTF-8', 'X-WP-TotalPages': '1' },
        }),
    );
    const el = await feedFixture(
      html`<trade-news-feed src=${url('wp-json/wp/v2/posts?_embed')} excerpt-length="400"></trade-news-feed>`,
    );
    const shown = textOf(el);
    expect(shown).not.to.match(platformNoise);
    expect(shown).to.contain('Harbor & Gate Editorial');
    expect(shown).to.contain('Dana O’Neil');
    // The whole ISF excerpt fits in 400 characters: it ends with the post's last words, raw U+0092 read as ’.
    expect(shown).to.contain(
      'Send your supplier’s commercial invoice and packing list to your broker as soon as the booking is confirmed.',
    );
    expect(shown).to.contain('Congress is weighing changes to the $800 de minimis threshold.');
  });

  it('shows WordPress RSS with Yoast SEO and a Medium feed without their footers, and a C1 title as windows-1252', async () => {
    await serveXmlFeeds();
    const wordpress = await feedFixture(
      html`<trade-news-feed src=${url('wordpress.xml')} excerpt-length="400"></trade-news-feed>`,
    );
    expect(titles(wordpress)).to.deep.equal([
      'Section 301 Exclusions Extended Again – What Importers Should Know',
      'Why Importers Don’t Need a New Bond This Year',
      'De Minimis Changes Ahead',
    ]);
    expect(textOf(wordpress)).not.to.match(platformNoise);
    for (const name of ['medium.xml', 'blogger.xml']) {
      const el = await feedFixture(html`<trade-news-feed src=${url(name)} excerpt-length="400"></trade-news-feed>`);
      expect(textOf(el), name).not.to.match(platformNoise);
    }
  });

  it('a <trade-post> card given a raw WordPress REST post shows its author decoded and the excerpt without "Continue reading"', async () => {
    const [post] = JSON.parse(new TextDecoder().decode(await bytes('wordpress-6.1-rest.json'))) as unknown[];
    const el = document.createElement('trade-post') as HTMLElement & {
      post: unknown;
      updateComplete: Promise<unknown>;
    };
    el.setAttribute('variant', 'card');
    el.setAttribute('excerpt-length', '400');
    el.post = post;
    const loaded = oneEvent(el, 'trade-post-load');
    await fixture(html`${el}`);
    await loaded;
    await el.updateComplete;
    const shown = textOf(el);
    expect(shown).to.contain('Harbor & Gate Editorial');
    expect(shown).to.contain('Importers that rely on them don’t need to file anything new');
    expect(shown).not.to.match(platformNoise);
  });

  it('a full <trade-post> from RSS has no platform footer in its body; one from Blogger keeps its own "Read more »" link', async () => {
    await serveXmlFeeds();
    const full = async (name: string) => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<trade-post src=${url(name)}></trade-post>`,
      );
      await oneEvent(el, 'trade-post-load');
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="body"]')?.textContent?.trim(), 'no body', {
        timeout: 10_000,
      });
      return textOf(el);
    };
    const wordpress = await full('wordpress.xml');
    expect(wordpress).to.contain('CBP can ask for it during a post-summary review.');
    expect(wordpress).not.to.match(/appeared first on|&amp;/);
    const medium = await full('medium.xml');
    expect(medium).to.contain('not after the box lands.');
    expect(medium).not.to.contain('originally published');
    expect(await full('blogger.xml')).to.contain('Read more »');
  });
});
