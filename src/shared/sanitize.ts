import { prepass } from './prepass.js';
import type { Purify } from './purify.js';
import { KEPT_REL, LINK_SCHEMES, MEDIA_SCHEMES, POLICY } from './sanitize-policy.js';
import { onDemand } from './on-demand.js';

/**
 * The body sanitizer: turns a post's untrusted `contentHtml` into a `DocumentFragment` that is safe
 * to insert as nodes. It lives in its own module (loaded through `loadSanitizer()`) so only pages
 * that render a full post body download it.
 *
 * Design choices, in one place:
 * - The browser's HTML Sanitizer API (`Element.prototype.setHTML`) does the parsing and cleaning
 *   where it exists; DOMPurify (`purify.ts`) is downloaded only where it does not. Both are
 *   configured from the one allow-list (`sanitize-policy.ts`), and both results go through the same post-pass.
 * - An allow-list, not a deny-list: only the tags and attributes of the policy survive. Everything else —
 *   script, forms and their controls, iframes, objects, embeds, base, meta, link, style, SVG, MathML,
 *   event handlers, `style`, `id`/`name` (DOM clobbering), `class`, `part`/`slot` (they would reach
 *   into the host page's styling and slotting), `data-*` and ARIA attributes — is removed; the text
 *   of a removed wrapper is kept, the content of the elements the policy removes with their content is not.
 * - Before any parser sees the markup, a linear-time pre-pass (`prepass.ts`) removes handler
 *   attributes, `style` attributes and `<style>` elements: browsers report each of them as a CSP
 *   violation as soon as a parser meets it, even an inert one. Nothing else is touched there.
 * - The markup is parsed into an inert document (nothing loads, nothing runs) and the result is a
 *   fragment of nodes, never a string: nothing is parsed a second time, which removes the
 *   serialize-then-reparse step that mutation XSS needs.
 * - URLs are resolved against the post's URL (relative links in a post are relative to the post, not
 *   to the partner page); without an http(s) base a relative URL is dropped. Links keep `http:`,
 *   `https:`, `mailto:` and `tel:`; images and quote sources keep `http:`/`https:` only.
 * - Links to another origin than the page get `rel="noopener noreferrer"`; `target` survives only
 *   as `_blank` or `_self` (`_blank` always with `noopener noreferrer`).
 * - Images are lazy-loaded and decoded asynchronously; an image without a usable source is removed.
 *   Width and height survive only as a pair of whole pixel counts, which reserve the image's box.
 * - Headings are shifted so the body's highest heading sits one level below the title heading,
 *   keeping the page outline intact whatever level the post author started at.
 */

/** Options for {@link sanitizeBody}. */
export interface SanitizeOptions {
  /** The post's URL: relative links and images in the body resolve against it. */
  baseUrl?: string;
  /** The level (1–6) of the post's title heading; body headings start one level below. */
  headingLevel?: number;
}

/**
 * Thrown when the browser has no HTML Sanitizer API, the page enforces Trusted Types and no policy
 * we may use could be created (other copies of the library or of DOMPurify already took both
 * allowed names), or the fallback could not be downloaded. The element then shows the summary and
 * a "could not be shown" note instead of the body.
 */
export class SanitizerUnavailableError extends Error {
  constructor() {
    super('No HTML sanitizer is available to show the post body.');
    this.name = 'SanitizerUnavailableError';
  }
}

const ALLOWED = new Set(POLICY.elements);
const DROPPED = new Set(POLICY.removeWithContent);

/** The post's URL while a body is cleaned (relative URLs resolve against it), if it is http(s). */
let baseUrl: string | undefined;

function resolve(value: string, schemes: Set<string>): string | undefined {
  try {
    const url = new URL(value, baseUrl);
    return schemes.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Sets `name` to `value`, or removes the attribute when there is no value. */
function put(element: Element, name: string, value: string | undefined): void {
  if (value) element.setAttribute(name, value);
  else element.removeAttribute(name);
}

/** Whether an http(s) URL (resolved already) leads to another origin than the page's. */
function isOtherOrigin(href: string): boolean {
  const origin = globalThis.location?.origin;
  return !origin || new URL(href).origin !== origin;
}

/** Every candidate of a `srcset` must resolve to http(s), or the whole attribute goes. */
function resolveSrcset(value: string): string | undefined {
  // A URL that itself holds a comma fails the descriptor check below and drops the attribute:
  // losing a responsive image is fine, guessing at a URL is not.
  const candidates = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (!candidates.length) return undefined;
  const resolved: string[] = [];
  for (const candidate of candidates) {
    const [url = '', ...descriptor] = candidate.split(/\s+/);
    const safe = resolve(url, MEDIA_SCHEMES);
    if (!safe || descriptor.some((d) => !/^\d+(\.\d+)?[wx]$/.test(d))) return undefined;
    resolved.push([safe, ...descriptor].join(' '));
  }
  return resolved.join(', ');
}

function fixLink(link: Element): void {
  const raw = link.getAttribute('href');
  const href = raw === null ? undefined : resolve(raw, LINK_SCHEMES);
  put(link, 'href', href);

  const target = link.getAttribute('target');
  if (target !== null && target !== '_blank' && target !== '_self') link.removeAttribute('target');

  const rel = new Set(
    (link.getAttribute('rel') ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter((token) => KEPT_REL.has(token)),
  );
  if ((href && /^https?:/.test(href) && isOtherOrigin(href)) || link.getAttribute('target') === '_blank') {
    rel.add('noopener').add('noreferrer');
  }
  put(link, 'rel', [...rel].join(' '));
}

function fixImage(image: Element): void {
  const raw = image.getAttribute('src');
  // An image without a usable source is removed after the walk, which removing it here would disturb.
  put(image, 'src', raw === null ? undefined : resolve(raw, MEDIA_SCHEMES));

  const srcset = image.getAttribute('srcset');
  const safeSrcset = srcset === null ? undefined : resolveSrcset(srcset);
  put(image, 'srcset', safeSrcset);
  if (!safeSrcset) image.removeAttribute('sizes');

  // Width and height reserve the image's box before it loads, but only as a pair of whole pixel
  // counts: a percentage, a lone value or garbage sets no aspect ratio. Such an image loses both, and
  // the body's styles give it a frame of its own instead (content.styles.ts).
  if (!/^\d+ \d+$/.test(`${image.getAttribute('width')} ${image.getAttribute('height')}`)) {
    image.removeAttribute('width');
    image.removeAttribute('height');
  }

  // Below the lead image and the title: never in the way of the page's first paint.
  image.setAttribute('loading', 'lazy');
  image.setAttribute('decoding', 'async');
  if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
}

function fixAttributes(node: Element): void {
  if (node.nodeName === 'IMG') fixImage(node);
  else {
    // Only links keep `rel` and `target`, and only images a source.
    if (node.nodeName === 'A') fixLink(node);
    else for (const name of ['rel', 'target']) node.removeAttribute(name);
    for (const name of ['src', 'srcset']) node.removeAttribute(name);
  }
  const cite = node.getAttribute('cite');
  if (cite !== null) put(node, 'cite', resolve(cite, MEDIA_SCHEMES));
}

/** Moves body headings so the highest sits one level below the title (capped at h6). */
function shiftHeadings(fragment: DocumentFragment, titleLevel: number): void {
  const headings = [...fragment.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  if (!headings.length) return;
  // A loop, not Math.min(...levels): a hostile body may hold more headings than a call takes arguments.
  let top = 6;
  for (const heading of headings) top = Math.min(top, Number(heading.nodeName[1]));
  const shift = Math.min(6, titleLevel + 1) - top;
  if (shift === 0) return;
  for (const heading of headings) {
    const level = Math.max(1, Math.min(6, Number(heading.nodeName[1]) + shift));
    const replacement = heading.ownerDocument.createElement(`h${level}`);
    for (const attribute of [...heading.attributes]) replacement.setAttribute(attribute.name, attribute.value);
    while (heading.firstChild) replacement.append(heading.firstChild);
    heading.replaceWith(replacement);
  }
}

/** The HTML Sanitizer API as far as this module uses it (TypeScript's DOM types lack it so far). */
interface SanitizerConfig {
  elements: string[];
  attributes: string[];
  replaceWithChildrenElements: string[];
  comments: boolean;
  dataAttributes: boolean;
}
interface SanitizingElement extends Element {
  setHTML(html: string, options: { sanitizer: SanitizerConfig }): void;
}

/** Whether this browser has the HTML Sanitizer API (`setHTML` with a configuration). */
export const hasSanitizerApi = (): boolean =>
  typeof (Element.prototype as Partial<SanitizingElement>).setHTML === 'function' &&
  typeof (globalThis as { Sanitizer?: unknown }).Sanitizer === 'function';

/** DOMPurify with our policy, downloaded only where the browser has no Sanitizer API. */
const fallback = onDemand(() => import('./purify.js').then(({ createPurify }) => createPurify(POLICY)));
let purify: Purify | undefined;

/**
 * Makes the sanitizer ready for `sanitizeBody`: nothing to do where the browser has the HTML
 * Sanitizer API; elsewhere it downloads DOMPurify once (a failed download is tried again on the
 * next call). `loadSanitizer()` calls it before handing out this module.
 */
export async function ready(): Promise<void> {
  if (useSanitizerApi() || purify) return;
  purify = await fallback.load();
}

let inert: Document | undefined;

/**
 * The Sanitizer API's configuration for one body. Elements outside the allow-list are removed with
 * their content unless named in `replaceWithChildrenElements`: every other tag the body holds is
 * named there, so both paths keep the text of removed wrappers alike.
 */
function sanitizerConfig(tags: Set<string>): SanitizerConfig {
  const unwrap = [...tags].filter((name) => !ALLOWED.has(name) && !DROPPED.has(name) && /^[a-z][a-z\d-]*$/.test(name));
  return {
    elements: [...POLICY.elements],
    attributes: [...POLICY.attributes],
    replaceWithChildrenElements: unwrap,
    comments: false,
    dataAttributes: false,
  };
}

/** The body parsed and cleaned by the browser, in an inert document. */
function withSanitizerApi(html: string, tags: Set<string>): DocumentFragment {
  // A document without a browsing context: images in it do not load, and with scripting off its
  // parser reads `<noscript>` as DOMPurify's does.
  inert ??= document.implementation.createHTMLDocument('');
  const holder = inert.createElement('div') as Element as SanitizingElement;
  holder.setHTML(html, { sanitizer: sanitizerConfig(tags) });
  const range = inert.createRange();
  range.selectNodeContents(holder);
  return range.extractContents();
}

let apiWorks: boolean | undefined;

/**
 * Whether to sanitize with the browser's API: it exists (checked each time, so a test can take it
 * away) and, as a one-time probe shows, accepts this module's configuration.
 */
function useSanitizerApi(): boolean {
  if (!hasSanitizerApi()) return false;
  if (apiWorks === undefined) {
    try {
      apiWorks = withSanitizerApi('<p>x<b>y</b></p>', new Set(['p', 'b'])).textContent === 'xy';
    } catch {
      apiWorks = false;
    }
  }
  return apiWorks;
}

/**
 * Sanitizes a post body. Returns a fragment to insert as nodes (in a Lit template: `${fragment}`);
 * never returns or accepts markup strings for rendering. Where the browser lacks the HTML
 * Sanitizer API, `ready()` must have settled first (`loadSanitizer()` sees to it).
 *
 * @throws {SanitizerUnavailableError} when no sanitizer is available.
 */
export function sanitizeBody(html: string, options: SanitizeOptions = {}): DocumentFragment {
  const { html: markup, tags } = prepass(String(html));
  let body: DocumentFragment | undefined;
  if (useSanitizerApi()) body = withSanitizerApi(markup, tags);
  else body = purify?.(markup);
  if (!body) throw new SanitizerUnavailableError();

  // The post-pass, still in the inert document: nothing starts loading before it is lazy and
  // resolved against the post's URL.
  baseUrl = options.baseUrl ? resolve(options.baseUrl, MEDIA_SCHEMES) : undefined;
  try {
    for (const element of body.querySelectorAll('*')) fixAttributes(element);
  } finally {
    baseUrl = undefined;
  }
  for (const image of body.querySelectorAll('img:not([src])')) image.remove();
  shiftHeadings(body, Math.max(1, Math.min(6, Math.trunc(options.headingLevel ?? 2) || 2)));
  return document.adoptNode(body);
}
