import { utf8Text } from './bytes.js';
import { FeedError, isFeedError, loadOnDemand } from './errors.js';
import { loadCmsFormats, needsXmlFormats, parseSource, takeMissedFormat } from './parse.js';
import { feedOf, type FeedFormat, type LoadedFeed, type ParsedFeed } from './post.js';
import { loadRfcDates, takeMissedDate } from './dates.js';
import { loadEntities, takeMissedEntity } from './text.js';
import {
  cacheKey,
  CACHE_PREFIX,
  EARLY_REQUEST,
  feedHref,
  isFresh,
  requestHeaders,
  storedEntry,
  takeRequest,
  type EarlyRequest,
} from './request.js';

/** Options of {@link loadFeed}. */
export interface LoadOptions {
  /** The source format; `auto` (the default) detects it. */
  format?: FeedFormat;
  /** Aborting rejects this call only (with the signal's reason); others sharing the request go on. */
  signal?: AbortSignal;
  /** Milliseconds before the call fails with kind `timeout`. Default 10000. */
  timeout?: number;
  /** Seconds a fetched feed is used without asking the server again. Default 300. */
  cacheTtl?: number;
  /** Ask the server now even when the cached copy is fresh (still a conditional request). */
  force?: boolean;
  /** Called when a background revalidation brought changed posts. */
  onRevalidate?: (fresh: LoadedFeed) => void;
  /** The `fetch` to use; by default `globalThis.fetch` at the time of the call. */
  fetch?: typeof fetch;
  /**
   * The element this load is for. The first load for it reads the request that the script-tag
   * loader started for it before its code arrived, when that request still fits (same URL, same
   * validators) and no other element has taken it.
   */
  host?: object;
}

/** A cached response: when it was stored, its validators, its body as text, final URL and page count. */
interface Entry {
  time: number;
  etag?: string | null;
  lastModified?: string | null;
  body: string;
  url: string;
  totalPages?: number;
}

/** A cached entry with its body parsed. */
interface Cached {
  entry: Entry;
  feed: ParsedFeed;
  /** What the body needs that is loaded on demand and was not there yet (see takeMissing). */
  missing: (() => Promise<unknown>)[];
}

type Outcome = Promise<{ feed: ParsedFeed; changed: boolean }>;

/** A request in flight, shared by every caller of the same URL. */
interface Shared {
  promise: Outcome;
  controller: AbortController;
  waiters: number;
}

const inflight = new Map<string, Shared>();
/** Feeds whose servers refused the validator headers (CORS): asked without them from then on. */
const plainUrls = new Set<string>();

/** `sessionStorage`, or undefined where it is missing or blocked; every use also tolerates it throwing. */
function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Loads the RSS and Atom reader, with the RFC 822 dates RSS writes, when `body` is XML and they are
 * not there yet (once per page), so a page that shows only JSON feeds never downloads them.
 */
async function readyFor(body: string): Promise<void> {
  if (!needsXmlFormats(body)) return;
  await loadOnDemand('the RSS and Atom reader', () => Promise.all([import('./xml-formats.js'), loadRfcDates()]));
}

/**
 * What the last parse met that the data layer loads on demand — a WordPress or Ghost body, a
 * character reference only the full HTML table knows, a date only the RFC 822 reader reads — as
 * the loaders to call.
 */
function takeMissing(): (() => Promise<unknown>)[] {
  const loads: (() => Promise<unknown>)[] = [];
  if (takeMissedFormat()) loads.push(loadCmsFormats);
  if (takeMissedEntity()) loads.push(() => loadOnDemand('the table of character references', loadEntities));
  if (takeMissedDate()) loads.push(() => loadOnDemand('the RFC 822 date reader', loadRfcDates));
  return loads;
}

/**
 * `read` run now, for what an element's `post` or `posts` property holds (normalizePost). When it
 * met something loaded on demand that is not there yet (see {@link takeMissing}), the second value
 * is the loading of it: `read` run again then gives the whole result.
 */
export function readNow<T>(read: () => T): [T, Promise<unknown>?] {
  takeMissing();
  const value = read();
  const missing = takeMissing();
  return [value, missing.length ? Promise.all(missing.map((load) => load())) : undefined];
}

/**
 * Parses an entry, loading first what its body needs; when the parse met something loaded on
 * demand (see {@link takeMissing}), that is loaded (once per page) and the body parsed again, so
 * the common case loads nothing more.
 */
async function parseText(entry: Entry, format: FeedFormat): Promise<ParsedFeed> {
  await readyFor(entry.body);
  const parse = parseEntry(entry, format);
  takeMissing();
  const feed = parse();
  const missing = takeMissing();
  if (!missing.length) return feed;
  await Promise.all(missing.map((load) => load()));
  return parse();
}

/** The body is kept as text and parsed again on use: whatever sits in storage is checked like any feed. */
const parseEntry = (entry: Entry, format: FeedFormat) => () =>
  feedOf(parseSource(entry.body, { format, baseUrl: entry.url, totalPages: entry.totalPages }));

/** The cached entry for `key`, or undefined; a corrupt one is removed, so it is not read again. */
function readEntry(key: string): Entry | undefined {
  const entry = storedEntry<Entry>(key);
  if (!entry && storage()?.getItem(key)) removeCache(key);
  return entry;
}

/**
 * The cached copy parsed (at once, so a request, when one is needed, still starts in the same
 * task); what it needs that loads on demand is noted for the caller to load. A body that no
 * longer parses is removed like any corrupt entry.
 */
function readCache(key: string, entry: Entry | undefined, format: FeedFormat): Cached | undefined {
  if (!entry) return undefined;
  try {
    takeMissing();
    const feed = parseEntry(entry, format)();
    return { entry, feed, missing: takeMissing() };
  } catch {
    removeCache(key);
    return undefined;
  }
}

/** A cached copy that met a rare reference or date is read again once their readers are there. */
async function completeMissing(cached: Cached, format: FeedFormat): Promise<void> {
  if (!cached.missing.length) return;
  await Promise.all(cached.missing.map((load) => load()));
  cached.feed = parseEntry(cached.entry, format)();
  cached.missing = [];
}

/** Removes a cached entry; storage that cannot even remove is storage we do without. */
function removeCache(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do.
  }
}

/** Stores an entry; over quota the key is removed, so an older copy cannot pass for this one. */
function writeCache(key: string, entry: Entry): void {
  try {
    storage()?.setItem(key, JSON.stringify(entry));
  } catch {
    removeCache(key);
  }
}

/**
 * The body as text: read as bytes (never `response.text()`, which knows only UTF-8), inflated when
 * it is a gzip file, and decoded by byte-order mark, HTTP charset or XML declaration. Plain UTF-8 is
 * read at once; anything else, gzip too, loads the full decoder (decode.ts) first, once per page.
 */
async function bodyText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const contentType = response.headers.get('content-type');
  const text = utf8Text(bytes, contentType);
  if (text !== undefined) return text;
  const decoder = await loadOnDemand("the reader of this feed's encoding", () => import('./decode.js'));
  return decoder.decodeBytes(decoder.isGzip(bytes) ? await decoder.gunzip(bytes) : bytes, contentType);
}

/**
 * Fetches and parses once for all callers; 304 renews the cached copy's time. The loader's early
 * request for this URL, when it asked with the same validators, stands in for the first fetch.
 */
async function request(
  key: string,
  url: string,
  format: FeedFormat,
  cached: Cached | undefined,
  fetcher: typeof fetch,
  signal: AbortSignal,
  early: EarlyRequest | undefined,
): Outcome {
  const send = (validators?: Entry) => {
    const headers = requestHeaders(validators);
    return takeRequest(early, url, headers, signal) ?? fetcher.call(globalThis, url, { headers, signal });
  };
  const old = cached?.entry;
  const conditional = old && (old.etag || old.lastModified) && !plainUrls.has(url) ? old : undefined;
  let response: Response;
  let body: string;
  try {
    try {
      response = await send(conditional);
    } catch (error) {
      if (!conditional || signal.aborted) throw error;
      // Validator headers need a CORS preflight, which many servers refuse: ask once more plainly.
      response = await send();
      plainUrls.add(url);
    }
    const status = response.status;
    if (status === 304 && cached) {
      writeCache(key, { ...cached.entry, time: Date.now() });
      await completeMissing(cached, format);
      return { feed: cached.feed, changed: false };
    }
    if (!response.ok) {
      throw new FeedError(
        'http',
        `HTTP ${status} from ${url}: ${status < 500 ? 'check the address' : 'try again later'}.`,
        { status },
      );
    }
    body = await bodyText(response);
  } catch (cause) {
    throw isFeedError(cause)
      ? cause
      : new FeedError('network', `Could not reach ${url}: check the connection and CORS headers.`, {
          cause,
        });
  }
  const headers = response.headers;
  const entry: Entry = {
    time: Date.now(),
    etag: headers.get('etag'),
    lastModified: headers.get('last-modified'),
    body,
    url: response.url || url,
    totalPages: Number(headers.get('x-wp-totalpages')) || undefined,
  };
  const feed = await parseText(entry, format);
  writeCache(key, entry);
  return { feed, changed: old?.body !== body };
}

/**
 * Waits for a shared request with this caller's own signal and timeout. When the last waiter
 * leaves, the request is aborted: nobody needs the response any more.
 */
function join(shared: Shared, key: string, url: string, timeout: number, signal?: AbortSignal): Outcome {
  shared.waiters++;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (--shared.waiters === 0 && inflight.get(key) === shared) {
        inflight.delete(key);
        shared.controller.abort();
      }
      settle();
    };
    const onAbort = () => finish(() => reject(signal!.reason));
    const timer = Number.isFinite(timeout)
      ? setTimeout(
          () => finish(() => reject(new FeedError('timeout', `No answer from ${url} in ${timeout / 1000} s.`))),
          timeout,
        )
      : undefined;
    signal?.addEventListener('abort', onAbort);
    shared.promise.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}

/**
 * Fetches and parses a feed. Requests for the same URL in flight are shared; a successful response
 * is kept in `sessionStorage` and used without a request for `cacheTtl` seconds; after that the
 * cached copy is returned at once and revalidated in the background (`If-None-Match` /
 * `If-Modified-Since`), with `onRevalidate` told when the posts changed — or, when that request fails,
 * given the same copy with `stale: true`. When a request fails and a
 * cached copy exists, the copy comes back with `stale: true` instead of an error.
 *
 * Rejects with a {@link FeedError} (`network`, `timeout`, `http` with `status`, `parse`, `format`),
 * or with `signal.reason` (an `AbortError` DOMException by default) when the caller aborts. Callers
 * sharing a request get their own `posts` array but the same post objects: treat them as read-only.
 */
export async function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  const { signal, onRevalidate, format = 'auto', cacheTtl = 300, timeout = 10_000 } = options;
  if (signal?.aborted) throw signal.reason;
  const href = feedHref(url);
  if (!/^https?:/.test(href)) throw new FeedError('network', `Not an http(s) address: "${url}".`);
  // A WordPress or Ghost address: their reader loads beside the request rather than after it.
  if (/^(wordpress|ghost)$/.test(format) || /\/(wp-json|ghost\/api)\//.test(href)) {
    loadCmsFormats().catch(() => undefined);
  }
  // The loader's early request is for the element's first load only.
  const host = options.host as { [EARLY_REQUEST]?: EarlyRequest } | undefined;
  const early = host?.[EARLY_REQUEST];
  if (early) delete host![EARLY_REQUEST];
  const key = cacheKey(format, href);
  const entry = readEntry(key);
  // A cached RSS or Atom body needs its reader first, the first time on this page.
  if (entry && needsXmlFormats(entry.body)) {
    await readyFor(entry.body);
    if (signal?.aborted) throw signal.reason;
  }
  const cached = readCache(key, entry, format);
  const result = (feed: ParsedFeed, fromCache: boolean, stale = false): LoadedFeed => ({
    ...feed,
    posts: feed.posts.slice(),
    fromCache,
    stale,
  });
  const wait = (abort?: AbortSignal) => {
    let shared = inflight.get(key);
    if (!shared) {
      const controller = new AbortController();
      const promise = request(key, href, format, cached, options.fetch ?? globalThis.fetch, controller.signal, early);
      shared = { promise, controller, waiters: 0 };
      const current = shared;
      promise
        .finally(() => inflight.get(key) === current && inflight.delete(key))
        // Each waiter handles the failure; the request itself may have none left.
        .catch(() => undefined);
      inflight.set(key, shared);
    }
    return join(shared, key, href, timeout > 0 ? timeout : 10_000, abort);
  };

  if (cached && !options.force) {
    if (!isFresh(cached.entry.time, cacheTtl)) {
      // The expired copy shows at once; a failed revalidation turns it into a stale one.
      wait().then(
        ({ feed, changed }) => changed && !signal?.aborted && onRevalidate?.(result(feed, false)),
        (error) => isFeedError(error) && !signal?.aborted && onRevalidate?.(result(cached.feed, true, true)),
      );
    }
    await completeMissing(cached, format);
    if (signal?.aborted) throw signal.reason;
    return result(cached.feed, true);
  }
  try {
    return result((await wait(signal)).feed, false);
  } catch (error) {
    if (cached && isFeedError(error)) {
      await completeMissing(cached, format);
      return result(cached.feed, true, true);
    }
    throw error;
  }
}

/**
 * Makes the saved copies of the feed at `url` (absolute) old, in every format: the next load shows
 * them at once and asks the server again (a counted view changed the counts the copy holds).
 */
export function expireFeed(url: string): void {
  try {
    const store = storage()!;
    for (let i = store.length; i--;) {
      const key = store.key(i);
      const entry = key?.startsWith(CACHE_PREFIX) && key.endsWith(` ${url}`) ? readEntry(key) : undefined;
      if (entry) writeCache(key!, { ...entry, time: 0 });
    }
  } catch {
    // No storage: nothing saved to expire.
  }
}

/** Forgets every cached feed (the `sessionStorage` entries this library wrote) and every request in flight. */
export function clearFeedCache(): void {
  inflight.clear();
  plainUrls.clear();
  try {
    const store = storage()!;
    for (let i = store.length; i--;) {
      const key = store.key(i);
      if (key?.startsWith(CACHE_PREFIX)) store.removeItem(key);
    }
  } catch {
    // Nothing can be cleared from storage that is off.
  }
}
