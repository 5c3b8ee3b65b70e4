/** The page's base URL; on a server, where there is no page, a stand-in, so relative links stay. */
const pageBase = (): string => globalThis.document?.baseURI || 'http://localhost/';

/**
 * `value` as a URL the page may link or post to: http(s), absolute or relative to `base`. Anything
 * else — `javascript:`, `data:`, a blank value — is `undefined`. The URL parser strips the tabs,
 * newlines and control characters browsers ignore, so "java\tscript:" is refused too.
 */
export function pageUrl(value: string | null | undefined, base = pageBase()): URL | undefined {
  try {
    // A blank value is no URL: `about:` is refused like `javascript:`.
    const url = new URL(value?.trim() || 'about:', base);
    if (/^https?:$/.test(url.protocol)) return url;
  } catch {
    // Not a URL at all.
  }
  return undefined;
}
