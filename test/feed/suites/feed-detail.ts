// Parsing in detail: the JSON formats, RSS 2.0 and Atom with their modules, hostile and broken XML,
// and view counts in RSS and Atom. Shared: test/feed runs it in Chromium (DOMParser), test/node in
// Node (the package's Node entry and its XML reader).
import { expect } from 'chai';
import type { FeedError, Post } from '../../../src/feed/index.js';
import type { ParserRunner } from './runner.js';

export const DETAIL_FIXTURES = [
  'json-feed.json',
  'wordpress.json',
  'ghost.json',
  'simple.json',
  'rss.xml',
  'atom.xml',
  'seed.rss.xml',
  'hostile.rss.xml',
  'broken.xml',
  'login.html',
  'sitemap.xml',
];

export function feedDetailSuite({ describe, it, before, env, parseFeed, normalizePost, fixture }: ParserRunner): void {
  describe(`parseFeed (${env}): the JSON formats`, () => {
    it('detects each format from its text', async () => {
      const firstIds = (name: string) => parseFeed(fixture(name)).posts.map((post) => post.id)[0];
      expect(firstIds('json-feed.json')).to.equal('https://broker.example.com/post/maritime-regulator-cyberattack');
      expect(firstIds('wordpress.json')).to.equal('1187');
      expect(firstIds('ghost.json')).to.equal('5ddc9141c35e7700383b2937');
      expect(firstIds('simple.json')).to.equal('cyberattack');
    });

    it('takes already-parsed JSON as well as text', async () => {
      const data: unknown = JSON.parse(fixture('simple.json'));
      expect(parseFeed(data)).to.deep.equal(parseFeed(fixture('simple.json')));
    });

    it('reads a simple post with an author string and comma tags; a count must be a number', () => {
      const [post] = parseFeed({
        posts: [{ id: 1, title: 'T', author: 'Ann', tags: 'a, b, a', views: '18', comments: 0, date: '2023-01-02' }],
      }).posts;
      expect(post).to.deep.equal({
        id: '1',
        title: 'T',
        authors: [{ name: 'Ann' }],
        tags: ['a', 'b'],
        comments: 0,
        datePublished: '2023-01-02T00:00:00Z',
      });
    });

    it('decodes entities in text titles, and strips tags from HTML ones', () => {
      expect(parseFeed([{ id: 'a', title: 'Q&amp;A &#8217; &eacute;t&eacute; &ntilde;' }]).posts[0]!.title).to.equal(
        'Q&A ’ été ñ',
      );
      expect(
        parseFeed([
          { id: 1, title: { rendered: '<b>Bold</b> &amp; <i>it</i>&hellip;' }, date_gmt: '2023-01-01T00:00:00' },
        ]).posts[0]!.title,
      ).to.equal('Bold & it…');
    });

    it('summarises a long body without reading all of it', () => {
      const body = `<p>${'word '.repeat(2000)}</p>`;
      const [post] = parseFeed([{ id: 'long', title: 'Long', content: body }]).posts;
      expect(post!.summary!.length).to.be.below(2100);
      expect(post!.summary!.endsWith('…')).to.equal(true);
      expect(post!.contentHtml).to.equal(body);
    });

    it('reads dates in the forms feeds write them, keeps ISO offsets, makes zoneless times UTC, drops the rest', () => {
      const date = (value: unknown) => parseFeed([{ id: 'd', title: 'D', date: value }]).posts[0]!.datePublished;
      expect(date('2023-10-05T14:30:00+05:30')).to.equal('2023-10-05T14:30:00+05:30');
      expect(date('2023-10-05T14:30:00+0530')).to.equal('2023-10-05T14:30:00+05:30');
      expect(date('2023-10-05 14:30:00')).to.equal('2023-10-05T14:30:00Z');
      expect(date('2023-10-05t14:30z')).to.equal('2023-10-05T14:30:00Z');
      expect(date('2023-10-05T14:30:00.123Z')).to.equal('2023-10-05T14:30:00.123Z');
      expect(date('Tue, 10 Jun 2003 04:00:00 GMT')).to.equal('2003-06-10T04:00:00.000Z');
      expect(date('Tue, 10 Jun 2003 04:00:00 +0200')).to.equal('2003-06-10T02:00:00.000Z');
      for (const bad of [
        '1',
        'tomorrow',
        '2023-13-01',
        '2023-02-29',
        '2023-04-31',
        '2023-01-01T25:00:00Z',
        '',
        1700000000000,
        null,
        {},
      ]) {
        expect(date(bad), String(bad)).to.equal(undefined);
      }
      expect(date('2024-02-29')).to.equal('2024-02-29T00:00:00Z');
      for (const iso of ['2023-10-05T14:30:00+05:30', '2023-10-05T14:30Z', '2003-06-10T04:00:00.000Z']) {
        expect(Number.isNaN(Date.parse(iso)), iso).to.equal(false);
      }
    });

    it('reports kind format for JSON that is no feed, kind parse for text that is not JSON', () => {
      const kind = (data: unknown) => {
        try {
          parseFeed(data);
        } catch (error) {
          return (error as FeedError).kind;
        }
        return 'none';
      };
      expect(kind('{"hello": "world"}')).to.equal('format');
      expect(kind({ items: [] })).to.equal('format');
      expect(kind('<!doctype html><title>Login</title>')).to.equal('parse');
      expect(kind('Bad Gateway')).to.equal('parse');
    });
  });

  describe(`normalizePost (${env})`, () => {
    it('reads a raw item of any format and passes a Post through', async () => {
      const ghost = (JSON.parse(fixture('ghost.json')) as { posts: unknown[] }).posts[0];
      const post = normalizePost(ghost)!;
      expect(post.title).to.equal('Maritime Regulator Hit by Cyberattack');
      expect(normalizePost(post)).to.deep.equal(post);
      expect(normalizePost({ id: 'x' })).to.equal(undefined);
    });
  });

  /** The FeedError `run` throws. */
  function thrown(run: () => unknown): FeedError {
    try {
      run();
    } catch (error) {
      expect((error as FeedError).name).to.equal('FeedError');
      return error as FeedError;
    }
    throw new Error('expected a FeedError');
  }

  describe(`parseFeed (${env}): RSS 2.0`, () => {
    let posts: Post[];
    let feed: ReturnType<typeof parseFeed>;
    before(() => {
      feed = parseFeed(fixture('rss.xml'));
      posts = feed.posts;
    });

    it('reads the channel: title with entities decoded, next page from atom:link rel="next"', () => {
      expect(feed.title).to.equal('Trade Logic – Customs & Trade News');
      expect(feed.nextUrl).to.equal('https://blog.example.com/feed/?paged=2');
      expect(feed.skipped).to.equal(0);
      expect(posts.map((post) => post.id)).to.deep.equal([
        'https://blog.example.com/?p=1187',
        'importer-pleads-guilty',
        'https://blog.example.com/2023/06/20/newsletter/',
      ]);
    });

    it('reads an item with the content, Dublin Core, slash and Media RSS modules', () => {
      const post = posts[0]!;
      expect(post.title).to.equal('Section 301 Duty Exclusions – What Importers’ Should Do');
      expect(post.url).to.equal('https://blog.example.com/2023/12/01/section-301/');
      expect(post.summary).to.equal(
        'Unless Congress acts quickly, the duty exclusions for certain products imported from China expire on Dec. 31st. Importers & brokers should plan now…',
      );
      expect(post.contentHtml).to.match(/^<p>Unless Congress acts quickly, the duty exclusions currently in place/);
      expect(post.image).to.equal('https://blog.example.com/wp-content/uploads/2023/12/containers.jpg');
      expect(post.authors).to.deep.equal([{ name: 'Stephen Fodor' }]);
      expect(post.tags).to.deep.equal(['Tariffs & Duties', 'China']);
      expect(post.datePublished).to.equal('2023-12-01T14:30:00.000Z');
      expect(post.comments).to.equal(4);
    });

    it('resolves a relative link against the channel link and takes the image enclosure, not the audio one', () => {
      const summary = 'The owner of a U.S. based import business faces a maximum penalty of five years in prison.';
      expect(posts[1]).to.deep.include({
        url: 'https://blog.example.com/2023/11/14/importer-pleads-guilty/',
        image: 'https://blog.example.com/wp-content/uploads/2023/11/gavel.png',
        authors: [{ name: 'Trade Logic Team' }],
        summary,
        contentHtml: `<p>${summary}</p>`,
      });
    });

    it('takes a permalink guid as the URL and reads US time zones', () => {
      const post = posts[2]!;
      expect(post.url).to.equal('https://blog.example.com/2023/06/20/newsletter/');
      expect(post.datePublished).to.equal('2023-06-20T16:00:00.000Z');
      expect(post.contentHtml).to.equal(
        'Keep up to date on topics that impact the U.S. international trade community.',
      );
    });

    it('resolves relative links against the feed URL when one is given', () => {
      const withBase = parseFeed(
        '<rss version="2.0"><channel><item><title>T</title><link>/a</link></item></channel></rss>',
        { baseUrl: 'https://feeds.example.com/x/rss.xml' },
      );
      expect(withBase.posts[0]!.url).to.equal('https://feeds.example.com/a');
      expect(withBase.posts[0]!.id).to.equal('https://feeds.example.com/a');
    });

    it('uses the first <img> of the body when the item names no image', () => {
      const feedWithImg = parseFeed(
        `<rss version="2.0"><channel><item><guid>i</guid><title>T</title>
          <description><![CDATA[<p>x</p><img alt="" src="https://img.example.com/p.jpg">]]></description>
        </item></channel></rss>`,
      );
      expect(feedWithImg.posts[0]!.image).to.equal('https://img.example.com/p.jpg');
    });
  });

  describe(`parseFeed (${env}): Atom`, () => {
    let feed: ReturnType<typeof parseFeed>;
    before(() => {
      feed = parseFeed(fixture('atom.xml'));
    });

    it('reads the feed title, next link, and names the entry without id or link by a hash', () => {
      expect(feed.title).to.equal('Customs Desk');
      expect(feed.nextUrl).to.equal('https://atom.example.org/feed.atom?page=2');
      expect(feed.posts).to.have.length(3);
      expect(feed.posts[2]!.id).to.match(/^urn:hash:/);
      expect(feed.skipped).to.equal(0);
    });

    it('reads an entry: html title as plain text, xhtml content, enclosure image, categories', () => {
      const post = feed.posts[0]!;
      expect(post.id).to.equal('tag:atom.example.org,2023-12-01:/tariffs-2024');
      expect(post.title).to.equal('Tariffs & Duties: What Changes in 2024');
      expect(post.url).to.equal('https://atom.example.org/2023/12/tariffs-2024');
      expect(post.summary).to.equal('Several Section 301 exclusions expire …');
      expect(post.contentHtml).to.contain('<strong>Section 301</strong> exclusions expire on December 31.');
      expect(post.image).to.equal('https://atom.example.org/img/tariffs.jpg');
      expect(post.datePublished).to.equal('2023-12-01T09:30:00-05:00');
      expect(post.dateModified).to.equal('2023-12-02T08:00:00-05:00');
      expect(post.tags).to.deep.equal(['Tariffs', 'section-301']);
    });

    it('gives an entry without authors the feed authors', () => {
      expect(feed.posts[0]!.authors).to.deep.equal([{ name: 'Stephen Fodor', url: 'https://atom.example.org/about' }]);
      expect(feed.posts[1]!.authors).to.deep.equal([{ name: 'Ana García' }]);
    });

    it('keeps a text title as text and makes text content safe paragraphs', () => {
      const post = feed.posts[1]!;
      expect(post.title).to.equal('Cargo <Security> Update');
      expect(post.contentHtml).to.equal(
        '<p>Line one of a plain text body.</p><p>Second paragraph with a &lt;tag&gt; that is only text.</p>',
      );
      expect(post.summary).to.equal('Line one of a plain text body. Second paragraph with a <tag> that is only text.');
      expect(post.datePublished).to.equal('2023-11-20T10:00:00Z');
      expect(post.image).to.equal('https://atom.example.org/img/cargo-thumb.jpg');
    });

    it('reads Atom whether the format is forced to atom or rss', async () => {
      const text = fixture('atom.xml');
      expect(parseFeed(text, { format: 'atom' }).posts).to.have.length(3);
      expect(parseFeed(text, { format: 'rss' }).posts).to.have.length(3);
    });
  });

  describe(`parseFeed (${env}): the seed page as RSS`, () => {
    it('reads the four posts of the seed page, newest first as published', async () => {
      const feed = parseFeed(fixture('seed.rss.xml'));
      expect(feed.title).to.equal('Blog | Trade Logic International');
      expect(feed.posts.map((post) => post.title)).to.deep.equal([
        'Section 301 Duty Exclusions Set to Expire on 12/31/23',
        'Importer Pleads Guilty to Duty Evasion',
        'Subscribe to My Linkedin Newsletter',
        'Maritime Regulator Hit by Cyberattack, Data Possibly Stolen in Last Weeks CMA CGM Cyberattack',
      ]);
      const cyber = feed.posts[3]!;
      expect(cyber.authors).to.deep.equal([{ name: 'Stephen Fodor' }]);
      expect(cyber.summary).to.equal(
        'International Maritime Organization is the second shipping entity attacked by hackers in the past week',
      );
      expect(cyber.contentHtml).to.contain('&#8220;by a sophisticated cyberattack');
    });
  });

  describe(`parseFeed (${env}): hostile and broken XML`, () => {
    it('drops javascript: and data: URLs, and strips markup from titles', async () => {
      const feed = parseFeed(fixture('hostile.rss.xml'));
      expect(feed.title).to.equal('Hostile RSS');
      expect(feed.posts).to.have.length(3);
      expect(feed.skipped).to.equal(1);
      const post = feed.posts[0]!;
      expect(post.title).to.equal('Title with markup');
      expect(post.url).to.equal(undefined);
      expect(post.image).to.equal(undefined);
      expect(post.summary).to.equal('Summary & text');
      expect(post.datePublished).to.equal(undefined);
    });

    it('XML that is not well-formed is a parse error', async () => {
      const error = thrown(() => parseFeed('<rss><channel><item></channel></rss>'));
      expect(error.kind).to.equal('parse');
      expect(thrown(() => parseFeed('<x>')).kind).to.equal('parse');
      expect(error.message).to.match(/XML/);
      const broken = fixture('broken.xml');
      expect(thrown(() => parseFeed(broken)).kind).to.equal('parse');
    });

    it('an HTML page is a parse error, also as well-formed XHTML', async () => {
      const login = fixture('login.html');
      expect(thrown(() => parseFeed(login)).kind).to.equal('parse');
      expect(thrown(() => parseFeed('<html><body><p>Sign in</p></body></html>')).kind).to.equal('parse');
    });

    it('XML that is no feed is a format error naming its root', async () => {
      const error = thrown(() => parseFeed('\uFEFF  <?xml version="1.0"?><urlset><url/></urlset>'));
      expect(error.kind).to.equal('format');
      expect(error.message).to.contain('<urlset>');
      const sitemap = fixture('sitemap.xml');
      expect(thrown(() => parseFeed(sitemap)).kind).to.equal('format');
    });

    it('XML forced to a JSON format is a format error', () => {
      const error = thrown(() => parseFeed('<rss version="2.0"><channel/></rss>', { format: 'wordpress' }));
      expect(error.kind).to.equal('format');
    });

    it('an entity bomb does not hang the page', () => {
      const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><rss version="2.0"><channel><item><guid>b</guid><title>&lol4;</title></item></channel></rss>`;
      const started = performance.now();
      try {
        parseFeed(bomb);
      } catch {
        // Refusing the entities is as good as expanding them quickly.
      }
      expect(performance.now() - started).to.be.below(1000);
    });
  });

  describe(`normalizePost with XML (${env})`, () => {
    it('takes the first post of an RSS string', async () => {
      expect(normalizePost(fixture('rss.xml'))!.id).to.equal('https://blog.example.com/?p=1187');
    });

    it('is undefined for broken XML rather than throwing', () => {
      expect(normalizePost('<rss><channel>')).to.equal(undefined);
    });
  });

  // RSS and Atom have no view counts; the `urn:trade-widgets` elements carry them as JSON Feed's
  // `_trade` extension does, so a blog's RSS can show "18 views" too.
  describe(`parseFeed (${env}): view and comment counts in RSS and Atom`, () => {
    it('reads <trade:views> and <trade:comments>, and slash:comments first', () => {
      const { posts } = parseFeed(`<?xml version="1.0"?>
        <rss version="2.0" xmlns:trade="urn:trade-widgets" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
          <channel><title>Trade news</title>
            <item><guid>a</guid><title>One</title><trade:views>18</trade:views><trade:comments>2</trade:comments></item>
            <item><guid>b</guid><title>Two</title><trade:views>lots</trade:views><slash:comments>0</slash:comments><trade:comments>5</trade:comments></item>
          </channel>
        </rss>`);
      expect(posts.map((p) => [p.views, p.comments])).to.deep.equal([
        [18, 2],
        [undefined, 0],
      ]);
    });

    it('reads them in Atom entries too', () => {
      const { posts } = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:trade="urn:trade-widgets">
        <title>Trade news</title>
        <entry><id>urn:a</id><title>One</title><trade:views>7</trade:views></entry>
      </feed>`);
      expect(posts[0]!.views).to.equal(7);
    });
  });
}
