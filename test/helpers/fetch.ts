import { clearFeedCache } from '../../src/feed/index.js';

/** Answers one request the page makes through `fetch`; `index` counts the calls from 0. */
export type FetchHandler = (request: Request, index: number) => Response | Promise<Response>;

const realFetch = window.fetch;

/**
 * Replaces `window.fetch` with `handler`, which gets each call as a real `Request` and answers
 * with a real `Response`. Like a real fetch, a call rejects with the signal's reason once its
 * signal aborts. Returns the requests made (copies, so their bodies can still be read), filled in
 * as they happen. Undone after the test (see `restoreFetch`).
 */
export function stubFetch(handler: FetchHandler): Request[] {
  const requests: Request[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const index = requests.push(request.clone()) - 1;
    const { signal } = request;
    return new Promise<Response>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      Promise.resolve()
        .then(() => handler(request, index))
        .then(resolve, reject);
    });
  };
  return requests;
}

/**
 * Puts the real `fetch` back and forgets every cached feed, so tests stay independent. It runs
 * after every test of any file that imports this module (registered once, below); call it
 * yourself only to get the real network back in the middle of a test.
 */
export function restoreFetch(): void {
  window.fetch = realFetch;
  clearFeedCache();
}

afterEach(restoreFetch);

/** A server that never answers: the request only ends when its signal aborts. */
export const hang = (_request?: Request): Promise<Response> => new Promise<Response>(() => undefined);

/** The URLs of `requests`, in order. */
export const urls = (requests: readonly Request[]): string[] => requests.map((request) => request.url);
