// What WordPress 6.1 (REST API, RSS with Yoast SEO, Atom, its home page), Blogger and Medium really
// send: HTML-escaped author names, read-more markers, platform footers, C1 characters, the
// "Uncategorized" category, and the feeds a home page announces. Run in Chromium (test/feed) and in
// Node (test/node) alike.
import { expect } from 'chai';
import { discoverFeeds, isWebPage, wordpressPostsUrl, wordpressRestFor } from '../../../src/feed/discover.js';
import type { ParsedFeed, Post } from '../../../src/feed/index.js';
import type { ParserRunner } from './runner.js';

/** The files the suite reads, for the runner to load before it starts. */
export const PLATFORM_FIXTURES = [
  'real/wordpress-6.1-rest.json',
  'real/wordpress-yoast.rss.xml',
  'real/wordpress.atom.xml',
  'real/blogger-read-more.atom.xml',
  'real/medium.rss.xml',
  'real/wordpress-home.html',
];

/** What no summary may hold: a read-more marker, a platform footer, a reference or a C1 control. */
const NOT_THE_ARTICLE =
  /\[(…|\.\.\.)\]|&[#a-z\d]+;|continue reading|read more|appeared first on|originally published|[\u0080-\u009f]/i;

function articleWordsOnly(feed: ParsedFeed): void {
  for (const post of feed.posts) {
    for (const value of [post.title, post.summary, ...post.authors.map((a) => a.name), ...post.tags]) {
      expect(value, value).not.to.match(NOT_THE_ARTICLE);
    }
    expect(post.tags.map((tag) => tag.toLowerCase())).not.to.include('uncategorized');
    // A footer the platform added is not the post's: it leaves the body too.
    expect(post.contentHtml ?? '').not.to.match(/appeared first on|originally published|addtoany/);
  }
}

const byTitle = (feed: ParsedFeed, start: string): Post => feed.posts.find((post) => post.title.startsWith(start))!;

export function platformSuite({ describe, it, env, parseFeed, bytes }: ParserRunner): void {
  const feed = (name: string, baseUrl = 'https://broker.example.com/feed/') => {
    const result = parseFeed(bytes(name), { baseUrl });
    articleWordsOnly(result);
    return result;
  };
  const page = () => new TextDecoder().decode(bytes('real/wordpress-home.html'));

  describe(`platforms (${env}): WordPress 6.1`, () => {
    it('REST API with _embed: author names decoded, summaries without "Continue reading" or [&hellip;], no Uncategorized', () => {
      const result = feed('real/wordpress-6.1-rest.json', 'https://broker.example.com/wp-json/wp/v2/posts?_embed');
      const [exclusions, isf, deMinimis] = result.posts;
      expect(exclusions!.authors).to.deep.equal([
        {
          name: 'Harbor & Gate Editorial',
          url: 'https://broker.example.com/author/harbor-gate/',
          avatar: 'https://secure.gravatar.com/avatar/00000000000000000000000000000002?s=96&d=mm&r=g',
        },
      ]);
      expect(isf!.authors[0]!.name).to.equal('Dana O’Neil');
      expect(exclusions!.image).to.equal('https://broker.example.com/wp-content/uploads/2024/03/container-port.jpg');
      // Twenty Seventeen's "… Continue reading “Title”" goes before the cut: the article's words remain.
      expect(exclusions!.summary).to.match(/^The Office of the U\.S\. Trade Representative/);
      expect(exclusions!.summary).to.contain('Importers that rely on them don’t need to file anything new');
      // `[&hellip;]` and a raw U+0092 (windows-1252's ’) in the excerpt.
      expect(isf!.summary).to.match(
        /Send your supplier’s commercial invoice .* as soon as the booking is confirmed\.$/,
      );
      expect(deMinimis!.summary).to.equal('Congress is weighing changes to the $800 de minimis threshold.');
      expect(isf!.tags).to.deep.equal(['ISF']);
      expect(deMinimis!.tags).to.deep.equal(['Tariffs & Duties']);
      // The body keeps its own text, `&#146;` included (a browser reads it as ’).
      expect(exclusions!.contentHtml).to.contain('don&#146;t need to file');
    });

    it('RSS with Yoast SEO: no footer in summaries or bodies, no share buttons, no [&#8230;], no Uncategorized', () => {
      const result = feed('real/wordpress-yoast.rss.xml');
      expect(result.title).to.equal('Harbor & Gate Customs Brokers');
      expect(result.posts.map((post) => post.authors.map((a) => a.name))).to.deep.equal([
        ['Harbor & Gate Editorial'],
        ['Dana O’Neil'],
        ['Harbor & Gate Editorial'],
      ]);
      // `&#146;` at the XML level is U+0092: read as windows-1252, it is ’.
      const bond = byTitle(result, 'Why Importers Don’t Need a New Bond This Year');
      expect(bond.tags).to.deep.equal(['Bonds']);
      expect(bond.summary).to.match(/^A continuous bond must cover 10 percent/);
      const deMinimis = byTitle(result, 'De Minimis');
      expect(deMinimis.summary).to.equal('Congress is weighing changes to the $800 de minimis threshold.');
      expect(deMinimis.tags).to.deep.equal([]);
      expect(deMinimis.contentHtml!.trim()).to.equal(
        '<p>Congress is weighing changes to the $800 de minimis threshold.</p>',
      );
      const exclusions = byTitle(result, 'Section 301');
      expect(exclusions.contentHtml).to.match(/during a post-summary review\.<\/p>$/);
      expect(exclusions.image).to.equal(
        'https://broker.example.com/wp-content/uploads/2024/03/container-port-1024x576.jpg',
      );
    });

    it('Atom: the same posts, the same clean summaries, names and tags', () => {
      const atom = feed('real/wordpress.atom.xml');
      const rss = feed('real/wordpress-yoast.rss.xml');
      const view = (result: ParsedFeed) =>
        result.posts.map(({ title, summary, authors, tags, url }) => ({ title, summary, authors, tags, url }));
      expect(view(atom)).to.deep.equal(view(rss));
    });

    it('the home page announces its REST API first, then its RSS feed; the comments feed is no feed of posts', () => {
      const html = page();
      expect(isWebPage(html)).to.equal(true);
      expect(discoverFeeds(html, 'https://broker.example.com/')).to.deep.equal({
        feeds: [
          { url: 'https://broker.example.com/wp-json/wp/v2/posts?_embed', format: 'wordpress' },
          {
            url: 'https://broker.example.com/feed/',
            format: 'rss',
            title: 'Harbor & Gate Customs Brokers » Feed',
          },
        ],
        siteName: 'Harbor & Gate Customs Brokers',
      });
    });
  });

  describe(`platforms (${env}): Blogger and Medium`, () => {
    it('Blogger Atom cut at the jump break: the summary ends with the post\'s words, the body keeps its "Read more »"', () => {
      const [reefer, ace] = feed('real/blogger-read-more.atom.xml').posts;
      expect(reefer!.summary).to.equal(
        "Reefer containers sat at Savannah for nine days in January. The FMC's new rule on demurrage invoices gives you 30 days to dispute them, and the carrier has to answer.",
      );
      expect(reefer!.contentHtml).to.contain('#more">Read more &raquo;</a>');
      expect(reefer!.image).to.equal('https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh9x/s72-c/reefer.jpg');
      expect(ace!.summary).to.equal(
        'A short one: the ACE portal is down for maintenance on Saturday night, 10 PM to 4 AM Eastern.',
      );
    });

    it('Medium RSS: "… was originally published in … on Medium" leaves the body and the summary', () => {
      const [rates, deMinimis] = feed('real/medium.rss.xml').posts;
      expect(rates!.authors).to.deep.equal([{ name: 'Lena Park' }]);
      expect(rates!.tags).to.deep.equal(['shipping', 'logistics', 'customs']);
      expect(rates!.image).to.equal('https://cdn-images-1.medium.com/max/1024/1*Qz8xP3kLm0aB7cD9eF1gHw.jpeg');
      expect(rates!.contentHtml).to.match(/not after the box lands\.<\/p>/);
      expect(rates!.contentHtml).not.to.contain('<hr>');
      expect(deMinimis!.summary).to.equal(
        'Section 321 entries made up 92 percent of all U.S. import shipments last year. Here is what a narrower de minimis rule would change for e-commerce sellers.',
      );
    });
  });

  describe(`platforms (${env}): markers, footers and characters in any format`, () => {
    const summaryOf = (summary: string) =>
      parseFeed({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'T', summary }] }).posts[0]!
        .summary;
    const excerptOf = (html: string) => parseFeed([{ id: 1, title: 'T', content: html }]).posts[0]!.summary;

    it('removes every form of read-more marker from a summary, with the ellipsis before it', () => {
      const words = 'Duties on steel rise in June';
      for (const marker of [
        ' [&hellip;]',
        ' [&#8230;]',
        ' […]',
        ' [...]',
        '&hellip; Continue reading →',
        '… Continue reading “Duties on steel”',
        '. Read more »',
        '… Continue reading on Medium »',
        '... Keep reading',
      ]) {
        const expected = marker.startsWith('. ') ? `${words}.` : words;
        expect(summaryOf(words + marker), marker).to.equal(expected);
        expect(excerptOf(`<p>${words}${marker}</p>`), marker).to.equal(expected);
      }
      // Twenty Twenty-One's link in a block of its own, after the excerpt's paragraph.
      expect(
        excerptOf(
          `<p>${words}&hellip;</p><div class="more-link-container"><a class="more-link" href="/p">Continue reading <span class="screen-reader-text">Duties</span></a></div>`,
        ),
      ).to.equal(words);
    });

    it('keeps the words "read more" inside a sentence, and a summary that is only a marker falls back to the body', () => {
      expect(summaryOf('Brokers read more rulings than ever this year.')).to.equal(
        'Brokers read more rulings than ever this year.',
      );
      const [post] = parseFeed({
        version: 'https://jsonfeed.org/version/1.1',
        items: [{ id: '1', title: 'T', summary: 'Continue reading →', content_html: '<p>The body’s words.</p>' }],
      }).posts;
      expect(post!.summary).to.equal('The body’s words.');
    });

    it('reads C1 controls and &#128;–&#159; as windows-1252 in titles, names, tags, summaries and bodies', () => {
      const [post] = parseFeed({
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          {
            id: '1',
            title: 'Importers don\u0092t wait \u0096 they file',
            summary: 'It&#146;s the &#147;rule&#148;',
            content_html: '<p>don\u0092t</p>',
            authors: [{ name: 'Ren\u0092s desk' }],
            tags: ['Tariffs \u0096 2024'],
          },
        ],
      }).posts;
      expect(post!.title).to.equal('Importers don’t wait – they file');
      expect(post!.summary).to.equal('It’s the “rule”');
      expect(post!.contentHtml).to.equal('<p>don’t</p>');
      expect(post!.authors[0]!.name).to.equal('Ren’s desk');
      expect(post!.tags).to.deep.equal(['Tariffs – 2024']);
    });

    it('decodes author names in JSON Feed, Ghost and simple posts, and drops "Uncategorized" in any format', () => {
      const names = (data: unknown) => parseFeed(data).posts[0]!.authors.map((a) => a.name);
      expect(
        names({
          version: 'https://jsonfeed.org/version/1.1',
          items: [{ id: 1, title: 'T', authors: [{ name: 'A &amp; B' }] }],
        }),
      ).to.deep.equal(['A & B']);
      expect(names({ posts: [{ uuid: 'u', title: 'T', authors: [{ name: 'C &amp; D' }] }], meta: {} })).to.deep.equal([
        'C & D',
      ]);
      expect(names([{ id: 1, title: 'T', author: 'E &amp; F' }])).to.deep.equal(['E & F']);
      expect(
        parseFeed([{ id: 1, title: 'T', tags: ['Uncategorized', 'Customs', 'uncategorized'] }]).posts[0]!.tags,
      ).to.deep.equal(['Customs']);
    });
  });

  describe(`platforms (${env}): what a web page announces`, () => {
    const head = (links: string, extra = '') =>
      `<!DOCTYPE html><html><head>${extra}${links}</head><body></body></html>`;

    it('prefers JSON Feed, then the WordPress REST API, then Atom, then RSS, resolving relative addresses', () => {
      const html = head(
        '<link rel="alternate" type="application/rss+xml" href="/rss.xml">' +
          '<link rel="alternate" type="application/atom+xml" href="atom.xml">' +
          '<link rel="https://api.w.org/" href="/wp-json/">' +
          '<link rel="alternate" type="application/feed+json" href="feed.json?a=1&amp;b=2">',
      );
      expect(discoverFeeds(html, 'https://blog.example.com/news/').feeds.map((f) => [f.format, f.url])).to.deep.equal([
        ['json-feed', 'https://blog.example.com/news/feed.json?a=1&b=2'],
        ['wordpress', 'https://blog.example.com/wp-json/wp/v2/posts?_embed'],
        ['atom', 'https://blog.example.com/news/atom.xml'],
        ['rss', 'https://blog.example.com/rss.xml'],
      ]);
    });

    it('resolves against <base href>; passes over links it cannot resolve, in scripts, comments or the body', () => {
      const html =
        '<!-- <link rel="alternate" type="application/rss+xml" href="/commented.xml"> -->' +
        '<html><head><base href="https://cdn.example.com/blog/">' +
        '<script>document.write(\'<link rel="alternate" type="application/atom+xml" href="/scripted.xml">\')</script>' +
        '<link rel="alternate" type="application/rss+xml" href="feed.xml">' +
        // WordPress links the page's own REST resource as application/json: that is no feed.
        '<link rel="alternate" type="application/json" href="https://cdn.example.com/wp-json/wp/v2/pages/5">' +
        '<link rel="stylesheet" type="application/atom+xml" href="not-a-feed.xml">' +
        '</head><body><link rel="alternate" type="application/feed+json" href="/in-body.json"></body></html>';
      expect(discoverFeeds(html).feeds).to.deep.equal([
        { url: 'https://cdn.example.com/blog/feed.xml', format: 'rss' },
      ]);
      expect(
        discoverFeeds(head('<link rel="alternate" type="application/rss+xml" href="feed.xml">')).feeds,
      ).to.deep.equal([]);
      expect(discoverFeeds(head('<title>No feeds &amp; more</title>')).feeds).to.deep.equal([]);
      // Blogger names a post page's comments feed like its posts feed: its address tells them apart.
      const blogger = head(
        '<link rel="alternate" type="application/atom+xml" title="Tradelane Notes - Atom" href="https://t.blogspot.com/feeds/8812/comments/default">' +
          '<link rel="alternate" type="application/atom+xml" title="Tradelane Notes - Atom" href="https://t.blogspot.com/feeds/posts/default">',
      );
      expect(discoverFeeds(blogger).feeds.map((feed) => feed.url)).to.deep.equal([
        'https://t.blogspot.com/feeds/posts/default',
      ]);
      expect(discoverFeeds(head('', '<title>No feeds &amp; more</title>')).siteName).to.equal('No feeds & more');
    });

    it('reads the WordPress REST API with or without pretty permalinks, and finds it from a WordPress feed address', () => {
      expect(wordpressPostsUrl('https://x.example/wp-json/')).to.equal('https://x.example/wp-json/wp/v2/posts?_embed');
      expect(wordpressPostsUrl('https://x.example/?rest_route=/')).to.equal(
        'https://x.example/?rest_route=%2Fwp%2Fv2%2Fposts&_embed',
      );
      expect(wordpressRestFor('https://x.example/feed/')).to.equal('https://x.example/wp-json/wp/v2/posts?_embed');
      expect(wordpressRestFor('https://x.example/blog/feed/atom/')).to.equal(
        'https://x.example/blog/wp-json/wp/v2/posts?_embed',
      );
      expect(wordpressRestFor('https://x.example/category/tariffs/feed')).to.equal(
        'https://x.example/wp-json/wp/v2/posts?_embed',
      );
      expect(wordpressRestFor('https://x.example/?feed=rss2')).to.equal(
        'https://x.example/?rest_route=%2Fwp%2Fv2%2Fposts&_embed',
      );
      expect(wordpressRestFor('https://x.example/rss.xml')).to.equal(undefined);
      expect(isWebPage('<?xml version="1.0"?><rss version="2.0"></rss>')).to.equal(false);
      expect(isWebPage('\n<!-- cached -->\n<!doctype html><p>hi')).to.equal(true);
    });
  });
}
