import { FeedError, isFeedError } from './errors.js';
import { simpleItem } from './formats/simple.js';
import { parseSource } from './parse.js';
import {
  collect,
  count,
  isObject,
  str,
  text,
  type Dict,
  type FeedFormat,
  type LoadedFeed,
  type ParsedFeed,
} from './post.js';

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

/** A cached response: when it was stored, its validators (ETag, Last-Modified) and the parsed feed. */
interface Entry {
  t: number;
  e?: string;
  m?: string;
  f: ParsedFeed;
}

type Outcome = Promise<{ feed: ParsedFeed; changed: boolean }>;

/** A request in flight, shared by every caller of the same URL. */
interface Shared {
  promise: Outcome;
  controller: AbortController;
  waiters: number;
}

const PREFIX = 'trade-widgets:feed:';
/** Short enough (≤ 128 bytes) to stay a CORS-safelisted header, so it needs no preflight. */
const ACCEPT =
  'application/feed+json, application/json, application/rss+xml, application/atom+xml, text/xml, */*;q=0.8';

const inflight = new Map<string, Shared>();
/** The parsed twin of each stored string, so N elements do not parse the same entry N times. */
const parsed = new Map<string, { raw: string; entry: Entry }>();
/** Origins whose CORS rules refused the validator headers: asked without them from then on. */
const plainOrigins = new Set<string>();
/** Bumped by {@link clearFeedCache}, so a request already in flight does not refill the cache. */
let generation = 0;

/** `sessionStorage`, or undefined where it is missing or blocked; every use also tolerates it throwing. */
function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

function readCache(key: string): Entry | undefined {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return undefined;
    const memo = parsed.get(key);
    if (memo?.raw === raw) return memo.entry;
    const value: unknown = JSON.parse(raw);
    const f = isObject(value) && isObject(value.f) && Array.isArray(value.f.posts) ? value.f : undefined;
    if (!f || typeof (value as Entry).t !== 'number') throw new Error('corrupt');
    // Whatever sits in storage is checked like any feed before an element renders it.
    const feed = collect(f.posts as unknown[], (post) => simpleItem(post));
    feed.skipped += count(f.skipped) ?? 0;
    const nextUrl = str(f.nextUrl);
    const title = text(f.title);
    if (nextUrl) feed.nextUrl = nextUrl;
    if (title) feed.title = title;
    const { t, e, m } = value as Dict;
    const entry: Entry = { t: t as number, e: str(e), m: str(m), f: feed };
    parsed.set(key, { raw, entry });
    return entry;
  } catch {
    writeCache(key);
    return undefined;
  }
}

/** Stores an entry, or removes the key: over quota, an older copy must not pass for this one. */
function writeCache(key: string, entry?: Entry): void {
  const store = storage();
  try {
    if (!entry || !store) throw 0;
    const raw = JSON.stringify(entry);
    store?.setItem(key, raw);
    parsed.set(key, { raw, entry });
  } catch {
    parsed.delete(key);
    try {
      store?.removeItem(key);
    } catch {
      // Storage that cannot even remove is storage we do without.
    }
  }
}

function networkError(url: string, cause: unknown): FeedError {
  return new FeedError(
    'network',
    `Could not reach ${new URL(url).host}: check the connection and the feed address, and that the server allows this site (CORS).`,
    { cause },
  );
}

/** Fetches and parses once for all callers; 304 renews the cached copy's time. */
async function request(
  key: string,
  url: string,
  format: FeedFormat,
  cached: Entry | undefined,
  fetcher: typeof fetch,
  signal: AbortSignal,
): Outcome {
  const since = generation;
  const origin = new URL(url).origin;
  const send = (validators?: Entry) => {
    const headers: Record<string, string> = { Accept: ACCEPT };
    if (validators?.e) headers['If-None-Match'] = validators.e;
    if (validators?.m) headers['If-Modified-Since'] = validators.m;
    return fetcher.call(globalThis, url, { headers, signal });
  };
  const conditional = cached && (cached.e || cached.m) && !plainOrigins.has(origin) ? cached : undefined;
  let response: Response;
  let body: string;
  try {
    try {
      response = await send(conditional);
    } catch (error) {
      if (!conditional || signal.aborted) throw error;
      // Validator headers need a CORS preflight, which many static hosts refuse: ask once more plainly.
      response = await send();
      plainOrigins.add(origin);
    }
    if (response.status === 304 && cached) {
      if (since === generation) writeCache(key, { ...cached, t: Date.now() });
      return { feed: cached.f, changed: false };
    }
    if (!response.ok) {
      const status = response.status;
      throw new FeedError(
        'http',
        `The feed server answered HTTP ${status} for ${url}: ${
          status === 404 || status === 410
            ? 'there is no feed at this address.'
            : status === 401 || status === 403
              ? 'the feed is private or needs a login.'
              : status >= 500
                ? 'the server had a problem; try again later.'
                : 'check the feed address.'
        }`,
        { status },
      );
    }
    body = await response.text();
  } catch (error) {
    throw isFeedError(error) ? error : networkError(url, error);
  }
  const { posts, skipped, nextUrl, title } = parseSource(body, {
    format,
    baseUrl: response.url || url,
    totalPages: Number(response.headers.get('x-wp-totalpages')) || undefined,
  });
  const feed: ParsedFeed = { posts, skipped };
  if (nextUrl) feed.nextUrl = nextUrl;
  if (title) feed.title = title;
  const entry: Entry = { t: Date.now(), f: feed };
  const etag = response.headers.get('etag');
  const modified = response.headers.get('last-modified');
  if (etag) entry.e = etag;
  if (modified) entry.m = modified;
  if (since === generation) writeCache(key, entry);
  return { feed, changed: !cached || JSON.stringify(cached.f) !== JSON.stringify(feed) };
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
          () =>
            finish(() =>
              reject(new FeedError('timeout', `${url} did not answer within ${timeout / 1000} s: try again later.`)),
            ),
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
 * `If-Modified-Since`), with `onRevalidate` told when the posts changed. When a request fails and a
 * cached copy exists, the copy comes back with `stale: true` instead of an error.
 *
 * Rejects with a {@link FeedError} (`network`, `timeout`, `http` with `status`, `parse`, `format`),
 * or with `signal.reason` (an `AbortError` DOMException by default) when the caller aborts.
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
  if (!/^https?:/.test(href)) throw new FeedError('network', `"${url}" is not an http(s) address.`);
  const key = `${PREFIX}${format} ${href}`;
  const cached = readCache(key);
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
    if (Date.now() - cached.t >= (cacheTtl >= 0 ? cacheTtl : 300) * 1000) {
      wait().then(
        ({ feed, changed }) => changed && !signal?.aborted && onRevalidate?.(result(feed, false)),
        () => undefined,
      );
    }
    return result(cached.f, true);
  }
  try {
    return result((await wait(signal)).feed, false);
  } catch (error) {
    if (cached && isFeedError(error)) return result(cached.f, true, true);
    throw error;
  }
}

/** Forgets every cached feed (the `sessionStorage` entries this library wrote) and every request in flight. */
export function clearFeedCache(): void {
  generation++;
  inflight.clear();
  parsed.clear();
  plainOrigins.clear();
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
