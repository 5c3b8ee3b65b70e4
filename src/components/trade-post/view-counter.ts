/**
 * Counting the views of a full post: once per post per tab, when the post has been at least half
 * visible for one second, the element announces `trade-post-view` and, given a `views-endpoint`,
 * sends `{ id, url, page }` there. Only a full post is read, so this lives in the full-post module.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Post } from '../../feed/post.js';
import { pageUrl } from '../../shared/url.js';

/** What a view is counted from: the post on screen, the element showing it, and where views go. */
export interface ViewArgs {
  post: Post;
  /** The post's `<article>`, whose visibility is watched. */
  target: Element;
  /** The `views-endpoint` attribute, as written. */
  endpoint?: string;
  /** Called once the endpoint accepted the view (the saved copy of the feed now holds an old count). */
  onSent?: () => void;
}

/** How long (ms) a post stays at least half visible before it counts as read. */
export const VIEW_DWELL_MS = 1000;

/** Visibility is checked at every hundredth of the post, so a tall post is seen filling half the screen. */
const THRESHOLDS = Array.from({ length: 101 }, (_, i) => i / 100);

const STORE_KEY = 'trade-widgets:viewed';
/** Posts counted in this tab, for when `sessionStorage` is off (then once per page instead). */
const counted = new Set<string>();

const viewKey = ({ id, url }: Post): string => `${id} ${url ?? ''}`;

/** The keys counted in this tab: they survive a reload, as `sessionStorage` does, and no more. */
function countedKeys(): string[] {
  try {
    const list: unknown = JSON.parse(sessionStorage.getItem(STORE_KEY) ?? '[]');
    return Array.isArray(list) ? (list as string[]) : [];
  } catch {
    return [];
  }
}

const wasCounted = (key: string): boolean => counted.has(key) || countedKeys().includes(key);

function markCounted(key: string): void {
  counted.add(key);
  try {
    sessionStorage.setItem(STORE_KEY, JSON.stringify([...countedKeys(), key].slice(-200)));
  } catch {
    // Storage off or full: the in-page set still counts the post once.
  }
}

/**
 * At least half of the post is on screen — or, for a post taller than two screens, which can never
 * be half visible, it fills at least half the screen.
 */
function halfVisible(entry: IntersectionObserverEntry): boolean {
  const screen = entry.rootBounds?.height || window.innerHeight;
  return entry.isIntersecting && (entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= screen / 2);
}

/**
 * Sends one view of `post` to `endpoint`: a `fetch` with `keepalive` (it outlives the page when the
 * reader leaves) and without credentials — `navigator.sendBeacon` would carry the page's cookies.
 * The page goes without its query and fragment, which can carry identifiers; no `Referer` either.
 * Nothing is sent without an http(s) endpoint or when the reader's browser sends Global Privacy
 * Control. Resolves `true` when the endpoint accepted the view; never rejects.
 */
export async function sendView(endpoint: string | undefined, post: Post): Promise<boolean> {
  const url = pageUrl(endpoint);
  if (!url || (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true) return false;
  try {
    const response = await fetch(url, {
      method: 'POST',
      keepalive: true,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: post.id, url: post.url ?? null, page: location.origin + location.pathname }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** What an element showing full posts calls after each update, with the post now on screen. */
export type WatchViews = (args: ViewArgs | undefined) => void;

/**
 * Watches the post an element shows (`watch` it after each update; undefined when no post is on
 * screen: loading, an error, another variant) and counts it once it has been at least half visible
 * for {@link VIEW_DWELL_MS} while the page shows: a post scrolled past in a blink, or left in a
 * background tab, is not a view. `onView` is told first; then the view is sent. Watching stops when
 * the element leaves the page and starts again with its next update. (A closure rather than a
 * class: its state minifies to a few letters, in a chunk every full post downloads.)
 */
export function viewCounter(host: ReactiveControllerHost, onView: (post: Post) => void): WatchViews {
  let watched: ViewArgs | undefined;
  let observer: IntersectionObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let visible = false;

  /** Starts the one-second wait while the post is half visible on a shown page; stops it otherwise. */
  const arm = (): void => {
    if (!visible || document.visibilityState === 'hidden') timer = void clearTimeout(timer);
    else timer ??= setTimeout(count, VIEW_DWELL_MS);
  };

  const stop = (): void => {
    observer?.disconnect();
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', arm);
    observer = timer = watched = undefined;
    visible = false;
  };

  function count(): void {
    const args = watched!;
    stop();
    const key = viewKey(args.post);
    if (wasCounted(key)) return;
    markCounted(key);
    onView(args.post);
    void sendView(args.endpoint, args.post).then((accepted) => accepted && args.onSent?.());
  }

  host.addController({ hostConnected: () => host.requestUpdate(), hostDisconnected: stop });

  return (args) => {
    if (observer && args?.target === watched?.target && viewKey(args!.post) === viewKey(watched!.post)) {
      watched = args;
      return;
    }
    stop();
    if (!args || wasCounted(viewKey(args.post)) || typeof IntersectionObserver === 'undefined') return;
    watched = args;
    observer = new IntersectionObserver(
      (entries) => {
        visible = halfVisible(entries[entries.length - 1]!);
        arm();
      },
      { threshold: THRESHOLDS },
    );
    observer.observe(args.target);
    document.addEventListener('visibilitychange', arm);
  };
}
