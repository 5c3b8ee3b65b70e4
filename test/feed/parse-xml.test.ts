import { expect } from '@open-wc/testing';
import { normalizePost, parseFeed, type FeedError, type Post } from '../../src/feed/index.js';
import { fixtureText } from './helpers.js';

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

describe('parseFeed: RSS 2.0 through DOMParser', () => {
  let posts: Post[];
  let feed: ReturnType<typeof parseFeed>;
  before(async () => {
    feed = parseFeed(await fixtureText('rss.xml'));
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
    const post = posts[1]!;
    expect(post.url).to.equal('https://blog.example.com/2023/11/14/importer-pleads-guilty/');
    expect(post.image).to.equal('https://blog.example.com/wp-content/uploads/2023/11/gavel.png');
    expect(post.authors).to.deep.equal([{ name: 'Trade Logic Team' }]);
    expect(post.summary).to.equal(
      'The owner of a U.S. based import business faces a maximum penalty of five years in prison.',
    );
    expect(post.contentHtml).to.equal(
      '<p>The owner of a U.S. based import business faces a maximum penalty of five years in prison.</p>',
    );
  });

  it('takes a permalink guid as the URL and reads US time zones', () => {
    const post = posts[2]!;
    expect(post.url).to.equal('https://blog.example.com/2023/06/20/newsletter/');
    expect(post.datePublished).to.equal('2023-06-20T16:00:00.000Z');
    expect(post.contentHtml).to.equal('Keep up to date on topics that impact the U.S. international trade community.');
  });

  it('resolves relative links against the feed URL when one is given', () => {
    const withBase = parseFeed(
      '<rss version="2.0"><channel><item><title>T</title><link>/a</link></item></channel></rss>',
      { baseUrl: 'https://feeds.example.com/x/rss.xml' },
    );
    expect(withBase.posts[0]!.url).to.equal('https://feeds.example.com/a');
    expect(withBase.posts[0]!.id).to.equal('/a');
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

describe('parseFeed: Atom through DOMParser', () => {
  let feed: ReturnType<typeof parseFeed>;
  before(async () => {
    feed = parseFeed(await fixtureText('atom.xml'));
  });

  it('reads the feed title, next link, and skips the entry without id or link', () => {
    expect(feed.title).to.equal('Customs Desk');
    expect(feed.nextUrl).to.equal('https://atom.example.org/feed.atom?page=2');
    expect(feed.posts).to.have.length(2);
    expect(feed.skipped).to.equal(1);
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
    const text = await fixtureText('atom.xml');
    expect(parseFeed(text, { format: 'atom' }).posts).to.have.length(2);
    expect(parseFeed(text, { format: 'rss' }).posts).to.have.length(2);
  });
});

describe('parseFeed: the seed page as RSS', () => {
  it('reads the four posts of the seed page, newest first as published', async () => {
    const feed = parseFeed(await fixtureText('seed.rss.xml'));
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

describe('parseFeed: hostile and broken XML', () => {
  it('drops javascript: and data: URLs, and strips markup from titles', async () => {
    const feed = parseFeed(await fixtureText('hostile.rss.xml'));
    expect(feed.title).to.equal('Hostile RSS');
    expect(feed.posts).to.have.length(1);
    expect(feed.skipped).to.equal(2);
    const post = feed.posts[0]!;
    expect(post.title).to.equal('Title with markup');
    expect(post.url).to.equal(undefined);
    expect(post.image).to.equal(undefined);
    expect(post.summary).to.equal('Summary &amp; text');
    expect(post.datePublished).to.equal(undefined);
  });

  it('XML that is not well-formed is a parse error', async () => {
    const error = thrown(() => parseFeed('<rss><channel><item></channel></rss>'));
    expect(error.kind).to.equal('parse');
    expect(thrown(() => parseFeed('<x>')).kind).to.equal('parse');
    expect(error.message).to.match(/XML/);
    const broken = await fixtureText('broken.xml');
    expect(thrown(() => parseFeed(broken)).kind).to.equal('parse');
  });

  it('an HTML page is a parse error, also as well-formed XHTML', async () => {
    const login = await fixtureText('login.html');
    expect(thrown(() => parseFeed(login)).kind).to.equal('parse');
    expect(thrown(() => parseFeed('<html><body><p>Sign in</p></body></html>')).kind).to.equal('parse');
  });

  it('XML that is no feed is a format error naming its root', async () => {
    const error = thrown(() => parseFeed('\uFEFF  <?xml version="1.0"?><urlset><url/></urlset>'));
    expect(error.kind).to.equal('format');
    expect(error.message).to.contain('<urlset>');
    const sitemap = await fixtureText('sitemap.xml');
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

describe('normalizePost with XML', () => {
  it('takes the first post of an RSS string', async () => {
    expect(normalizePost(await fixtureText('rss.xml'))!.id).to.equal('https://blog.example.com/?p=1187');
  });

  it('is undefined for broken XML rather than throwing', () => {
    expect(normalizePost('<rss><channel>')).to.equal(undefined);
  });
});
