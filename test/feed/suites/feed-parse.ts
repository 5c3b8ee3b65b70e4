// The data layer's parsing of every JSON format (and a first look at RSS and Atom), validation of
// hostile items, and the errors a person gets for bodies that are no feed. Shared: test/node runs it
// in Node through the package's Node entry, test/feed in Chromium through DOMParser.
import { assert as chai } from 'chai';
import type { FeedError, Post } from '../../../src/feed/index.js';
import type { ParserRunner } from './runner.js';

/** The fixture files the suite reads, for the runner to load first. */
export const PARSE_FIXTURES = [
  'ghost.json',
  'hostile.json',
  'json-feed-1.0.json',
  'json-feed.json',
  'login.html',
  'not-a-feed.json',
  'rss.xml',
  'atom.xml',
  'sitemap.xml',
  'broken.xml',
  'simple.json',
  'wordpress.json',
];

/** node:assert/strict's names over chai, so the same assertions run in both runners. */
const assert = {
  equal: (actual: unknown, expected: unknown, message?: string) => chai.strictEqual(actual, expected, message),
  deepEqual: (actual: unknown, expected: unknown, message?: string) => chai.deepEqual(actual, expected, message),
  match: (actual: string, pattern: RegExp, message?: string) => chai.match(actual, pattern, message),
  ok: (value: unknown, message?: string) => chai.ok(value, message),
  fail: (message?: string): never => {
    chai.fail(message);
    throw new Error(message);
  },
};

export function feedParseSuite({
  describe,
  it,
  env,
  parseFeed,
  normalizePost,
  isFeedError,
  FeedError,
  fixture,
}: ParserRunner): void {
  const json = (name: string): unknown => JSON.parse(fixture(name));

  /** The FeedError `run` throws; fails the test when it throws something else or nothing. */
  function feedError(run: () => unknown): FeedError {
    try {
      run();
    } catch (error) {
      assert.ok(isFeedError(error), `expected a FeedError, got ${String(error)}`);
      return error as FeedError;
    }
    return assert.fail('expected a FeedError');
  }

  if (env === 'node') {
    describe('the trade-widgets/feed entry in Node', () => {
      it('imports without a DOM', () => {
        assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
        assert.equal(typeof (globalThis as { DOMParser?: unknown }).DOMParser, 'undefined');
        assert.equal(typeof parseFeed, 'function');
        assert.equal(typeof normalizePost, 'function');
      });
    });
  }

  describe('JSON Feed 1.1', () => {
    const feed = parseFeed(fixture('json-feed.json'), { baseUrl: 'https://cdn.example.net/feeds/feed.json' });

    it('keeps feed order and titles the item without a title from its text', () => {
      assert.deepEqual(
        feed.posts.map((post) => post.id),
        ['https://broker.example.com/post/maritime-regulator-cyberattack', 'importer-pleads-guilty', '3', 'no-title'],
      );
      assert.equal(
        feed.posts[3]!.title,
        'Microblog posts have no title; this one takes its first sentence as its title',
      );
      assert.equal(feed.skipped, 0);
      assert.equal(feed.title, 'Trade Logic — Customs News');
    });

    it("reads the broker's profiles from the feed-level _trade extension: http(s) only, each once", () => {
      const parsed = parseFeed(
        {
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Broker',
          _trade: {
            profiles: [
              'https://www.linkedin.com/in/broker',
              'javascript:alert(1)',
              42,
              '/follow',
              'https://www.linkedin.com/in/broker',
              'https://x.com/broker',
            ],
          },
          items: [{ id: '1', title: 'One', content_text: 'One.' }],
        },
        { baseUrl: 'https://broker.example.com/feed.json' },
      );
      assert.deepEqual(parsed.profiles, [
        'https://www.linkedin.com/in/broker',
        'https://broker.example.com/follow',
        'https://x.com/broker',
      ]);
      assert.equal('profiles' in feed, false);
      const none = parseFeed({ version: 'https://jsonfeed.org/version/1.1', _trade: { profiles: 'x' }, items: [] });
      assert.equal('profiles' in none, false);
    });

    it('reads every field of an item, counts from the _trade extension', () => {
      assert.deepEqual(feed.posts[0], {
        id: 'https://broker.example.com/post/maritime-regulator-cyberattack',
        title: 'Maritime Regulator Hit by Cyberattack, Data Possibly Stolen in Last Weeks CMA CGM Cyberattack',
        url: 'https://broker.example.com/post/maritime-regulator-cyberattack',
        summary:
          'International Maritime Organization is the second shipping entity attacked by hackers in the past week.',
        contentHtml:
          '<p>(WSJ) The International Maritime Organization, the United Nations arm that regulates global shipping, said its London headquarters has been hit by a cyberattack.</p><h2>Container Shipping Line CMA CGM Says Data Possibly Stolen in Cyberattack</h2><p>CMA CGM SA said some of its data may have been stolen.</p>',
        image: 'https://cdn.example.net/media/imo-cyberattack.jpg',
        datePublished: '2020-10-02T14:11:23-04:00',
        dateModified: '2020-10-03T09:00:00Z',
        authors: [
          {
            name: 'Stephen Fodor',
            url: 'https://broker.example.com/about',
            avatar: 'https://cdn.example.net/img/stephen.jpg',
          },
        ],
        tags: ['Cybersecurity', 'Ocean Freight'],
        views: 18,
        comments: 0,
      });
    });

    it('resolves relative URLs and next_url against the feed URL', () => {
      assert.equal(feed.posts[1]!.url, 'https://cdn.example.net/post/importer-pleads-guilty');
      assert.equal(feed.nextUrl, 'https://cdn.example.net/feeds/feed-2.json');
    });

    it('turns content_text into paragraphs and a summary, and uses external_url and banner_image as fallbacks', () => {
      const [, text, linked] = feed.posts;
      assert.equal(
        text!.contentHtml,
        '<p>The owner of a U.S. based import business faces a maximum penalty of five years in prison, a $250,000 fine, a three-year term of supervised release, and a payment of $1,090,000 in restitution.</p><p>The importer admitted to undervaluing goods.</p>',
      );
      assert.match(text!.summary!, /^The owner of a U\.S\. based import business/);
      assert.deepEqual(text!.authors, [{ name: 'Trade Logic Team' }]);
      assert.equal(linked!.url, 'https://ustr.example.gov/section-301');
      assert.equal(linked!.image, 'https://broker.example.com/media/section-301.png');
      assert.deepEqual(linked!.tags, ['Tariffs', 'China']);
      assert.equal(linked!.datePublished, '2023-12-01T08:30:00+01:00');
      assert.equal(linked!.views, undefined);
    });

    it('without a base URL, home_page_url is the base and items inherit the feed authors', () => {
      const plain = parseFeed(json('json-feed.json'));
      assert.equal(plain.posts[1]!.url, 'https://broker.example.com/post/importer-pleads-guilty');
      assert.equal(plain.nextUrl, 'https://broker.example.com/feed-2.json');
      assert.equal(plain.posts[2]!.authors[0]!.name, 'Stephen Fodor');
    });

    it('reads JSON Feed 1.0 with its single author', () => {
      const old = parseFeed(fixture('json-feed-1.0.json'));
      assert.deepEqual(old.posts[0]!.authors, [
        { name: 'Ann Lee', url: 'https://old.example.org/ann', avatar: 'https://old.example.org/ann.png' },
      ]);
      assert.deepEqual(old.posts[1]!.authors, [{ name: 'Guest Writer' }]);
      assert.equal(old.posts[0]!.summary, 'Hello & welcome.');
    });

    it('reads one item object as a one-post feed', () => {
      const item = (json('json-feed.json') as { items: unknown[] }).items[1];
      assert.deepEqual(
        parseFeed(item).posts.map((post) => [post.id, post.views]),
        [['importer-pleads-guilty', 42]],
      );
    });

    it('has no nextUrl when next_url points back at the feed itself', () => {
      const loop = parseFeed(
        { version: 'https://jsonfeed.org/version/1.1', next_url: 'feed.json', items: [] },
        { baseUrl: 'https://a.example.com/feed.json' },
      );
      assert.equal(loop.nextUrl, undefined);
    });

    it('reports a JSON Feed without an items array as a format error', () => {
      const error = feedError(() => parseFeed({ version: 'https://jsonfeed.org/version/1.1', items: 'none' }));
      assert.equal(error.kind, 'format');
    });
  });

  describe('WordPress REST API v2', () => {
    const feed = parseFeed(fixture('wordpress.json'), {
      baseUrl: 'https://blog.example.com/wp-json/wp/v2/posts?_embed&per_page=3',
    });
    const [first, second, third] = feed.posts;

    it('detects the posts array and reads rendered HTML as plain text with entities decoded', () => {
      assert.equal(feed.posts.length, 3);
      assert.equal(first!.id, '1187');
      assert.equal(first!.title, 'Section 301 Duty Exclusions Set to Expire on 12/31/23 – What Importers’ Should Do');
      assert.equal(
        first!.summary,
        'Unless Congress acts quickly, the duty exclusions currently in place for certain products imported from China are set to expire on Dec. 31st. Importers & brokers “should plan now”…',
      );
      // WordPress's `[&hellip;]` marks the cut; the summary ends with the post's own words.
      assert.equal(
        second!.summary,
        'The owner of a U.S. based import business faces a maximum penalty of five years in prison.',
      );
    });

    it('takes author, featured image and terms from _embedded', () => {
      assert.deepEqual(first!.authors, [
        {
          name: 'Stephen Fodor',
          url: 'https://blog.example.com/author/sfodor/',
          avatar: 'https://secure.gravatar.com/avatar/abc?s=96&d=mm&r=g',
        },
      ]);
      assert.equal(first!.image, 'https://blog.example.com/wp-content/uploads/2023/12/containers.jpg');
      assert.deepEqual(first!.tags, ['Tariffs & Duties', 'China', 'Section 301']);
    });

    it('reads the UTC (_gmt) dates, and keeps the body as untrusted HTML', () => {
      assert.equal(first!.datePublished, '2023-12-01T14:30:00Z');
      assert.equal(first!.dateModified, '2023-12-02T13:00:00Z');
      assert.match(first!.contentHtml!, /<p>Unless Congress acts quickly/);
    });

    it('ignores embeds the reader may not see and protected posts without content', () => {
      assert.deepEqual(second!.authors, []);
      assert.equal(second!.image, undefined);
      assert.equal(third!.contentHtml, undefined);
      assert.equal(third!.summary, undefined);
    });

    it('has no next page without the X-WP-TotalPages header (only loadFeed sees headers)', () => {
      assert.equal(feed.nextUrl, undefined);
    });

    it('reads one post object as a one-post feed', () => {
      const one = parseFeed((json('wordpress.json') as unknown[])[0]);
      assert.equal(one.posts.length, 1);
      assert.equal(one.posts[0]!.id, '1187');
    });
  });

  describe('Ghost Content API', () => {
    const feed = parseFeed(fixture('ghost.json'), {
      baseUrl: 'https://ghost.example.com/ghost/api/content/posts/?key=abc&include=authors,tags&limit=2',
    });

    it('reads posts with authors, public tags only, image, dates and excerpt', () => {
      assert.equal(feed.posts.length, 2);
      assert.deepEqual(feed.posts[0], {
        id: '5ddc9141c35e7700383b2937',
        title: 'Maritime Regulator Hit by Cyberattack',
        url: 'https://ghost.example.com/maritime-regulator-hit-by-cyberattack/',
        summary: 'The International Maritime Organization is the second shipping entity attacked by hackers in a week.',
        contentHtml: (json('ghost.json') as { posts: { html: string }[] }).posts[0]!.html,
        image: 'https://ghost.example.com/content/images/2020/10/imo.jpg',
        datePublished: '2020-10-02T14:11:23.000+00:00',
        dateModified: '2020-10-03T09:00:00.000+00:00',
        authors: [
          {
            name: 'Stephen Fodor',
            url: 'https://ghost.example.com/author/stephen/',
            avatar: 'https://ghost.example.com/content/images/stephen.jpg',
          },
        ],
        tags: ['Cybersecurity'],
      });
    });

    it('falls back to primary_author and the generated excerpt; members-only posts have no body', () => {
      const second = feed.posts[1]!;
      assert.deepEqual(second.authors, [{ name: 'Ana García', url: 'https://ghost.example.com/author/ana/' }]);
      assert.equal(
        second.summary,
        'Drawback lets importers recover up to 99% of duties paid on goods that are later exported.',
      );
      assert.equal(second.contentHtml, undefined);
      assert.equal(second.image, undefined);
    });

    it('builds the next page from meta.pagination.next, keeping the other query parameters', () => {
      const next = new URL(feed.nextUrl!);
      assert.equal(next.searchParams.get('page'), '2');
      assert.equal(next.searchParams.get('key'), 'abc');
      assert.equal(next.searchParams.get('include'), 'authors,tags');
      assert.equal(next.searchParams.get('limit'), '2');
    });

    it('has no next page on the last page or without a feed URL', () => {
      const last = json('ghost.json') as { meta: { pagination: { next: number | null } } };
      last.meta.pagination.next = null;
      assert.equal(parseFeed(last, { baseUrl: 'https://ghost.example.com/api/' }).nextUrl, undefined);
      assert.equal(parseFeed(fixture('ghost.json')).nextUrl, undefined);
    });

    it('reads one post object, as a single-post endpoint returns it', () => {
      const post = (json('ghost.json') as { posts: unknown[] }).posts[1];
      assert.equal(parseFeed(post).posts[0]!.title, 'Members-only: Duty Drawback in Practice');
    });

    it('detects { posts: [one] } as Ghost even without meta', () => {
      const single = { posts: [(json('ghost.json') as { posts: unknown[] }).posts[0]] };
      assert.deepEqual(
        parseFeed(single).posts.map((post) => post.tags),
        [['Cybersecurity']],
      );
    });
  });

  describe('the simple format', () => {
    const feed = parseFeed(fixture('simple.json'), { baseUrl: 'https://broker.example.com/data/posts.json' });

    it('reads { posts }, with author objects or strings, tags as a list or a comma string, counts only as numbers', () => {
      assert.equal(feed.title, 'Broker news');
      assert.deepEqual(feed.posts[0], {
        id: 'cyberattack',
        title: 'Maritime Regulator Hit by Cyberattack',
        url: 'https://broker.example.com/post/cyberattack',
        summary:
          'International Maritime Organization is the second shipping entity attacked by hackers in the past week.',
        contentHtml:
          '<p>The International Maritime Organization said its London headquarters has been hit by a cyberattack.</p>',
        image: 'https://broker.example.com/data/images/imo.jpg',
        datePublished: '2020-10-02T14:11:23Z',
        authors: [
          {
            name: 'Stephen Fodor',
            url: 'https://broker.example.com/about',
            avatar: 'https://broker.example.com/data/images/stephen.jpg',
          },
        ],
        tags: ['Cybersecurity', 'Shipping'],
        views: 18,
        comments: 0,
      });
      assert.deepEqual(feed.posts[1]!.authors, [{ name: 'Trade Logic Team' }]);
      assert.deepEqual(feed.posts[1]!.tags, ['Enforcement', 'Penalties']);
      // A count written as a string is the wrong type and left out.
      assert.equal(feed.posts[1]!.views, undefined);
      assert.equal(feed.posts[1]!.datePublished, '2023-11-14T00:00:00Z');
    });

    it('reads a bare array, and an empty array as an empty feed', () => {
      assert.deepEqual(parseFeed([{ id: 'a', title: 'A' }]).posts, [{ id: 'a', title: 'A', authors: [], tags: [] }]);
      assert.deepEqual(parseFeed([]), { posts: [], skipped: 0 });
      assert.deepEqual(parseFeed('[]'), { posts: [], skipped: 0 });
    });

    it('reads one post object as a one-post feed', () => {
      assert.deepEqual(parseFeed({ id: 7, title: 'Only one' }), {
        posts: [{ id: '7', title: 'Only one', authors: [], tags: [] }],
        skipped: 0,
      });
    });
  });

  describe('hostile items', () => {
    const feed = parseFeed(fixture('hostile.json'), { baseUrl: 'https://hostile.example.com/feed.json' });
    const byId = new Map(feed.posts.map((post) => [post.id, post]));

    it('skips and counts items with nothing to show, of the wrong type, or repeating an id; hashes missing ids', () => {
      const ids = [...byId.keys()];
      assert.deepEqual(
        ids.map((id) => id.replace(/^urn:hash:\w+$/, 'hash')),
        ['ok', 'counts', 'hash', 'hash', '__proto__', 'weird-urls', 'tab-url'],
      );
      assert.deepEqual([byId.get(ids[2]!)!.title, byId.get(ids[3]!)!.title], ['Empty id', 'Null id']);
      assert.equal(feed.skipped, 10);
    });

    it('drops every URL that is not http(s)', () => {
      const ok = byId.get('ok')!;
      assert.equal(ok.url, undefined);
      assert.equal(ok.image, undefined);
      assert.deepEqual(ok.authors, [{ name: 'Mallory' }, { name: 'not an object' }]);
      assert.equal(feed.nextUrl, undefined);
      assert.equal(byId.get('weird-urls')!.url, undefined);
      assert.equal(byId.get('weird-urls')!.image, 'https://cdn.example.com/a.jpg');
      assert.equal(byId.get('tab-url')!.url, undefined);
      assert.equal(byId.get('tab-url')!.image, 'https://ok.example.com/ok.png');
    });

    it('drops dates that do not parse, including 30 February', () => {
      const ok = byId.get('ok')!;
      assert.equal(ok.datePublished, undefined);
      assert.equal(ok.dateModified, undefined);
    });

    it('keeps only finite, non-negative counts, as whole numbers', () => {
      assert.equal(byId.get('ok')!.views, undefined);
      assert.equal(byId.get('ok')!.comments, undefined);
      assert.equal(byId.get('counts')!.views, undefined);
      assert.equal(byId.get('counts')!.comments, 2);
    });

    it('keeps only non-empty string tags, once each', () => {
      assert.deepEqual(byId.get('ok')!.tags, ['ok']);
    });

    it('keeps a text title as text: tags in it are never markup, only shown', () => {
      assert.equal(byId.get('ok')!.title, '<script>alert(1)</script>A survivor');
    });

    it('does not pollute Object.prototype', () => {
      assert.equal(({} as { polluted?: boolean }).polluted, undefined);
    });
  });

  describe('bodies that are no feed', () => {
    it('an HTML login page is a parse error', () => {
      const error = feedError(() => parseFeed(fixture('login.html')));
      assert.equal(error.kind, 'parse');
      assert.match(error.message, /web page/);
    });

    it('text that is neither JSON nor XML, and an empty body, are parse errors', () => {
      assert.equal(feedError(() => parseFeed('Service Unavailable')).kind, 'parse');
      assert.equal(feedError(() => parseFeed('')).kind, 'parse');
      assert.equal(feedError(() => parseFeed('{"items": [')).kind, 'parse');
    });

    it('JSON that is none of the formats is a format error', () => {
      for (const body of [fixture('not-a-feed.json'), 'null', '42', '"text"', '[1, 2, 3]', '{"posts": "none"}']) {
        assert.equal(feedError(() => parseFeed(body)).kind, 'format', body);
      }
      assert.equal(feedError(() => parseFeed(undefined)).kind, 'format');
    });

    it('XML that is neither RSS nor Atom is a format error naming its root; RSS and Atom are read', () => {
      const error = feedError(() => parseFeed(fixture('sitemap.xml')));
      assert.equal(error.kind, 'format');
      assert.match(error.message, /<urlset> is not an RSS or Atom feed/);
      assert.equal(parseFeed(fixture('rss.xml')).posts.length, 3);
      assert.ok(parseFeed(fixture('atom.xml')).posts.length > 0);
    });

    it('a forced format that does not fit is a format error', () => {
      assert.equal(feedError(() => parseFeed(fixture('simple.json'), { format: 'wordpress' })).kind, 'format');
      assert.equal(feedError(() => parseFeed(fixture('json-feed.json'), { format: 'ghost' })).kind, 'format');
      assert.equal(feedError(() => parseFeed(fixture('json-feed.json'), { format: 'rss' })).kind, 'format');
      assert.equal(feedError(() => parseFeed(fixture('rss.xml'), { format: 'json-feed' })).kind, 'format');
      assert.equal(feedError(() => parseFeed('{}', { format: 'constructor' as never })).kind, 'format');
    });

    it('a forced format reads what auto-detection would not', () => {
      const items = [{ id: 'x', title: 'Forced', content_html: '<p>b</p>' }];
      assert.equal(parseFeed({ items }, { format: 'json-feed' }).posts[0]!.contentHtml, '<p>b</p>');
      assert.equal(feedError(() => parseFeed({ items })).kind, 'format');
    });
  });

  describe('normalizePost', () => {
    const wordpress = (json('wordpress.json') as unknown[])[0];
    const ghost = (json('ghost.json') as { posts: unknown[] }).posts[0];
    const item = (json('json-feed.json') as { items: unknown[] }).items[0];

    it('reads one raw item of every JSON format', () => {
      assert.equal(
        normalizePost(wordpress)!.title,
        'Section 301 Duty Exclusions Set to Expire on 12/31/23 – What Importers’ Should Do',
      );
      assert.deepEqual(normalizePost(ghost)!.tags, ['Cybersecurity']);
      assert.equal(normalizePost(item)!.views, 18);
      assert.equal(normalizePost({ id: 1, title: 'Simple', author: 'Ann' })!.authors[0]!.name, 'Ann');
    });

    it('passes a normalized post through unchanged, and validates it again', () => {
      const post = parseFeed(fixture('json-feed.json')).posts[0]!;
      assert.deepEqual(normalizePost(post), post);
      const tampered = {
        ...post,
        url: 'javascript:alert(1)',
        views: -1,
        authors: [{ name: 'A', avatar: 'data:x' }],
      } as Post;
      const checked = normalizePost(tampered)!;
      assert.equal(checked.url, undefined);
      assert.equal(checked.views, undefined);
      assert.deepEqual(checked.authors, [{ name: 'A' }]);
    });

    it('resolves relative URLs against baseUrl and honours a forced format', () => {
      assert.equal(
        normalizePost({ id: 'r', title: 'R', url: '../post/r' }, { baseUrl: 'https://x.example.com/a/b/feed.json' })!
          .url,
        'https://x.example.com/a/post/r',
      );
      assert.equal(
        normalizePost({ id: 'g', title: 'G', html: '<p>x</p>' }, { format: 'ghost' })!.contentHtml,
        '<p>x</p>',
      );
    });

    it('reads a feed string and takes its first post', () => {
      assert.equal(normalizePost(fixture('simple.json'))!.id, 'cyberattack');
    });

    it('is undefined for anything that is not a valid post, and never throws', () => {
      for (const raw of [
        undefined,
        null,
        42,
        'not a feed',
        [],
        {},
        { id: 'x' },
        { id: 'x', title: 42 },
        fixture('broken.xml'),
      ]) {
        assert.equal(normalizePost(raw), undefined, JSON.stringify(raw)?.slice(0, 40));
      }
      assert.equal(normalizePost({ id: 'x', title: 'y' }, { format: 'nope' as never }), undefined);
    });
  });

  describe('FeedError', () => {
    it('is an Error with kind, status and message, recognised across library copies', () => {
      const error = new FeedError('http', 'HTTP 503', { status: 503 });
      assert.ok(error instanceof Error);
      assert.equal(error.name, 'FeedError');
      assert.equal(error.kind, 'http');
      assert.equal(error.status, 503);
      assert.ok(isFeedError({ name: 'FeedError', kind: 'network', message: 'x' }));
      assert.ok(!isFeedError(new Error('x')));
      assert.ok(!isFeedError(null));
    });
  });
}
