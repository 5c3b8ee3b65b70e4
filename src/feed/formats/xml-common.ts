import { htmlText, scanHtml } from '../html.js';
import { MAX_TEXT, decodeTwice, text, textToHtml } from '../text.js';
import { httpUrl } from '../urls.js';
import { xhtmlToHtml, type XmlElement } from '../xml.js';

// Namespaces without their trailing slash: feeds in the wild write both.
export const ATOM = 'http://www.w3.org/2005/Atom';
export const ATOM03 = 'http://purl.org/atom/ns#';
export const CONTENT = 'http://purl.org/rss/1.0/modules/content';
export const DC = 'http://purl.org/dc/elements/1.1';
export const DCTERMS = 'http://purl.org/dc/terms';
export const SLASH = 'http://purl.org/rss/1.0/modules/slash';
export const MEDIA = 'http://search.yahoo.com/mrss';
export const ITUNES = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
/** Our counts for RSS and Atom, as JSON Feed's `_trade`: `<trade:views>`, `<trade:comments>`. */
export const TRADE = 'urn:trade-widgets';

export const nsOf = (el: XmlElement) => (el.namespaceURI ?? '').replace(/\/$/, '');

/** The children called `name` in one of the namespaces `ns` ('' for none). */
export function all(parent: XmlElement | undefined, name: string, ns: string | ReadonlySet<string>): XmlElement[] {
  const found: XmlElement[] = [];
  const children = parent?.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const el = children[i]!;
    if (el.localName === name && (typeof ns === 'string' ? nsOf(el) === ns : ns.has(nsOf(el)))) found.push(el);
  }
  return found;
}

export const first = (parent: XmlElement | undefined, name: string, ns: string | ReadonlySet<string>) =>
  all(parent, name, ns)[0];

export const attr = (el: XmlElement | undefined, name: string) => el?.getAttribute(name) ?? undefined;

/** `base` resolved against `outer` when it is relative (an `xml:base` inside another), or undefined. */
function resolveBase(base: string | null | undefined, outer: string | undefined): string | undefined {
  if (!base?.trim()) return outer;
  try {
    return new URL(base.trim(), outer).href;
  } catch {
    return outer;
  }
}

/** An element's own `xml:base` resolved against the base around it. */
export const baseOf = (el: XmlElement | undefined, outer: string | undefined) =>
  resolveBase(attr(el, 'xml:base'), outer);

/** A title or name from markup: tags stripped, references decoded (twice-escaped ones too). */
export const titleText = (html: string | undefined): string | undefined =>
  html === undefined
    ? undefined
    : text(decodeTwice(htmlText(html.slice(0, MAX_TEXT * 4), MAX_TEXT).slice(0, MAX_TEXT)));

/**
 * An Atom text construct (RFC 4287 §3.1; Atom 0.3's `mode` and MIME `type` too) as HTML. RSS fields
 * are HTML in practice, so `rss` reads every field as HTML.
 */
export function textConstruct(el: XmlElement | undefined, rss = false): string | undefined {
  if (!el) return undefined;
  if (rss) return el.textContent ?? '';
  const type = (attr(el, 'type') ?? 'text').toLowerCase();
  const mode = attr(el, 'mode');
  if (mode === 'base64') return undefined;
  if (type === 'xhtml' || mode === 'xml' || (type === 'application/xhtml+xml' && mode !== 'escaped')) {
    // The content is one XHTML `div` (RFC 4287 §3.1.1.3); Atom 0.3 may hold markup directly.
    const div = el.children.length === 1 && el.children[0]!.localName === 'div' ? el.children[0]! : el;
    return xhtmlToHtml(div);
  }
  const content = el.textContent ?? '';
  return type === 'html' || type.endsWith('/html') || mode === 'escaped' ? content : textToHtml(content);
}

/** Hosts whose images are counters, ads or share buttons, never a post's picture. */
const PIXEL_HOSTS =
  /(^|\.)(feeds\.feedburner\.com|feedproxy\.google\.com|feeds\.wordpress\.com|pixel\.wp\.com|stats\.wordpress\.com|google-analytics\.com|doubleclick\.net|scorecardresearch\.com|quantserve\.com|statcounter\.com|feedblitz\.com|addtoany\.com|addthis\.com|sharethis\.com|gravatar\.com|api\.tumblr\.com|pixel\.facebook\.com|buysellads\.com|feedsportal\.com|mf\.feeds\.reuters\.com)$/i;
/** Paths of FeedBurner's tracking image (`~r/`), FeedFlare buttons (`~ff/`), emoji and spacer images. */
const PIXEL_PATHS =
  /\/~(r|ff|a|f|i)\/|\/(pixel|tracking|tracker|blank|spacer|1x1|transparent|beacon)\.(gif|png)|\/images\/(core\/emoji|smilies)\/|\/(share|sharing|social)[-_]?(buttons?|icons?)\//i;
/** Links around an image that make it a share button. */
const SHARE_LINK =
  /\/\/([^/]*\.)?(facebook\.com\/sharer|twitter\.com\/(intent|share)|x\.com\/intent|linkedin\.com\/share|pinterest\.com\/pin\/create|reddit\.com\/submit|tumblr\.com\/share|addtoany\.com|addthis\.com|sharethis\.com|feeds\.feedburner\.com)|^mailto:/i;
const NOT_IMAGE = /\.(mp3|m4a|aac|ogg|oga|opus|wav|flac|mp4|m4v|mov|webm|avi|pdf|zip|torrent)([?#]|$)/i;

/** A URL that is worth showing as a post's picture: http(s) and no known pixel or button. */
export function pictureUrl(value: string | undefined, base: string | undefined): string | undefined {
  const url = httpUrl(value, base);
  if (!url) return undefined;
  const { hostname, pathname } = new URL(url);
  return PIXEL_HOSTS.test(hostname) || PIXEL_PATHS.test(pathname) ? undefined : url;
}

/** Where a block of a body starts: its last one may be a footer the platform added. */
const BLOCK_START = /<(?:p|div|hr|ul|section|footer|aside|nav|table|blockquote|figure)[\s/>]/gi;

/**
 * The text of a footer a platform adds to every post of its feeds: Yoast SEO's "The post … appeared
 * first on …" (also in Spanish and French), Medium's "… was originally published in … on Medium, …".
 */
const FOOTER =
  /^(?:the post .+ appeared first on .+|la entrada .+ se publicó primero en .+|l[’']article .+ est apparu en premier sur .+|.+ was originally published (?:in .+ )?on medium\b.*)$/is;

/** Whether a block is a platform's footer: its words, or links that only share the post. */
function isFooter(block: string): boolean {
  const read = htmlText(block, 500);
  if (read.length >= 500) return false;
  const words = text(decodeTwice(read)) ?? '';
  if (FOOTER.test(words)) return true;
  let links = 0;
  let shares = 0;
  scanHtml(
    block,
    () => true,
    (tag) => {
      if (tag.name !== 'a' || tag.end) return;
      links++;
      const href = decodeTwice(tag.attributes.get('href') ?? '');
      // A plain e-mail address is the post's own; a mailto with a subject and body shares it.
      if (SHARE_LINK.test(href) && !/^mailto:[^?]*$/i.test(href)) shares++;
    },
    (name) => name === 'a',
  );
  return links > 0 && shares === links && words.length < 80;
}

/**
 * A body or summary without the footers its platform appends to every feed item (see
 * {@link isFooter}): the last blocks are dropped while they are footers, with a rule before them.
 * The post's own text, a "Continue reading" link included, stays.
 */
export function withoutFooters(html: string | undefined): string | undefined {
  // A few footers at most (share buttons, then Yoast's line); each look is one pass.
  for (let i = 0; html && i < 3; i++) {
    let start = -1;
    for (const match of html.matchAll(BLOCK_START)) start = match.index;
    if (start < 0 || !isFooter(html.slice(start))) break;
    html = html.slice(0, start).replace(/(?:\s|<hr[^>]*>)+$/i, '');
  }
  return html;
}

/** `width`/`height` of 0 or 1: a tracking pixel. */
const tiny = (value: string | undefined) => value !== undefined && /^\s*[01](px)?\s*$/i.test(value);

/**
 * The `src` of the first `<img>` in `html` that `accept` takes, given its attributes and the `href`
 * of the link around it (share buttons are images in links to share pages).
 */
function findImage(
  html: string,
  accept: (attributes: ReadonlyMap<string, string>, link: string | undefined) => boolean,
): string | undefined {
  if (!html.includes('<')) return undefined;
  let found: string | undefined;
  let link: string | undefined;
  scanHtml(
    html,
    () => true,
    (tag) => {
      if (tag.name === 'a') link = tag.end ? undefined : tag.attributes.get('href');
      if (tag.end || tag.name !== 'img' || !accept(tag.attributes, link)) return true;
      found = tag.attributes.get('src');
      return false;
    },
    (name) => name === 'img' || name === 'a',
  );
  return found;
}

/** The first image of a body that is a picture: no tracking pixel, share button or emoji. */
export function bodyImage(html: string | undefined, base: string | undefined): string | undefined {
  if (!html) return undefined;
  const src = findImage(
    html,
    (attributes, link) =>
      !tiny(attributes.get('width')) &&
      !tiny(attributes.get('height')) &&
      !(link && SHARE_LINK.test(link)) &&
      pictureUrl(decodeTwice((attributes.get('src') ?? '').slice(0, MAX_TEXT)), base) !== undefined,
  );
  return src === undefined ? undefined : pictureUrl(decodeTwice(src), base);
}

/**
 * The post's picture from the feed's own media elements, in document order: `media:content` and
 * `media:thumbnail` (also inside `media:group`), image enclosures (RSS `enclosure`, Atom
 * `link rel="enclosure"`) and `itunes:image`. Audio, video and pixels are passed over.
 */
export function mediaImage(item: XmlElement, base: string | undefined): string | undefined {
  const children = item.children;
  for (let i = 0; i < children.length; i++) {
    const el = children[i]!;
    const name = el.localName;
    const ns = nsOf(el);
    let url: string | undefined;
    let type = '';
    if (ns === MEDIA && name === 'group') {
      url = mediaImage(el, base);
    } else if (ns === MEDIA && (name === 'content' || name === 'thumbnail')) {
      url = attr(el, 'url');
      type = name === 'thumbnail' ? 'image' : (attr(el, 'medium') ?? attr(el, 'type') ?? '');
    } else if (name === 'enclosure' && ns !== MEDIA) {
      url = attr(el, 'url');
      type = attr(el, 'type') ?? '';
    } else if (name === 'link' && attr(el, 'rel') === 'enclosure') {
      url = attr(el, 'href');
      type = attr(el, 'type') ?? '';
    } else if (ns === ITUNES && name === 'image') {
      url = attr(el, 'href') ?? el.textContent ?? undefined;
      type = 'image';
    }
    if (!url || (type && !type.startsWith('image')) || (!type && NOT_IMAGE.test(url))) continue;
    const picture = pictureUrl(url, baseOf(el, base));
    if (picture) return picture;
  }
  return undefined;
}

/**
 * An RSS author: `dc:creator` is a name; `author` is an e-mail address with the name in
 * parentheses (`editor@x.com (Ann Lee)`), read without a pattern that could backtrack.
 */
export function rssAuthorName(value: string | null): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open > 0 && close > open && text.slice(0, open).includes('@')) return text.slice(open + 1, close);
  // A bare address is no name to show.
  return /^[^\s@]+@[^\s@]+$/.test(text) ? undefined : text;
}
