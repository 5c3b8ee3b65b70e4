// The script-tag loader's early feed requests: a `<trade-news-feed src>` or `<trade-post src>`
// request starts when the loader sees the tag, beside the element's code instead of after it. The
// element's first load reads it through the data layer (LoadOptions.host), which shares, caches
// and revalidates it like a request of its own.
import { cacheKey, EARLY_REQUEST, feedHref, startRequest, type EarlyRequest } from '../feed/request.js';

/** The requests started on this page, by format and URL: one for every element of that feed. */
const started = new Map<string, EarlyRequest>();

/**
 * Starts the request that `element`'s first load will need (its code is not on the page yet),
 * unless it waits for the viewport (`loading="lazy"`) or the cached copy is fresh. Elements of one URL and format are handed the same request; the element's `format` and
 * `cache-ttl` decide the cached copy and its validators, as they do for its own load.
 */
export function requestEarly(element: Element): void {
  const tag = element.localName;
  const src = element.getAttribute('src')?.trim();
  const href = src ? feedHref(src) : '';
  if (!/^https?:/.test(href) || element.getAttribute('loading') === 'lazy') return;
  const feed = tag === 'trade-news-feed';
  if (!feed && tag !== 'trade-post') return;
  // A `<trade-post>` has neither attribute: its loads use the defaults.
  const format = (feed && element.getAttribute('format')) || 'auto';
  // Read as the element reads it: a number; anything else (or negative) is the default, 300.
  const ttl = Number((feed && element.getAttribute('cache-ttl')) || 300);
  const key = cacheKey(format, href);
  let early = started.get(key);
  // A request already read has done its job: a later element looks at the cache again.
  if (!early || early.taken) {
    early = startRequest(href, format, ttl);
    if (!early) return;
    started.set(key, early);
  }
  (element as { [EARLY_REQUEST]?: EarlyRequest })[EARLY_REQUEST] = early;
}
