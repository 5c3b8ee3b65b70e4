// The rules of a feed request, written once for the two places that send one: the data layer
// (load.ts) and the script-tag loader (script-tag.ts), which starts an element's request before the
// element's code has arrived. This file imports nothing: the loader carries it, and it must stay
// a few hundred bytes.

/** Storage keys of cached feeds are this prefix, the format and the URL: one entry per feed and format. */
export const CACHE_PREFIX = 'trade-widgets:feed:';

/** The `sessionStorage` key of the cached copy of `href` read as `format`. */
export const cacheKey = (format: string, href: string): string => `${CACHE_PREFIX}${format} ${href}`;

/** `url` resolved against the page; empty when it is not a URL. */
export function feedHref(url: string): string {
  try {
    return new URL(url, globalThis.location?.href).href;
  } catch {
    return '';
  }
}

/** What a cached copy keeps that decides the next request: when it was stored, and its validators. */
export interface Validators {
  time: number;
  etag?: string | null;
  lastModified?: string | null;
}

/**
 * The entry stored under `key`, when there is one of the right shape (it is not checked further);
 * undefined too where `sessionStorage` is missing or blocked.
 */
export function storedEntry<T extends Validators & { body: string }>(key: string): T | undefined {
  try {
    const entry = JSON.parse(sessionStorage.getItem(key) ?? 'null') as T | null;
    if (typeof entry?.time === 'number' && typeof entry.body === 'string') return entry;
  } catch {
    // Unreadable JSON, or storage that throws: no entry.
  }
  return undefined;
}

/** A copy stored at `time` is used without a request for `cacheTtl` seconds (300 when negative). */
export const isFresh = (time: number, cacheTtl: number): boolean =>
  Date.now() - time < (cacheTtl >= 0 ? cacheTtl : 300) * 1000;

/** The headers of a request for a feed: the cached copy's validators, when it has them. */
export function requestHeaders(validators?: Validators): Record<string, string> {
  const headers: Record<string, string> = {};
  if (validators?.etag) headers['If-None-Match'] = validators.etag;
  if (validators?.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  return headers;
}

/** A request the loader started for an element before the element's code arrived. */
export interface EarlyRequest {
  href: string;
  headers: Record<string, string>;
  response: Promise<Response>;
  controller: AbortController;
  /** A load has taken it: nobody else may read its response. */
  taken?: boolean;
}

/**
 * Where the loader leaves an element's early request: a symbol from the page's registry, so the
 * loader and the element's code (separate files) agree on it without a global.
 */
export const EARLY_REQUEST = Symbol.for('trade-widgets.early-request');

/**
 * Sends now the request a load of `href` (as `format`, fresh for `cacheTtl` seconds) will need, with
 * the same headers as the data layer would send; none when the cached copy is still fresh. A
 * failure is kept for the load that takes it: it is never reported on its own.
 */
export function startRequest(href: string, format: string, cacheTtl: number): EarlyRequest | undefined {
  const entry = storedEntry(cacheKey(format, href));
  if (entry && isFresh(entry.time, cacheTtl)) return undefined;
  const headers = requestHeaders(entry);
  const controller = new AbortController();
  const response = fetch(href, { headers, signal: controller.signal });
  response.catch(() => undefined);
  return { href, headers, controller, response };
}

/**
 * The response of `early`, once, for a request of `href` with exactly these headers (another URL,
 * or other validators, means the early request no longer fits); aborting `signal` aborts it.
 */
export function takeRequest(
  early: EarlyRequest | undefined,
  href: string,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<Response> | undefined {
  if (early?.href !== href || early.taken || JSON.stringify(early.headers) !== JSON.stringify(headers)) return;
  early.taken = true;
  signal.addEventListener('abort', () => early.controller.abort(signal.reason));
  return early.response;
}
