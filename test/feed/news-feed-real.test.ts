// Real feed bytes through <trade-news-feed>, the way a partner page meets them: the network is faked
// with real `Response` objects carrying the file's bytes and the server's Content-Type.
import { expect, html } from '@open-wc/testing';
import { cards, feedFixture, titles } from '../components/trade-news-feed/helpers.js';
import { fixtureBytes, stubFetch, textOf } from '../helpers/index.js';

const bytes = (name: string) => fixtureBytes(`../fixtures/feeds/real/${name}`);
let counter = 0;
const url = (name: string) => `https://feeds.example.com/${++counter}/${name}`;

describe('<trade-news-feed> with real feed bytes', () => {
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
