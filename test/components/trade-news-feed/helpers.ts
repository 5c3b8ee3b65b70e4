import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { clearFeedCache } from '../../../src/feed/index.js';
import type { Post } from '../../../src/feed/post.js';
import type { TradeNewsFeed } from '../../../src/components/trade-news-feed/trade-news-feed.js';
import '../../../src/trade-news-feed.js';

/** One request the page made through `fetch`. */
export interface Call {
  url: string;
  signal?: AbortSignal;
  headers: Headers;
}

type Handler = (url: string, call: Call) => Response | Promise<Response>;

const realFetch = window.fetch;
let counter = 0;

/** Replaces `window.fetch` with `handler`; returns the list of calls, filled in as they happen. */
export function stubFetch(handler: Handler): Call[] {
  const calls: Call[] = [];
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : undefined;
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const call: Call = {
      url: new URL(url, location.href).href,
      signal: init?.signal ?? request?.signal ?? undefined,
      headers: new Headers(init?.headers ?? request?.headers),
    };
    calls.push(call);
    return handler(call.url, call);
  }) as typeof window.fetch;
  return calls;
}

/** Puts the real `fetch` back and forgets every cached feed, so tests stay independent. */
export function restore(): void {
  window.fetch = realFetch;
  clearFeedCache();
}

/** A URL no other test uses, so no cache or shared request leaks between tests. */
export function feedUrl(name = 'feed'): string {
  counter += 1;
  return `https://news.example.com/${name}-${counter}.json`;
}

/** A JSON response, the way a feed server sends one. */
export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
}

/** A JSON Feed 1.1 item numbered `n`. */
export function item(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `post-${n}`,
    url: `https://blog.example.com/post-${n}`,
    title: `Post number ${n}`,
    summary: `Summary of post ${n}.`,
    image: `https://blog.example.com/img/${n}.jpg`,
    date_published: `2024-05-${String(10 + (n % 18)).padStart(2, '0')}T10:00:00Z`,
    authors: [{ name: 'Ana Broker' }],
    tags: ['Customs'],
    _trade: { views: n, comments: 0 },
    ...extra,
  };
}

/** A JSON Feed 1.1 document. */
export function jsonFeed(items: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Trade news', items, ...extra };
}

/** `count` items numbered from `from`. */
export function items(count: number, from = 1): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => item(from + i));
}

/** A response that never comes, and fails with `AbortError` once `signal` aborts — a hung server. */
export function hang(signal?: AbortSignal): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError')));
  });
}

/** A promise resolved from outside. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The first `name` event to reach the document (feed events bubble and are composed). */
export function nextEvent<T = unknown>(name: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) =>
    document.addEventListener(name, (event) => resolve(event as CustomEvent<T>), { once: true }),
  );
}

export const root = (el: TradeNewsFeed): ShadowRoot => el.shadowRoot!;
export const part = <T extends Element = HTMLElement>(el: TradeNewsFeed, name: string): T | null =>
  root(el).querySelector<T>(`[part~="${name}"]`);

type Card = HTMLElement & { post?: Post; updateComplete: Promise<unknown> };

/** The `<trade-post>` cards the feed shows, in order. */
export const cards = (el: TradeNewsFeed): Card[] => [...root(el).querySelectorAll<Card>('trade-post')];

/** Titles of the posts shown, in order. */
export const titles = (el: TradeNewsFeed): string[] => cards(el).map((card) => card.post?.title ?? '');

/** Resolves once the feed shows posts, an empty message or an error. */
export async function settled(el: TradeNewsFeed): Promise<void> {
  await waitUntil(
    () => root(el).querySelector('[part~="item"], [part~="empty"], [part~="error"]') !== null,
    'the feed never left its loading state',
    { timeout: 3000 },
  );
  await el.updateComplete;
  await Promise.all(cards(el).map((card) => card.updateComplete));
}

/** A feed from `template`, after it has settled. */
export async function feedFixture(template: TemplateResult): Promise<TradeNewsFeed> {
  const el = await fixture<TradeNewsFeed>(template);
  await settled(el);
  return el;
}

/** Text of a node as a reader meets it, crossing into open shadow roots. */
export function textOf(node: Node): string {
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent ?? '';
    if (n instanceof HTMLStyleElement) return;
    const children = n instanceof Element && n.shadowRoot ? n.shadowRoot.childNodes : n.childNodes;
    children.forEach(walk);
  };
  walk(node);
  return out.replace(/\s+/g, ' ').trim();
}
