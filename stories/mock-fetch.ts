/**
 * The stories' network: a stub `window.fetch` that answers the paths under `/stories/` from the
 * routes each story registers, so every state (loaded, loading, failing, stale) is reproducible
 * and nothing leaves the machine.
 *
 * - A path under `/stories/` that no active story registered gets a 404 and a console error, so the
 *   smoke check in CI catches a story that forgot a route.
 * - Any other origin is refused with the `TypeError` a browser gives for a failed request, plus a
 *   console error: no story may depend on the real network.
 * - Other same-origin requests (Storybook's own files, such as index.json on hot reload) go to the
 *   original `fetch`; they are served by the local Storybook server.
 *
 * Several stories can be active at once (the docs page renders all of them), so routes are kept
 * per story and the stub stays installed until the last story's cleanup restores the original.
 */

/** Builds the response for one request; `call` counts this route's earlier requests (0 first). */
export type Reply = (request: Request, call: number) => Response | Promise<Response>;

/** Routes by path, e.g. `'/stories/feed.json'`; a key with a query string matches only that query. */
export type Routes = Record<string, Reply>;

const MOCK_PREFIX = '/stories/';
/** Every key the library keeps in sessionStorage (feed cache, form drafts) starts with this. */
const STORAGE_PREFIX = 'trade-widgets:';

interface Registration {
  routes: Routes;
  calls: Map<string, number>;
}

const active: Registration[] = [];
let original: typeof fetch | undefined;

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Settles with `response`, or rejects as a real fetch would when the request is aborted first. */
function abortable(request: Request, response: Promise<Response>): Promise<Response> {
  const { signal } = request;
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    response.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function findRoute(url: URL): { registration: Registration; key: string } | undefined {
  for (let i = active.length - 1; i >= 0; i--) {
    const registration = active[i]!;
    for (const key of [url.pathname + url.search, url.pathname]) {
      if (key in registration.routes) return { registration, key };
    }
  }
  return undefined;
}

function stubFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  let request: Request;
  try {
    request = new Request(input, init);
  } catch (error) {
    return Promise.reject(error);
  }
  const url = new URL(request.url);
  if (url.origin !== location.origin) {
    console.error(`[mock-fetch] blocked a request to another host: ${url.href}`);
    return Promise.reject(new TypeError('Failed to fetch'));
  }
  if (!url.pathname.startsWith(MOCK_PREFIX)) return original!.call(window, input, init);

  const match = findRoute(url);
  if (!match) {
    console.error(`[mock-fetch] no story route for ${url.pathname}${url.search}`);
    return abortable(request, Promise.resolve(new Response('Not found', { status: 404 })));
  }
  const call = match.registration.calls.get(match.key) ?? 0;
  match.registration.calls.set(match.key, call + 1);
  let reply: Promise<Response>;
  try {
    reply = Promise.resolve(match.registration.routes[match.key]!(request, call));
  } catch (error) {
    reply = Promise.reject(error);
  }
  return abortable(request, reply);
}

/**
 * Forgets the library's saved feeds and form drafts, so each story starts as a first visit (a
 * draft typed in one story would otherwise reappear, "restored", in the next).
 */
export function clearSavedState(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(STORAGE_PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // Storage blocked: then nothing was saved either.
  }
}

/**
 * A `beforeEach` hook that answers `routes` while the story is shown and removes them afterwards:
 * `beforeEach: mockFetch({ '/stories/feed.json': json(feed) })`. The story also starts and ends
 * with no saved feeds or drafts.
 */
export function mockFetch(routes: Routes): () => () => void {
  return () => {
    clearSavedState();
    const registration: Registration = { routes, calls: new Map() };
    if (active.length === 0) {
      original = window.fetch;
      window.fetch = stubFetch;
    }
    active.push(registration);
    return () => {
      const index = active.indexOf(registration);
      if (index >= 0) active.splice(index, 1);
      if (active.length === 0 && original) {
        window.fetch = original;
        original = undefined;
      }
      clearSavedState();
    };
  };
}

/** A JSON body, 200 unless `init` says otherwise. A fresh `Response` every call: bodies read once. */
export function json(body: unknown, init: ResponseInit = {}): Reply {
  const text = JSON.stringify(body);
  return () =>
    new Response(text, {
      status: 200,
      ...init,
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...(init.headers as Record<string, string>) },
    });
}

/** An HTTP error (or any status) with a short plain-text or JSON body. */
export function status(code: number, body: unknown = ''): Reply {
  return typeof body === 'string'
    ? () => new Response(body || null, { status: code, headers: { 'Content-Type': 'text/plain' } })
    : json(body, { status: code });
}

/** A request that never answers (until the element aborts it): the loading and sending states. */
export function hang(): Reply {
  return () => new Promise<Response>(() => {});
}

/** The network failing, as a browser reports it: a rejected fetch with a `TypeError`. */
export function offline(): Reply {
  return () => Promise.reject(new TypeError('Failed to fetch'));
}

/** The answer after `ms` milliseconds, so a spinner or "Sending…" shows for a moment. */
export function delayed(ms: number, reply: Reply): Reply {
  return (request, call) => new Promise((resolve) => setTimeout(resolve, ms)).then(() => reply(request, call));
}

/** A different answer per call; the last one repeats (e.g. served once, then offline). */
export function sequence(...replies: Reply[]): Reply {
  return (request, call) => replies[Math.min(call, replies.length - 1)]!(request, call);
}
