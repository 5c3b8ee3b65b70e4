import { clearFeedCache } from '../../src/feed/index.js';

/** One request the data layer made through `fetch`. */
export interface Call {
  url: string;
  headers: Headers;
  signal?: AbortSignal;
}

type Handler = (call: Call, index: number) => Response | Promise<Response>;

const realFetch = window.fetch;
let counter = 0;

/** The text of a file in test/fixtures/feeds, read with the real `fetch`. */
export async function fixtureText(name: string): Promise<string> {
  const response = await realFetch(new URL(`../fixtures/feeds/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.text();
}

/** Replaces `window.fetch` with `handler`; returns the calls, filled in as they happen. */
export function stubFetch(handler: Handler): Call[] {
  const calls: Call[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const call: Call = {
      url: String(input instanceof Request ? input.url : input),
      headers: new Headers(init?.headers),
      signal: init?.signal ?? undefined,
    };
    calls.push(call);
    try {
      return Promise.resolve(handler(call, calls.length - 1));
    } catch (error) {
      return Promise.reject(error);
    }
  }) as typeof window.fetch;
  return calls;
}

/** Puts the real `fetch` back and forgets every cached feed. */
export function restore(): void {
  window.fetch = realFetch;
  clearFeedCache();
}

/** A feed URL no other test uses, so neither cache nor shared requests leak between tests. */
export function feedUrl(name = 'feed', extension = 'json'): string {
  counter += 1;
  return `https://news.example.com/${name}-${counter}-${Date.now()}.${extension}`;
}

/** A JSON Feed 1.1 with `count` items titled "Post 1"… (or `titles`). */
export function jsonFeed(titles: number | string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const list = typeof titles === 'number' ? Array.from({ length: titles }, (_, i) => `Post ${i + 1}`) : titles;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Test feed',
    items: list.map((title, i) => ({ id: `p${i + 1}`, title, url: `/posts/${i + 1}` })),
    ...extra,
  };
}

/** A JSON response the way a feed server sends one. */
export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
}

/** A promise that never settles unless the request's signal aborts it, like a server that hangs. */
export function hang(call: Call): Promise<Response> {
  return new Promise((_, reject) => {
    call.signal?.addEventListener('abort', () => reject(call.signal!.reason));
  });
}

/** A promise with its resolve function, to let a test decide when a response arrives. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The sessionStorage keys the data layer wrote for `url`. */
export function storedKeys(url: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < sessionStorage.length; i++) {
    const key = sessionStorage.key(i)!;
    if (key.startsWith('trade-widgets:') && key.endsWith(url)) keys.push(key);
  }
  return keys;
}
