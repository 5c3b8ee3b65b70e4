import { fixture, html, oneEvent } from '@open-wc/testing';
import type { Post } from '../../../src/feed/index.js';
import type { TradePost } from '../../../src/components/trade-post/trade-post.js';
import { loadSanitizer } from '../../../src/shared/load-sanitizer.js';
import '../../../src/trade-post.js';

/** Images served by the test server, so they load instead of failing (failed images are hidden). */
export const imageUrl = new URL('/test/components/trade-post/fixtures/port.svg', location.origin).href;
export const avatarUrl = new URL('/test/components/trade-post/fixtures/avatar.svg', location.origin).href;

/** The seed page's post, normalized. */
export const seedPost: Post = {
  id: 'maritime-regulator-hit',
  title: 'Maritime Regulator Hit by Cyberattack, Data Possibly Stolen in Last Weeks CMA CGM Cyberattack',
  url: 'https://www.tradelogicintl.com/post/maritime-regulator-hit',
  summary: 'International Maritime Organization is the second shipping entity attacked by hackers in the past week.',
  contentHtml:
    '<p>(WSJ) The International Maritime Organization, the United Nations arm that regulates global shipping, said its London headquarters has been hit by a cyberattack.</p><h2>CMA CGM</h2><p>CMA CGM SA said some of its data may have been stolen.</p>',
  image: imageUrl,
  datePublished: '2020-10-02T14:00:00.000Z',
  authors: [{ name: 'Stephen Fodor', url: 'https://www.tradelogicintl.com/profile/stephen', avatar: avatarUrl }],
  tags: ['Cybersecurity', 'Shipping'],
  views: 18,
  comments: 0,
};

export function makePost(overrides: Partial<Post> = {}): Post {
  return { ...seedPost, ...overrides };
}

/** A JSON Feed 1.1 document holding `posts`. */
export function jsonFeed(posts: Post[]): unknown {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Trade Logic News',
    items: posts.map((p) => ({
      id: p.id,
      url: p.url,
      title: p.title,
      summary: p.summary,
      content_html: p.contentHtml,
      image: p.image,
      date_published: p.datePublished,
      authors: p.authors,
      tags: p.tags,
      _trade: { views: p.views, comments: p.comments },
    })),
  };
}

export const jsonResponse = (body: unknown, init: ResponseInit = {}): Response =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/feed+json' },
    ...init,
  });

type Handler = (url: string, init?: RequestInit) => Response | Promise<Response>;

/** Replaces `window.fetch` with `handler`; returns the calls made and a restore function. */
export function stubFetch(handler: Handler): { calls: string[]; restore: () => void } {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    const signal = init?.signal;
    return new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      Promise.resolve(handler(url, init)).then(resolve, reject);
    });
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

/** A promise with its resolve function, to hold a response back until the test says so. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Loads the body sanitizer once before a file's tests: on a busy machine the dev server's first
 * transform of DOMPurify can take longer than one test's timeout. Use as `before(warmUp)`.
 */
export async function warmUp(this: Mocha.Context): Promise<void> {
  this.timeout(60_000);
  await loadSanitizer();
}

/** Renders a `<trade-post>` with `post` set and waits for its body (if any) to render. */
export async function renderPost(
  post: Post | Record<string, unknown>,
  attrs: Record<string, string> = {},
): Promise<TradePost> {
  const el = document.createElement('trade-post');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.post = post;
  const loaded = oneEvent(el, 'trade-post-load');
  // Fixture the element itself: a plain wrapper would make fixture() wait for an animation frame,
  // which never comes while the test page is a background tab (test files run side by side).
  await fixture(html`${el}`);
  await loaded;
  await el.updateComplete;
  return el;
}

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
/** Text of a shadow element with whitespace collapsed. */
export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
