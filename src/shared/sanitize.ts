import DOMPurify, { type Config } from 'dompurify';
import { tradeWidgetsPolicy } from './trusted-types.js';

/**
 * The body sanitizer: turns a post's untrusted `contentHtml` into a `DocumentFragment` that is safe
 * to insert as nodes. It lives in its own module (loaded through `loadSanitizer()`) so DOMPurify is
 * only downloaded when a full post body renders.
 *
 * Design choices, in one place:
 * - An allow-list, not a deny-list: only the tags and attributes below survive. Everything else —
 *   script, forms and their controls, iframes, objects, embeds, base, meta, link, style, SVG, MathML,
 *   event handlers, `style`, `id`/`name` (DOM clobbering), `class`, `part`/`slot` (they would reach
 *   into the host page's styling and slotting), `data-*` and ARIA attributes — is removed; the text
 *   of a removed wrapper is kept, the content of script-like elements is not.
 * - The result is a fragment of nodes, never a string: nothing is parsed a second time, which
 *   removes the serialize-then-reparse step that mutation XSS needs, and under Trusted Types the only
 *   sink used is DOMPurify's own parse, through the `trade-widgets` policy.
 * - URLs are resolved against the post's URL (relative links in a post are relative to the post, not
 *   to the partner page); without an http(s) base a relative URL is dropped. Links keep `http:`,
 *   `https:`, `mailto:` and `tel:`; images and quote sources keep `http:`/`https:` only.
 * - Links to another origin than the page get `rel="noopener noreferrer"`; `target` survives only
 *   as `_blank` or `_self` (`_blank` always with `noopener noreferrer`).
 * - Images are lazy-loaded and decoded asynchronously; an image without a usable source is removed.
 * - Headings are shifted so the body's highest heading sits one level below the title heading,
 *   keeping the page outline intact whatever level the post author started at.
 */

/** The Trusted Types policy name partners allow in their CSP (`trusted-types … trade-widgets`). */
export const TRUSTED_TYPES_POLICY_NAME = 'trade-widgets';

/** Options for {@link sanitizeBody}. */
export interface SanitizeOptions {
  /** The post's URL: relative links and images in the body resolve against it. */
  baseUrl?: string;
  /** The level (1–6) of the post's title heading; body headings start one level below. */
  headingLevel?: number;
}

/**
 * Thrown when the page enforces Trusted Types and no policy we may use could be created (another
 * copy of the library or of DOMPurify already took both allowed names). The element then shows
 * the summary and a "could not be shown" note instead of the body.
 */
export class SanitizerUnavailableError extends Error {
  constructor() {
    super('Trusted Types are enforced and no policy is available to parse the post body.');
    this.name = 'SanitizerUnavailableError';
  }
}

const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
];

const ALLOWED_ATTR = [
  'abbr',
  'alt',
  'cite',
  'colspan',
  'datetime',
  'dir',
  'height',
  'href',
  'lang',
  'open',
  'rel',
  'reversed',
  'rowspan',
  'scope',
  'sizes',
  'span',
  'src',
  'srcset',
  'start',
  'target',
  'title',
  'type',
  'value',
  'width',
];

/**
 * Named explicitly although the allow-lists already exclude them, so a later widening of the
 * allow-list cannot bring them back by accident.
 */
const FORBID_TAGS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'svg',
  'math',
  'noscript',
  'template',
  'article',
];
const FORBID_ATTR = ['style', 'id', 'name', 'class', 'part', 'slot', 'is', 'action', 'formaction', 'xlink:href'];

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const MEDIA_SCHEMES = new Set(['http:', 'https:']);
const KEPT_REL = new Set(['nofollow', 'ugc', 'sponsored', 'external', 'noopener', 'noreferrer']);

/** Set only while `sanitizeBody` runs: the policy refuses to bless strings at any other time. */
let sanitizing = false;

/**
 * The library's `trade-widgets` policy (shared with the feed reader): it only wraps the dirty string
 * for DOMPurify's inert parse, and only during a sanitize call.
 */
const createPolicy = () => tradeWidgetsPolicy(() => sanitizing) as unknown as Config['TRUSTED_TYPES_POLICY'];

let purify: ReturnType<typeof DOMPurify> | undefined;
let baseUrl: URL | undefined;

function resolve(value: string, schemes: Set<string>): string | undefined {
  try {
    const url = baseUrl ? new URL(value, baseUrl) : new URL(value);
    return schemes.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function isOtherOrigin(href: string): boolean {
  const origin = globalThis.location?.origin;
  try {
    return !origin || new URL(href).origin !== origin;
  } catch {
    return true;
  }
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
  if (href) link.setAttribute('href', href);
  else link.removeAttribute('href');

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
  if (rel.size) link.setAttribute('rel', [...rel].join(' '));
  else link.removeAttribute('rel');
}

function fixImage(image: Element): void {
  const raw = image.getAttribute('src');
  const src = raw === null ? undefined : resolve(raw, MEDIA_SCHEMES);
  // An image without a usable source is removed after the walk; removing it here would disturb
  // DOMPurify's iteration.
  if (src) image.setAttribute('src', src);
  else image.removeAttribute('src');

  const srcset = image.getAttribute('srcset');
  const safeSrcset = srcset === null ? undefined : resolveSrcset(srcset);
  if (safeSrcset) image.setAttribute('srcset', safeSrcset);
  else image.removeAttribute('srcset');
  if (!safeSrcset) image.removeAttribute('sizes');

  image.setAttribute('loading', 'lazy');
  image.setAttribute('decoding', 'async');
  if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
}

function afterSanitizeAttributes(node: Element): void {
  switch (node.nodeName) {
    case 'A':
      fixLink(node);
      break;
    case 'IMG':
      fixImage(node);
      break;
    default:
      if (node.hasAttribute('rel')) node.removeAttribute('rel');
      if (node.hasAttribute('target')) node.removeAttribute('target');
  }
  if (node.hasAttribute('cite')) {
    const cite = resolve(node.getAttribute('cite') ?? '', MEDIA_SCHEMES);
    if (cite) node.setAttribute('cite', cite);
    else node.removeAttribute('cite');
  }
  if (node.hasAttribute('src') && node.nodeName !== 'IMG') node.removeAttribute('src');
  if (node.hasAttribute('srcset') && node.nodeName !== 'IMG') node.removeAttribute('srcset');
}

let policy: Config['TRUSTED_TYPES_POLICY'];
/** Whether DOMPurify can parse at all on this page; settled by a probe when we have no policy. */
let usable: boolean | undefined;

/** Builds the library's one DOMPurify instance (private, so a host page's DOMPurify is untouched). */
function instance(): ReturnType<typeof DOMPurify> {
  if (purify) return purify;
  const created = DOMPurify(window);
  policy = createPolicy();
  // DOMPurify blesses an empty string through the policy while reading its config.
  sanitizing = true;
  try {
    configure(created);
  } finally {
    sanitizing = false;
  }
  created.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof Element) afterSanitizeAttributes(node);
  });
  purify = created;
  return created;
}

function configure(created: ReturnType<typeof DOMPurify>): void {
  created.setConfig({
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    FORBID_TAGS,
    FORBID_ATTR,
    ADD_FORBID_CONTENTS: ['select', 'option', 'textarea', 'object', 'embed', 'applet', 'frameset'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
    ALLOWED_NAMESPACES: ['http://www.w3.org/1999/xhtml'],
    KEEP_CONTENT: true,
    SANITIZE_DOM: true,
    WHOLE_DOCUMENT: false,
    RETURN_DOM_FRAGMENT: true,
    // Without our own policy DOMPurify falls back to creating its `dompurify` one, which the partner
    // CSP also allows: a second copy of the library on the page still renders bodies.
    ...(policy ? { TRUSTED_TYPES_POLICY: policy } : {}),
  });
}

/** Moves body headings so the highest sits one level below the title (capped at h6). */
function shiftHeadings(fragment: DocumentFragment, titleLevel: number): void {
  const headings = [...fragment.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  if (!headings.length) return;
  const top = Math.min(...headings.map((h) => Number(h.nodeName[1])));
  const shift = Math.min(6, titleLevel + 1) - top;
  if (shift === 0) return;
  for (const heading of headings) {
    const level = Math.max(1, Math.min(6, Number(heading.nodeName[1]) + shift));
    const replacement = heading.ownerDocument.createElement(`h${level}`);
    for (const attribute of [...heading.attributes]) replacement.setAttribute(attribute.name, attribute.value);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
}

function httpBase(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return MEDIA_SCHEMES.has(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

const tag = /<[a-z][^>]*>/gi;
const handlerAttribute = /[\s/]on[a-z]+\s*(=\s*("[^"]*"|'[^']*'|[^\s>]*))?/gi;

/**
 * Drops `on…=` attributes from the markup before any parser sees it. Security does not depend on
 * this (DOMPurify removes them from the parsed tree): browsers report every event-handler
 * attribute that any HTML parser meets as a Content-Security-Policy violation, even in an inert
 * document, so without it a hostile post would fill a strict-CSP partner's violation reports.
 */
function withoutHandlerAttributes(html: string): string {
  return html.replace(tag, (markup) => markup.replace(handlerAttribute, ' '));
}

/**
 * Sanitizes a post body. Returns a fragment to insert as nodes (in a Lit template: `${fragment}`);
 * never returns or accepts markup strings for rendering.
 *
 * @throws {SanitizerUnavailableError} when Trusted Types are enforced and no policy is available.
 */
export function sanitizeBody(html: string, options: SanitizeOptions = {}): DocumentFragment {
  const sanitizer = instance();
  if (usable === undefined) {
    if (policy) usable = true;
    else {
      // Under enforced Trusted Types without any policy DOMPurify swallows the refused parse and
      // returns an empty body; a one-time probe tells that apart from a body that really is empty.
      const probe: unknown = sanitizer.sanitize('<p>x</p>');
      usable = probe instanceof DocumentFragment && probe.childNodes.length > 0;
    }
  }
  if (!usable) throw new SanitizerUnavailableError();
  baseUrl = httpBase(options.baseUrl);
  sanitizing = true;
  let result: unknown;
  try {
    result = sanitizer.sanitize(withoutHandlerAttributes(String(html)));
  } finally {
    sanitizing = false;
    baseUrl = undefined;
  }
  if (!(result instanceof DocumentFragment)) throw new SanitizerUnavailableError();
  for (const image of result.querySelectorAll('img:not([src])')) image.remove();
  shiftHeadings(result, Math.max(1, Math.min(6, Math.trunc(options.headingLevel ?? 2) || 2)));
  return result;
}
