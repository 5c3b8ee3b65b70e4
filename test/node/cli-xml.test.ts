// The Node XML reader (the command line's, and trade-widgets/feed's in Node), shaped like the DOM,
// so RSS and Atom read the same in Node as through DOMParser in a browser, hostile XML included.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import '../../src/feed/node.js';
import { readXmlWithNode } from '../../src/feed/node-xml.js';
import { isFeedError } from '../../src/feed/errors.js';
import { parseSource } from '../../src/feed/parse.js';
import { xhtmlToHtml } from '../../src/feed/xml.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const parse = (xml: string, baseUrl?: string) => parseSource(xml, { baseUrl });

function parseError(xml: string): string {
  try {
    readXmlWithNode(xml);
  } catch (error) {
    assert.ok(isFeedError(error));
    assert.equal(error.kind, 'parse');
    return error.message;
  }
  assert.fail('expected a parse error');
}

describe('readXmlWithNode', () => {
  it('gives elements their local name and namespace, whatever the prefix', () => {
    const root = readXmlWithNode(
      '<rss xmlns:c="http://purl.org/rss/1.0/modules/content/" xmlns:x="http://purl.org/dc/elements/1.1/"><channel><item><c:encoded>Body</c:encoded><x:creator>Ann</x:creator></item></channel></rss>',
    );
    const item = root.children[0]!.children[0]!;
    assert.deepEqual(
      Array.from(item.children).map((el) => [el.localName, el.namespaceURI]),
      [
        ['encoded', 'http://purl.org/rss/1.0/modules/content/'],
        ['creator', 'http://purl.org/dc/elements/1.1/'],
      ],
    );
    assert.equal(root.namespaceURI, null);
  });

  it('decodes XML references once, keeps CDATA literal, and HTML references for the HTML reader', () => {
    const root = readXmlWithNode(
      '<a t="x &amp;amp; &quot;y&quot;">&amp;lt;b&amp;gt; &#8217;&#x2019; &nbsp;<![CDATA[<p>&amp;</p>]]></a>',
    );
    assert.equal(root.getAttribute('t'), 'x &amp; "y"');
    assert.equal(root.getAttribute('missing'), null);
    assert.equal(root.textContent, '&lt;b&gt; ’’ &nbsp;<p>&amp;</p>');
  });

  it('writes XHTML content as HTML: escaped text, no prefixes, void elements without end tags', () => {
    const root = readXmlWithNode(
      '<content type="xhtml" xmlns:h="http://www.w3.org/1999/xhtml"><div xmlns="http://www.w3.org/1999/xhtml" xml:lang="de"><h:p class="a&amp;b">1 &lt; 2 <b>bold</b><br/>x<img src="a.png"/></h:p></div></content>',
    );
    assert.equal(xhtmlToHtml(root.children[0]!), '<p class="a&amp;b">1 &lt; 2 <b>bold</b><br>x<img src="a.png"></p>');
    assert.equal(root.children[0]!.attributes[1]!.namespaceURI, 'http://www.w3.org/XML/1998/namespace');
  });

  it('reads deep nesting without recursion, and refuses nesting deeper than any feed', () => {
    const deep = (n: number) => `${'<a>'.repeat(n)}x${'</a>'.repeat(n)}`;
    assert.equal(readXmlWithNode(deep(900)).textContent, 'x');
    assert.match(parseError(deep(5000)), /nested deeper than 1000/);
  });

  it('does not expand DOCTYPE entities, so an entity bomb stays small and fast', () => {
    const started = Date.now();
    const lol = Array.from({ length: 10 }, () => '&lol;').join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY lol "lol"><!ENTITY lol2 "${lol}">]><rss version="2.0"><channel><item><guid>b</guid><title>&lol2;&lol2;</title></item></channel></rss>`;
    const feed = parse(xml);
    assert.ok(Date.now() - started < 1000);
    assert.equal(feed.posts[0]!.title, '&lol2;&lol2;');
  });

  it('reports XML that is not well-formed with its line, and deep nesting, as kind parse', () => {
    assert.match(parseError('<rss><channel>\n<item></channel></rss>'), /not well-formed XML \(line 2/);
    assert.match(parseError('just text'), /not well-formed/);
    assert.match(parseError('<a><b></a>'), /expected <\/b>, found <\/a>/);
    assert.match(parseError('<a x=1></a>'), /not quoted/);
    assert.match(parseError('<a>1 < 2</a>'), /starts no tag/);
  });
});

describe('RSS and Atom in Node read as in the browser', () => {
  it('RSS 2.0 with its modules', () => {
    const feed = parse(fixture('rss.xml'));
    assert.equal(feed.title, 'Trade Logic – Customs & Trade News');
    assert.equal(feed.homePageUrl, 'https://blog.example.com');
    assert.equal(feed.nextUrl, 'https://blog.example.com/feed/?paged=2');
    const [first, second, third] = feed.posts;
    assert.equal(first!.title, 'Section 301 Duty Exclusions – What Importers’ Should Do');
    assert.equal(first!.image, 'https://blog.example.com/wp-content/uploads/2023/12/containers.jpg');
    assert.deepEqual(first!.tags, ['Tariffs & Duties', 'China']);
    assert.equal(first!.comments, 4);
    assert.equal(second!.url, 'https://blog.example.com/2023/11/14/importer-pleads-guilty/');
    assert.equal(second!.image, 'https://blog.example.com/wp-content/uploads/2023/11/gavel.png');
    assert.deepEqual(second!.authors, [{ name: 'Trade Logic Team' }]);
    assert.equal(third!.datePublished, '2023-06-20T16:00:00.000Z');
  });

  it('Atom with xhtml content, inherited authors and a relative next link', () => {
    const feed = parse(fixture('atom.xml'), 'https://atom.example.org/feed.atom');
    assert.equal(feed.nextUrl, 'https://atom.example.org/feed.atom?page=2');
    assert.equal(feed.skipped, 0);
    assert.match(feed.posts[2]!.id, /^urn:hash:/);
    assert.equal(feed.posts[0]!.title, 'Tariffs & Duties: What Changes in 2024');
    assert.equal(
      feed.posts[0]!.contentHtml,
      '<p>Several <strong>Section 301</strong> exclusions expire on December 31.</p>',
    );
    assert.deepEqual(feed.posts[0]!.authors, [{ name: 'Stephen Fodor', url: 'https://atom.example.org/about' }]);
    assert.equal(feed.posts[1]!.title, 'Cargo <Security> Update');
  });

  it('hostile RSS: no unsafe URL survives, markup is stripped from titles, untitled items are titled', () => {
    const feed = parse(fixture('hostile.rss.xml'));
    assert.equal(feed.title, 'Hostile RSS');
    assert.equal(feed.posts[0]!.title, 'Title with markup');
    assert.equal(feed.posts[0]!.summary, 'Summary & text');
    assert.equal(feed.posts[0]!.url, undefined);
    assert.equal(feed.posts[0]!.image, undefined);
    assert.equal(feed.posts[0]!.datePublished, undefined);
    assert.equal(feed.posts[1]!.title, 'An item without a title takes its first sentence');
    assert.match(feed.posts[2]!.id, /^urn:hash:\w+$/);
    assert.equal(feed.posts.length, 3);
    assert.equal(feed.skipped, 1);
  });
});
