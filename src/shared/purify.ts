import DOMPurify, { type Config } from 'dompurify';
import { tradeWidgetsPolicy } from './trusted-types.js';

/**
 * The body sanitizer's fallback for browsers without the HTML Sanitizer API: DOMPurify, configured
 * from the same allow-list. `sanitize.ts` reaches this module only through a dynamic `import()`,
 * and only where `Element.prototype.setHTML` is missing, so other browsers never download it.
 */

/** The allow-list `sanitize.ts` defines; this module adds nothing to it. */
export interface PurifyPolicy {
  elements: readonly string[];
  attributes: readonly string[];
  /** Elements removed with their content; other removed elements leave their content behind. */
  removeWithContent: readonly string[];
}

/**
 * Named for DOMPurify although the allow-lists already exclude them (defence in depth): a later
 * widening of the allow-list cannot bring them back by accident here, and a test fails if it tries
 * (so the Sanitizer API, which does not need the lists, is held to them too). They live in this
 * module so that browsers with the API never download them.
 */
export const FORBID_TAGS = [
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
export const FORBID_ATTR = ['style', 'id', 'name', 'class', 'part', 'slot', 'is', 'action', 'formaction', 'xlink:href'];

/** Parses and cleans markup into a fragment owned by an inert document (nothing in it loads). */
export type Purify = (html: string) => DocumentFragment | undefined;

export { TRUSTED_TYPES_POLICY_NAME } from './trusted-types.js';

/**
 * Builds a private DOMPurify instance (a host page's own DOMPurify is untouched), or `undefined`
 * when Trusted Types are enforced and neither `trade-widgets` nor `dompurify` is left to use.
 *
 * The `trade-widgets` policy only wraps the dirty string for DOMPurify's inert parse, and only
 * while a sanitize call runs, so it is no general-purpose bypass even if it leaked. When another
 * copy of the library already holds that name, DOMPurify creates its own `dompurify` policy, which
 * the partner CSP also allows.
 */
export function createPurify(policy: PurifyPolicy): Purify | undefined {
  let sanitizing = false;
  // The library's one `trade-widgets` policy, shared with the RSS/Atom reader; it blesses a string
  // only while this sanitizer (or the reader) is at work.
  const trusted = tradeWidgetsPolicy(() => sanitizing) as Config['TRUSTED_TYPES_POLICY'];

  const purify = DOMPurify(window);
  const run = <T>(work: () => T): T => {
    sanitizing = true;
    try {
      return work();
    } finally {
      sanitizing = false;
    }
  };
  // DOMPurify blesses an empty string through the policy while reading its config.
  run(() =>
    purify.setConfig({
      ALLOWED_TAGS: [...policy.elements],
      ALLOWED_ATTR: [...policy.attributes],
      FORBID_TAGS: [...FORBID_TAGS],
      FORBID_ATTR: [...FORBID_ATTR],
      FORBID_CONTENTS: [...policy.removeWithContent],
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      ALLOW_UNKNOWN_PROTOCOLS: false,
      ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
      ALLOWED_NAMESPACES: ['http://www.w3.org/1999/xhtml'],
      KEEP_CONTENT: true,
      SANITIZE_DOM: true,
      WHOLE_DOCUMENT: false,
      RETURN_DOM_FRAGMENT: true,
      ...(trusted ? { TRUSTED_TYPES_POLICY: trusted } : {}),
    }),
  );
  const clean: Purify = (html) => {
    const result: unknown = run(() => purify.sanitize(html));
    return result instanceof DocumentFragment ? result : undefined;
  };
  if (!trusted) {
    // Under enforced Trusted Types without any policy DOMPurify swallows the refused parse and
    // returns an empty body; a one-time probe tells that apart from a body that really is empty.
    const probe = clean('<p>x</p>');
    if (!probe?.childNodes.length) return undefined;
  }
  return clean;
}
