import { collect, put, toPost, type ParseContext, type SourceFeed } from '../post.js';
import { decoded, excerpt } from '../text.js';
import { httpUrl } from '../urls.js';
import type { XmlElement } from '../xml.js';
import {
  ATOM,
  ATOM03,
  SLASH,
  TRADE,
  all,
  attr,
  baseOf,
  bodyImage,
  first,
  mediaImage,
  nsOf,
  textConstruct,
  titleText,
  withoutFooters,
} from './xml-common.js';

/** The `link` with relation `rel` (default `alternate`, RFC 4287 §4.2.7.2), an HTML one first. */
function link(parent: XmlElement, rel: string, ns: string): XmlElement | undefined {
  const links = all(parent, 'link', ns).filter((el) => (attr(el, 'rel') ?? 'alternate') === rel);
  return links.find((el) => /html/.test(attr(el, 'type') ?? 'html')) ?? links[0];
}

/** A link's `href` resolved against its own `xml:base` and the one around it. */
const href = (el: XmlElement | undefined, base: string | undefined) =>
  el && httpUrl(attr(el, 'href'), baseOf(el, base));

/** Atom persons: `name`, and `uri` (1.0) or `url` (0.3). */
const people = (parent: XmlElement, ns: string, base: string | undefined) =>
  all(parent, 'author', ns).map((el) => ({
    name: titleText(first(el, 'name', ns)?.textContent ?? undefined),
    url: httpUrl(first(el, 'uri', ns)?.textContent ?? first(el, 'url', ns)?.textContent, baseOf(el, base)),
  }));

/**
 * Atom 1.0 (RFC 4287) and Atom 0.3 (`http://purl.org/atom/ns#`, with `issued`/`modified`, `mode`
 * and `url`). Entries without authors have the feed's. The next page is a `link rel="next"`
 * (RFC 5005).
 */
export function parseAtom(root: XmlElement, ctx: ParseContext): SourceFeed | undefined {
  const ns = nsOf(root);
  if (root.localName !== 'feed' || (ns !== ATOM && ns !== ATOM03 && ns !== '')) return undefined;
  const rootBase = baseOf(root, ctx.base);
  const homePageUrl = href(link(root, 'alternate', ns), rootBase);
  // Relative links resolve against xml:base, then the feed's link, then the feed's own URL.
  const feedBase = attr(root, 'xml:base') ? rootBase : (homePageUrl ?? ctx.base);
  const feedAuthors = people(root, ns, feedBase);
  const feed: SourceFeed = collect(all(root, 'entry', ns), (raw) => {
    const el = raw as XmlElement;
    const base = baseOf(el, feedBase);
    const get = (name: string) => first(el, name, ns)?.textContent ?? undefined;
    const contentEl = first(el, 'content', ns);
    const summaryEl = first(el, 'summary', ns);
    const summary = withoutFooters(textConstruct(summaryEl));
    // Content given by reference (`src`) is not in the feed.
    const body = (attr(contentEl, 'src') ? undefined : withoutFooters(textConstruct(contentEl))) ?? summary;
    const url = href(link(el, 'alternate', ns), base);
    const updated = get('updated') ?? get('modified');
    const authors = people(el, ns, base);
    return toPost(
      {
        id: get('id')?.trim() || url,
        title: titleText(textConstruct(first(el, 'title', ns))),
        url,
        summary: summary && excerpt(summary),
        contentHtml: body,
        image: mediaImage(el, base) ?? bodyImage(body, baseOf(contentEl ?? summaryEl, base)),
        datePublished: get('published') ?? get('issued') ?? get('created') ?? updated,
        dateModified: updated,
        authors: authors.length ? authors : feedAuthors,
        tags: all(el, 'category', ns).map((c) => decoded(attr(c, 'label') ?? attr(c, 'term') ?? c.textContent)),
        views: Number(first(el, 'views', TRADE)?.textContent ?? NaN),
        comments: Number(first(el, 'comments', SLASH)?.textContent ?? first(el, 'comments', TRADE)?.textContent ?? NaN),
      },
      base,
    );
  });
  // The next page is a feed document: relative to the feed's own URL when there is no xml:base.
  const next = href(link(root, 'next', ns), attr(root, 'xml:base') ? rootBase : (ctx.base ?? homePageUrl));
  put(feed, 'title', titleText(textConstruct(first(root, 'title', ns))));
  put(feed, 'homePageUrl', homePageUrl);
  return put(feed, 'nextUrl', next === ctx.base ? undefined : next);
}
