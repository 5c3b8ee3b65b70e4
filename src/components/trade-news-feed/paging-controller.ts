import type { LitElement, ReactiveController } from 'lit';
import { loadFeed } from '../../feed/index.js';
import { readNow } from '../../feed/load.js';
import type { FeedError } from '../../feed/errors.js';
import type { LoadedFeed, Post } from '../../feed/post.js';
import { LoadController } from '../../shared/load-controller.js';
import { FeedPages, givenPosts, type RequestOptions } from './feed-pages.js';
import type { TradeFeedLoadDetail } from './trade-news-feed.events.js';

/** Pages fetched for one "Load more" click when a filter keeps rejecting what arrives. */
const MAX_PAGES_PER_CLICK = 5;

/** What the paging reads from its feed element, and tells it. */
export interface PagingOptions {
  /** The feed URL, if any. */
  src: () => string | undefined;
  /** Format, timeout and cache lifetime of every request. */
  request: () => RequestOptions;
  /** Posts per screen. */
  limit: () => number;
  /** How many of `posts` pass the element's filters. */
  matching: (posts: Post[]) => number;
  lazy: () => boolean;
  refreshEvery: () => number;
  /** Posts arrived and are on screen (`trade-feed-load`). */
  onLoad: (detail: TradeFeedLoadDetail) => void;
  /** A request failed, or posts assigned could not be read. */
  onError: (error: FeedError) => void;
}

/**
 * Where a `<trade-news-feed>`'s posts come from and how many screens of them are revealed: the
 * posts assigned through `posts` (read again once a reader loaded on demand is there), else page 1
 * of `src` (loaded when the source changes, near the viewport if lazy, refreshed on a timer) and
 * the pages "Load more" fetches after it.
 */
export class PagingController implements ReactiveController {
  /** Screens of `limit` posts revealed. */
  screens = 1;
  /** What was assigned to `posts`; when set, `src` is not fetched. */
  private _assigned?: unknown;
  /** The posts of `_assigned`, normalized; undefined while none can be read until a reader loads. */
  private _given?: Post[];
  /** The pages of `src` fetched so far. */
  private _pages = new FeedPages();
  /** Why there are no posts to show: the first load failed (or the assigned items could not be read). */
  private _failed?: FeedError;
  /** Why the last "Load more" fetched nothing, while the posts stay. */
  private _moreFailed?: FeedError;
  /** Posts that arrived, announced once the update showing them is done. */
  private _arrived?: TradeFeedLoadDetail;

  /** Page 1 of `src`: loaded when the arguments change, near the viewport if `lazy`, refreshed every `refresh` seconds. */
  private readonly _first: LoadController<[src: string, options: RequestOptions], LoadedFeed>;
  /** Further pages for "Load more": fetched until `target` posts match, or the feed ends. */
  private readonly _next: LoadController<[target: number], boolean>;

  constructor(
    private readonly _host: LitElement,
    private readonly _options: PagingOptions,
  ) {
    _host.addController(this);
    this._first = new LoadController(_host, {
      args: () => {
        const src = _options.src();
        return src && this._assigned == null ? [src, _options.request()] : undefined;
      },
      task: ([src, options], { signal, force, revalidated }) =>
        loadFeed(src, { ...options, signal, force, onRevalidate: revalidated, host: _host }),
      // Page 1, or a fresher copy of it, replaces the old page 1 and keeps later pages.
      onValue: (feed, [src]) => {
        this._failed = undefined;
        this._pages.setFirst(feed, src);
        this._arrived = { posts: this._pages.posts, skipped: this._pages.skipped, source: src };
      },
      // loadFeed rejects only with a FeedError (and a run that was aborted is never reported).
      // A failed refresh keeps the posts on screen: they are now the saved copy.
      onError: (error) => {
        if (this._pages.first) this._pages.stale = true;
        else this._failed = error as FeedError;
        _options.onError(error as FeedError);
      },
      lazy: _options.lazy,
      refreshEvery: _options.refreshEvery,
      canRefresh: () => !this._next.pending && !!this._pages.first,
    });
    this._next = new LoadController(_host, {
      manual: true,
      args: () => [this.shown + this.limit],
      task: ([target], { signal }) =>
        this._pages.fetchMore(
          () => _options.matching(this.posts) < target,
          MAX_PAGES_PER_CLICK,
          _options.request(),
          signal,
        ),
      onError: (error) => {
        this._moreFailed = error as FeedError;
        _options.onError(error as FeedError);
      },
    });
  }

  /** The posts held: those assigned, else every fetched page's. */
  get posts(): Post[] {
    return this._assigned == null ? this._pages.posts : (this._given ?? []);
  }

  /** Posts per screen. */
  get limit(): number {
    return this._options.limit();
  }

  /** How many posts the revealed screens hold. */
  get shown(): number {
    return this.screens * this.limit;
  }

  /** What was assigned to `posts`, if anything. */
  get assigned(): unknown {
    return this._assigned;
  }

  /** There are posts to show (possibly none): page 1 arrived, or the assigned items were read. */
  get ready(): boolean {
    return this._assigned == null ? !!this._pages.first : !!this._given;
  }

  /** Waiting for the first posts: the placeholder shows. */
  get busy(): boolean {
    return !this.ready && !this._failed && (this._assigned != null || !!this._options.src());
  }

  /** Why there is nothing to show, with "Try again". */
  get failed(): FeedError | undefined {
    return this.ready ? undefined : this._failed;
  }

  /** Why the last "Load more" fell short, shown below the posts. */
  get moreFailed(): FeedError | undefined {
    return this.ready ? this._moreFailed : undefined;
  }

  /** "Load more" is fetching pages. */
  get fetching(): boolean {
    return this._next.pending;
  }

  /** The broker's social profiles the feed names (none for posts assigned). */
  get profiles(): string[] | undefined {
    return this._assigned == null ? this._pages.profiles : undefined;
  }

  /** A saved copy stands in for a request that failed. */
  get stale(): boolean {
    return this._pages.stale;
  }

  /** The source has pages not yet fetched. */
  get hasNext(): boolean {
    return this._assigned == null && !!this._pages.next;
  }

  /** Takes the posts assigned to `posts` (`null` or `undefined` goes back to `src`). */
  assign(value: unknown): void {
    this._assigned = value;
    this._failed = this._moreFailed = undefined;
    this._host.requestUpdate();
    if (value == null) {
      this._given = undefined;
      return;
    }
    const [{ posts, skipped }, more] = readNow(() => givenPosts(value));
    this.screens = 1;
    this._given = more && !posts.length ? undefined : posts;
    if (!more) {
      this._arrived = { posts, skipped, source: 'property' };
      return;
    }
    // What the items need that loads on demand (the WordPress and Ghost readers, a rare character
    // reference): they are read again once it is there, and announced then. Until then the posts
    // show as far as they can be read, or the placeholder. If it cannot be fetched, what could be
    // read stays and is announced; when nothing could, the error with "Try again".
    more.then(
      () => this._assigned === value && this.assign(value),
      (error: FeedError) => {
        if (this._assigned !== value) return;
        if (posts.length) {
          this._arrived = { posts, skipped, source: 'property' };
        } else {
          this._failed = error;
          this._options.onError(error);
        }
        this._host.requestUpdate();
      },
    );
  }

  hostUpdated(): void {
    const detail = this._arrived;
    if (!detail) return;
    this._arrived = undefined;
    // Once the cards have rendered (or failed to: the load still happened).
    const cards = [...this._host.renderRoot.querySelectorAll('trade-post')].map((card) => card.updateComplete);
    void Promise.allSettled(cards).then(() => this._host.isConnected && this._options.onLoad(detail));
  }

  /** A new source or format: the old one's posts must not stand in for it. */
  reset(): void {
    this._next.abort();
    this._pages = new FeedPages();
    this._failed = this._moreFailed = undefined;
    this.screens = 1;
  }

  /** Fetches page 1 again, bypassing the fresh cache. */
  refresh(): Promise<void> {
    return this._first.run();
  }

  /** "Try again" after a failed first load: page 1 again, or the assigned items read again. */
  retry(): Promise<void> {
    this._failed = undefined;
    if (this._assigned != null) this.assign(this._assigned);
    return this._first.run();
  }

  /**
   * Reveals one more screen, fetching pages until it is full or the feed ends; `fetching` is
   * called first when pages are needed. Resolves with how many posts the screens showed before and
   * how many match now, or undefined when the run was replaced (a new source, the element left the
   * page).
   */
  async more(fetching: () => void): Promise<{ before: number; matching: number } | undefined> {
    const { matching } = this._options;
    const before = Math.min(matching(this.posts), this.shown);
    this._moreFailed = undefined;
    if (this.hasNext && matching(this.posts) < this.shown + this.limit) {
      fetching();
      await this._next.run();
      const { status, value: fetched } = this._next;
      if (status === 'initial') return undefined;
      if (status === 'complete' && fetched) {
        // Announced once the new posts are on screen, not when they merely arrived.
        this._arrived = { posts: this._pages.posts, skipped: this._pages.skipped, source: this._options.src() ?? '' };
      }
    }
    this.screens += 1;
    this._host.requestUpdate();
    return { before, matching: matching(this.posts) };
  }
}
