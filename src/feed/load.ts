import { FeedError, isFeedError } from './errors.js';
import { parseSource } from './parse.js';
import { feedOf, type FeedFormat, type LoadedFeed, type ParsedFeed } from './post.js';

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
}

/** A cached response: when it was stored, its validators (ETag, Last-Modified), body, URL and pages. */
interface Entry {
  t: number;
  e?: string | null;
  m?: string | null;
  b: string;
  u: string;
  p?: number;
}

/** A cached entry with its body parsed. */
interface Cached {
  entry: Entry;
  feed: ParsedFeed;
}

type Outcome = Promise<{ feed: ParsedFeed; changed: boolean }>;

/** A request in flight, shared by every caller of the same URL. */
interface Shared {
  promise: Outcome;
  controller: AbortController;
  waiters: number;
}

/** Storage keys are this prefix, the format and the URL: one entry per feed and format. */
const PREFIX = 'trade-widgets:feed:';
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

/** The body is kept as it came and parsed again on use: whatever sits in storage is checked like any feed. */
const parseEntry = (entry: Entry, format: FeedFormat) =>
  feedOf(parseSource(entry.b, { format, baseUrl: entry.u, totalPages: entry.p }));

function readCache(key: string, format: FeedFormat): Cached | undefined {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return undefined;
    const entry = JSON.parse(raw) as Entry;
    if (typeof entry.t !== 'number') throw 0;
    return { entry, feed: parseEntry(entry, format) };
  } catch {
    // A corrupt entry goes, so it is not read again.
    writeCache(key);
    return undefined;
  }
}

/** Stores an entry, or removes the key: over quota, an older copy must not pass for this one. */
function writeCache(key: string, entry?: Entry): void {
  const store = storage();
  try {
    if (!entry) throw 0;
    store?.setItem(key, JSON.stringify(entry));
  } catch {
    try {
      store?.removeItem(key);
    } catch {
      // Storage that cannot even remove is storage we do without.
    }
  }
}

/** Fetches and parses once for all callers; 304 renews the cached copy's time. */
async function request(
  key: string,
  url: string,
  format: FeedFormat,
  cached: Cached | undefined,
  fetcher: typeof fetch,
  signal: AbortSignal,
): Outcome {
  const send = (validators?: Entry) => {
    const headers: Record<string, string> = {};
    if (validators?.e) headers['If-None-Match'] = validators.e;
    if (validators?.m) headers['If-Modified-Since'] = validators.m;
    return fetcher.call(globalThis, url, { headers, signal });
  };
  const old = cached?.entry;
  const conditional = old && (old.e || old.m) && !plainUrls.has(url) ? old : undefined;
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
      writeCache(key, { ...cached.entry, t: Date.now() });
      return { feed: cached.feed, changed: false };
    }
    if (!response.ok) {
      throw new FeedError(
        'http',
        `HTTP ${status} from ${url}: ${status < 500 ? 'check the address' : 'try again later'}.`,
        { status },
      );
    }
    body = await response.text();
  } catch (cause) {
    throw isFeedError(cause)
      ? cause
      : new FeedError('network', `Could not reach ${url}: check the connection and CORS headers.`, {
          cause,
        });
  }
  const headers = response.headers;
  const entry: Entry = {
    t: Date.now(),
    e: headers.get('etag'),
    m: headers.get('last-modified'),
    b: body,
    u: response.url || url,
    p: Number(headers.get('x-wp-totalpages')) || undefined,
  };
  const feed = parseEntry(entry, format);
  writeCache(key, entry);
  return { feed, changed: old?.b !== body };
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
  let href = '';
  try {
    href = new URL(url, globalThis.location?.href).href;
  } catch {
    // Reported just below, like any address that is not http(s).
  }
  if (!/^https?:/.test(href)) throw new FeedError('network', `Not an http(s) address: "${url}".`);
  const key = `${PREFIX}${format} ${href}`;
  const cached = readCache(key, format);
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
      const promise = request(key, href, format, cached, options.fetch ?? globalThis.fetch, controller.signal);
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
    if (Date.now() - cached.entry.t >= (cacheTtl >= 0 ? cacheTtl : 300) * 1000) {
      // The expired copy shows at once; a failed revalidation turns it into a stale one.
      wait().then(
        ({ feed, changed }) => changed && !signal?.aborted && onRevalidate?.(result(feed, false)),
        (error) => isFeedError(error) && !signal?.aborted && onRevalidate?.(result(cached.feed, true, true)),
      );
    }
    return result(cached.feed, true);
  }
  try {
    return result((await wait(signal)).feed, false);
  } catch (error) {
    if (cached && isFeedError(error)) return result(cached.feed, true, true);
    throw error;
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
      if (key?.startsWith(PREFIX)) store.removeItem(key);
    }
  } catch {
    // Nothing can be cleared from storage that is off.
  }
}
