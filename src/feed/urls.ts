import { str } from './util.js';

/** An absolute http(s) URL the URL parser would leave as it is, so it can skip the parser. */
const PLAIN_HTTP_URL = /^https?:\/\/[\w.-]+(:\d+)?([/?#][\w!#$%&()*+,./:;=?@[\]~-]*)?$/i;
/** A URL with a scheme of its own (`mailto:`, `https:`), as opposed to a relative one. */
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** Relative links met without a base to resolve them against, since the last {@link takeUnresolved}. */
const unresolved = new Set<string>();

/** How many different relative links could not be resolved since the last call (then counts from zero). */
export function takeUnresolved(): number {
  const value = unresolved.size;
  unresolved.clear();
  return value;
}

/**
 * An http(s) URL resolved against `base`, or undefined: `javascript:`, `data:` and every other
 * scheme is dropped, so a feed can never smuggle script into a link or an image. A relative link
 * without an absolute base is dropped and counted.
 */
export function httpUrl(value: unknown, base?: string): string | undefined {
  const text = str(value)?.trim();
  if (!text || PLAIN_HTTP_URL.test(text)) return text || undefined;
  try {
    // Without a base, a protocol-relative `//cdn…/a.jpg` is still a usable https address.
    const url = new URL(!base && text.startsWith('//') ? 'https:' + text : text, base);
    if (/^https?:$/.test(url.protocol)) return url.href;
  } catch {
    if (!base && !HAS_SCHEME.test(text)) unresolved.add(text);
  }
  return undefined;
}
