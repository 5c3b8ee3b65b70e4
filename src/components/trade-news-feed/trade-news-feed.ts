import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { loadFeed, normalizePost } from '../../feed/index.js';
import { FeedError, isFeedError } from '../../feed/errors.js';
import type { FeedFormat, LoadedFeed, Post } from '../../feed/post.js';
import { emit } from '../../shared/events.js';
import { TradeElement } from '../../shared/trade-element.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { feedStyles } from './trade-news-feed.styles.js';
import { filterPosts, parseTagFilter } from './filter.js';
import { whenNearViewport } from './lazy.js';

/** How the posts are laid out. */
export type FeedLayout = 'list' | 'grid' | 'compact';

/** Detail of `trade-feed-load`. */
export interface TradeFeedLoadDetail {
  /** Every post the element holds (all fetched pages), before `tag`, search and `limit` apply. */
  posts: Post[];
  /** Items of the source dropped as invalid, summed over the fetched pages. */
  skipped: number;
  /** The URL the posts came from, or `'property'` when they were set through `posts`. */
  source: string;
}

/** Detail of `trade-feed-error`. */
export interface TradeFeedErrorDetail {
  error: FeedError;
}

export type TradeFeedLoadEvent = CustomEvent<TradeFeedLoadDetail>;
export type TradeFeedErrorEvent = CustomEvent<TradeFeedErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'trade-feed-load': TradeFeedLoadEvent;
    'trade-feed-error': TradeFeedErrorEvent;
  }
}

const FORMATS: readonly FeedFormat[] = ['auto', 'json-feed', 'wordpress', 'ghost', 'rss', 'atom', 'simple'];
const DEFAULT_LIMIT = 3;
/** Enough placeholders to reserve the height of a screenful, without building hundreds. */
const MAX_SKELETONS = 12;
/** Pages fetched for one "Load more" click when a filter keeps rejecting what arrives. */
const MAX_PAGES_PER_CLICK = 5;
const SEARCH_DEBOUNCE_MS = 200;
const MIN_REFRESH_SECONDS = 1;

/** Parts of each `<trade-post>` re-exposed on the feed, prefixed `post-`. */
const POST_PARTS = [
  'article',
  'image',
  'title',
  'title-link',
  'meta',
  'author',
  'avatar',
  'date',
  'excerpt',
  'stats',
  'tags',
  'tag',
]
  .map((part) => `${part}:post-${part}`)
  .join(', ');

function positive(value: number, fallback: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

function toFeedError(error: unknown): FeedError {
  if (isFeedError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new FeedError('network', message || 'The feed could not be loaded.', { cause: error });
}

/** A link the feed may render: http(s), or relative to the page. `javascript:` and friends are refused. */
function safeHref(value: string | undefined): string | undefined {
  // Clean the way browsers do before reading a scheme, so "java\tscript:" is seen as "javascript:".
  // eslint-disable-next-line no-control-regex
  const cleaned = value?.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (!cleaned) return undefined;
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return undefined;
  try {
    new URL(cleaned, document.baseURI);
    return cleaned;
  } catch {
    return undefined;
  }
}

/** Posts in order with later duplicates of an id dropped. */
function dedupe(posts: readonly Post[]): Post[] {
  const seen = new Set<string>();
  return posts.filter((post) => {
    if (seen.has(post.id)) return false;
    seen.add(post.id);
    return true;
  });
}

function isPost(value: unknown): value is Post {
  if (typeof value !== 'object' || value === null) return false;
  const { id, title, tags, authors } = value as Partial<Post>;
  return (
    typeof id === 'string' &&
    id.trim() !== '' &&
    typeof title === 'string' &&
    title.trim() !== '' &&
    Array.isArray(tags) &&
    Array.isArray(authors)
  );
}

/**
 * Normalizes whatever a page assigns to `posts`: each item goes through the data layer's
 * `normalizePost` (any accepted source format), and items without an id or title are dropped.
 */
function normalizeAll(value: unknown): { posts: Post[]; skipped: number } {
  if (!Array.isArray(value)) return { posts: [], skipped: 0 };
  const posts: Post[] = [];
  let skipped = 0;
  for (const raw of value) {
    let post: unknown;
    try {
      post = normalizePost(raw);
    } catch {
      post = undefined;
    }
    if (isPost(post)) posts.push(post);
    else skipped += 1;
  }
  const unique = dedupe(posts);
  return { posts: unique, skipped: skipped + posts.length - unique.length };
}

/**
 * A list of recent posts from a feed URL, rendered as `<trade-post>` cards — the "Recent Posts"
 * box of a blog, for any page that embeds it.
 *
 * @tagname trade-news-feed
 * @summary Recent posts from a JSON Feed, WordPress, Ghost, RSS/Atom or simple JSON source.
 *
 * Light-DOM children are fallback content: they show until the script runs (a plain link to the
 * blog, say) and are not rendered once the element upgrades.
 *
 * @fires {TradeFeedLoadEvent} trade-feed-load - After posts render: on the first load, a refresh, a background
 *   revalidation, a fetched "Load more" page, or a `posts` assignment. Detail `{ posts, skipped,
 *   source }`; `source` is the feed URL, or `'property'` for posts set through `posts`.
 * @fires {TradeFeedErrorEvent} trade-feed-error - When a request fails; detail `{ error }` (a `FeedError` with `kind`
 *   `network` | `timeout` | `http` | `parse` | `format` | `not-found`). The element shows the error
 *   state (or keeps its posts when a background refresh or "Load more" failed).
 * @fires {TradePostSelectEvent} trade-post-select - Re-exposed from each `<trade-post>` (it crosses the shadow root, so
 *   it appears to come from the feed): cancelable, detail `{ post }`, when a post link is
 *   activated. Cancel it to handle navigation yourself.
 *
 * @csspart base - The outer `section`.
 * @csspart header - The row holding the heading and the "See All" link.
 * @csspart heading - The heading ("Recent Posts").
 * @csspart see-all - The "See All" link.
 * @csspart search - The search box wrapper (`searchable`).
 * @csspart search-input - The `input type="search"`.
 * @csspart list - The `ul` of posts (also on the placeholder while loading).
 * @csspart item - Each `li`, holding one `<trade-post>`.
 * @csspart skeleton - The loading placeholder.
 * @csspart skeleton-card - One placeholder card.
 * @csspart empty - The "No posts yet" / "No posts match your search" message.
 * @csspart error - The error box.
 * @csspart error-message - The error sentence.
 * @csspart retry-button - "Try again".
 * @csspart stale-note - "Showing saved posts", when a saved copy stands in for a failed request.
 * @csspart footer - The area below the list holding "Load more".
 * @csspart load-more-button - "Load more".
 * @csspart status - A visually hidden polite live region announcing result counts and "Load
 *   more" progress; restyle it to show the counts on screen.
 * @csspart post-article - Each card's `<article>`, re-exported from its `<trade-post>`.
 * @csspart post-image - Each card's image.
 * @csspart post-title - Each card's title heading.
 * @csspart post-title-link - The link inside each card's title.
 * @csspart post-meta - Each card's author/date line.
 * @csspart post-author - Each card's author name(s).
 * @csspart post-avatar - Each card's author picture.
 * @csspart post-date - Each card's `<time>`.
 * @csspart post-excerpt - Each card's summary.
 * @csspart post-stats - Each card's views and comments.
 * @csspart post-tags - Each card's tag list.
 * @csspart post-tag - One tag of a card.
 *
 * @cssprop --trade-news-feed-gap - Space between posts (default `--trade-space`, 1rem).
 * @cssprop --trade-news-feed-background - Background behind the whole feed (transparent in the light
 *   theme; the surface colour in the dark theme, so light text stays readable on a light page).
 * @cssprop --trade-news-feed-heading-size - Font size of the heading (default 1.25rem).
 * @cssprop --trade-font-family - Typeface (inherited from the page by default).
 * @cssprop --trade-color-text - Text colour.
 * @cssprop --trade-color-muted - Secondary text (notes, empty state).
 * @cssprop --trade-color-surface - Card and input background.
 * @cssprop --trade-color-subtle - Placeholder and error box background.
 * @cssprop --trade-color-border - Borders and dividers.
 * @cssprop --trade-color-accent - Links and buttons.
 * @cssprop --trade-color-accent-text - Text on the primary button.
 * @cssprop --trade-radius - Corner radius of cards, inputs and buttons.
 * @cssprop --trade-space - Base spacing unit.
 * @cssprop --trade-focus-color - Focus ring colour.
 */
export class TradeNewsFeed extends TradeElement {
  static override styles = [themeStyles, feedStyles];

  /** The feed URL. Changing it fetches the new feed and ignores any answer still due from the old one. */
  @property() src?: string;

  /** The source format, or `auto` to detect it. */
  @property() format: FeedFormat = 'auto';

  /** Posts shown at once, and how many more each "Load more" reveals. */
  @property({ type: Number }) limit = 3;

  /** `list`, `grid` (columns follow the element's own width) or `compact` (titles and dates). */
  @property({ reflect: true }) layout: FeedLayout = 'list';

  /**
   * The heading above the posts. Without the attribute it reads "Recent Posts" in the element's
   * language; an empty value hides it.
   */
  @property() heading?: string;

  /** Level (1–6) of the feed's heading; post titles sit one level below it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** When set, a "See All" link to this address (http(s) or relative; anything else is ignored). */
  @property({ attribute: 'see-all-href' }) seeAllHref?: string;

  /** Space-separated parts of each post to leave out: `image excerpt author date tags stats`. */
  @property() hide = '';

  /** Show only posts carrying this tag (case-insensitive); separate several with commas to accept any. */
  @property() tag = '';

  /** Shows a search box filtering the loaded posts by title, summary and tags. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** Shows a "Load more" button revealing the next `limit` posts, fetching further pages as needed. */
  @property({ type: Boolean, reflect: true, attribute: 'load-more' }) loadMore = false;

  /** Characters of summary shown before an ellipsis. */
  @property({ type: Number, attribute: 'excerpt-length' }) excerptLength = 160;

  /** `eager`, or `lazy` to fetch only once the element comes within 200px of the viewport. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** Seconds between background refreshes while the element is on the page; 0 never refreshes. */
  @property({ type: Number, attribute: 'refresh' }) refreshInterval = 0;

  /** Seconds a fetched feed counts as fresh and is reused without a request. */
  @property({ type: Number, attribute: 'cache-ttl' }) cacheTtl = 300;

  /** Milliseconds before a request fails with kind `timeout`. */
  @property({ type: Number }) timeout = 10000;

  /** Target of post links and the "See All" link (`_self`, `_blank`, a frame name). */
  @property({ attribute: 'link-target' }) linkTarget = '_self';

  /** Posts fetched from `src`, page 1 first, without duplicates. */
  @state() private _fetched: Post[] = [];
  /** Posts assigned through the `posts` property; when set, `src` is not fetched. */
  @state() private _assigned?: Post[];
  @state() private _loaded = false;
  @state() private _error?: FeedError;
  @state() private _stale = false;
  @state() private _nextUrl?: string;
  @state() private _pages = 1;
  @state() private _query = '';
  @state() private _loadingMore = false;
  @state() private _moreError?: FeedError;
  @state() private _announcement = '';
  @state() private _near = false;

  private _skipped = 0;
  /** Posts that arrived through "Load more" pages, kept across refreshes of page 1. */
  private _morePosts: Post[] = [];
  private _firstPage: Post[] = [];
  private _seenPages = new Set<string>();
  private _force = false;
  private _loadId = 0;
  private _resumeOnConnect = false;
  private _moreAbort?: AbortController;
  private _lazyAbort?: AbortController;
  private _refreshTimer?: ReturnType<typeof setInterval>;
  private _refreshMissed = false;
  private _searchTimer?: ReturnType<typeof setTimeout>;
  private _focusIndex?: number;
  private _focusRetry = false;
  private _pendingLoad?: TradeFeedLoadDetail;

  private readonly _task = new Task(this, {
    task: ([src, format, timeout, cacheTtl, ready], { signal }) =>
      this._fetch(src, format, timeout, cacheTtl, ready, signal),
    args: () =>
      [
        this.src?.trim() ?? '',
        FORMATS.includes(this.format) ? this.format : 'auto',
        positive(this.timeout, 10000),
        Number.isFinite(this.cacheTtl) && this.cacheTtl >= 0 ? this.cacheTtl : 300,
        this._ready,
      ] as const,
  });

  /**
   * The posts the element holds: those assigned, else those fetched from `src` (all loaded
   * pages). Assign an array of posts — normalized `Post`s or raw items in any accepted format —
   * to render them without fetching; items without an id or title are dropped. Assign
   * `undefined` to go back to `src`.
   */
  @property({ attribute: false })
  get posts(): Post[] {
    return this._assigned ?? this._fetched;
  }

  set posts(value: unknown) {
    if (value === undefined || value === null) {
      this._assigned = undefined;
      return;
    }
    const { posts, skipped } = normalizeAll(value);
    this._assigned = posts;
    this._pages = 1;
    this._pendingLoad = { posts, skipped, source: 'property' };
  }

  /**
   * Fetches `src` again, bypassing the fresh cache, while the current posts stay on screen.
   * Resolves once the answer (or the error) has rendered.
   */
  async refresh(): Promise<void> {
    if (!this._ready || !this.isConnected) return;
    this._force = true;
    await this._task.run();
    await this.updateComplete;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // `lang` is the platform's own attribute; re-render so strings and post dates follow it.
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this._onVisibilityChange);
    this._startRefreshTimer();
    if (this._resumeOnConnect) {
      this._resumeOnConnect = false;
      void this._task.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this._onVisibilityChange);
    if (this._task.status === TaskStatus.PENDING) {
      this._resumeOnConnect = true;
      this._task.abort();
    }
    this._moreAbort?.abort();
    this._lazyAbort?.abort();
    this._lazyAbort = undefined;
    this._stopRefreshTimer();
    clearTimeout(this._searchTimer);
    this._searchTimer = undefined;
  }

  /** True when `src` should be fetched now: no assigned posts, and not waiting for the viewport. */
  private get _ready(): boolean {
    return this._assigned === undefined && (this.loading !== 'lazy' || this._near);
  }

  private get _limit(): number {
    return positive(this.limit, DEFAULT_LIMIT);
  }

  private get _hidden(): Set<string> {
    return new Set(this.hide.toLowerCase().split(/\s+/).filter(Boolean));
  }

  private get _headingText(): string {
    return this.heading ?? this.t('feed.heading');
  }

  private get _headingLevel(): number {
    const level = Math.round(this.headingLevel);
    return level >= 1 && level <= 6 ? level : 2;
  }

  private get _sourcePosts(): Post[] {
    return this._assigned ?? this._fetched;
  }

  private get _filtered(): Post[] {
    return filterPosts(this._sourcePosts, parseTagFilter(this.tag), this._query);
  }

  private get _hasMore(): boolean {
    return this._filtered.length > this._pages * this._limit || (this._assigned === undefined && !!this._nextUrl);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Posts of the old source (or read in another format) must not stand in for the new one.
    if (
      (changed.has('src') && changed.get('src') !== undefined) ||
      (changed.has('format') && changed.get('format') !== undefined)
    ) {
      this._resetFetched();
    }
    if (changed.has('tag') || changed.has('limit')) this._pages = 1;
    if (changed.has('searchable') && !this.searchable) {
      clearTimeout(this._searchTimer);
      this._query = '';
      this._announcement = '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('refreshInterval')) this._startRefreshTimer();
    this._watchViewport();
    this._restoreFocus();
    if (this._pendingLoad && this._task.status !== TaskStatus.PENDING) {
      const detail = this._pendingLoad;
      this._pendingLoad = undefined;
      void this._emitLoad(detail);
    }
  }

  private _resetFetched(): void {
    this._loadId += 1;
    this._moreAbort?.abort();
    this._fetched = [];
    this._firstPage = [];
    this._morePosts = [];
    this._seenPages.clear();
    this._skipped = 0;
    this._loaded = false;
    this._error = undefined;
    this._moreError = undefined;
    this._stale = false;
    this._nextUrl = undefined;
    this._pages = 1;
    this._loadingMore = false;
  }

  private async _fetch(
    src: string,
    format: FeedFormat,
    timeout: number,
    cacheTtl: number,
    ready: boolean,
    signal: AbortSignal,
  ): Promise<LoadedFeed | typeof initialState> {
    const force = this._force;
    this._force = false;
    if (!src || !ready) return initialState;

    const loadId = ++this._loadId;
    try {
      const feed = await loadFeed(src, {
        format,
        signal,
        timeout,
        cacheTtl,
        force,
        onRevalidate: (fresh) => {
          if (loadId === this._loadId && this.isConnected) this._applyFirstPage(fresh, src);
        },
      });
      if (signal.aborted || loadId !== this._loadId) return initialState;
      this._applyFirstPage(feed, src);
      return feed;
    } catch (error) {
      if (signal.aborted || loadId !== this._loadId) return initialState;
      const feedError = toFeedError(error);
      if (this._loaded) {
        // A background refresh failed: the posts on screen are now the saved copy.
        this._stale = true;
      } else {
        this._error = feedError;
      }
      emit<TradeFeedErrorDetail>(this, 'trade-feed-error', { error: feedError });
      throw feedError;
    }
  }

  private _applyFirstPage(feed: LoadedFeed, src: string): void {
    const posts = Array.isArray(feed.posts) ? feed.posts.filter(isPost) : [];
    this._firstPage = posts;
    this._fetched = dedupe([...posts, ...this._morePosts]);
    if (this._morePosts.length === 0) {
      this._nextUrl = feed.nextUrl;
      this._seenPages = new Set([src]);
      this._skipped = feed.skipped ?? 0;
    }
    this._stale = feed.stale === true;
    this._error = undefined;
    this._loaded = true;
    this._pendingLoad = { posts: this._fetched, skipped: this._skipped, source: src };
    this.requestUpdate();
  }

  private async _emitLoad(detail: TradeFeedLoadDetail): Promise<void> {
    const cards = [...this.renderRoot.querySelectorAll('trade-post')] as Array<Element & { updateComplete?: unknown }>;
    await Promise.all(cards.map((card) => card.updateComplete));
    if (!this.isConnected) return;
    emit<TradeFeedLoadDetail>(this, 'trade-feed-load', detail);
  }

  private _watchViewport(): void {
    if (this.loading !== 'lazy' || this._near || this._lazyAbort || !this.isConnected) return;
    if (this._assigned !== undefined || !this.src) return;
    const controller = new AbortController();
    this._lazyAbort = controller;
    void whenNearViewport(this, { rootMargin: '200px', signal: controller.signal }).then((near) => {
      if (this._lazyAbort === controller) this._lazyAbort = undefined;
      if (near) this._near = true;
    });
  }

  private _startRefreshTimer(): void {
    this._stopRefreshTimer();
    const seconds = this.refreshInterval;
    if (!this.isConnected || !Number.isFinite(seconds) || seconds <= 0) return;
    this._refreshTimer = setInterval(
      () => {
        if (document.hidden) this._refreshMissed = true;
        else this._backgroundRefresh();
      },
      Math.max(seconds, MIN_REFRESH_SECONDS) * 1000,
    );
  }

  private _stopRefreshTimer(): void {
    clearInterval(this._refreshTimer);
    this._refreshTimer = undefined;
    this._refreshMissed = false;
  }

  /** Refreshes skipped while the tab was hidden happen once it shows again. */
  private readonly _onVisibilityChange = (): void => {
    if (!document.hidden && this._refreshMissed) {
      this._refreshMissed = false;
      this._backgroundRefresh();
    }
  };

  private _backgroundRefresh(): void {
    if (this._task.status === TaskStatus.PENDING || this._loadingMore || !this._loaded) return;
    void this.refresh().catch(() => undefined);
  }

  private _retry(): void {
    this._error = undefined;
    this._focusRetry = true;
    this._force = true;
    void this._task.run().catch(() => undefined);
  }

  private async _onLoadMore(): Promise<void> {
    if (this._loadingMore) return;
    const limit = this._limit;
    const before = Math.min(this._filtered.length, this._pages * limit);
    const target = this._pages * limit + limit;
    this._moreError = undefined;

    let fetched = false;
    if (this._filtered.length < target && this._nextUrl && this._assigned === undefined) {
      const outcome = await this._fetchPages(target);
      if (outcome === 'aborted') return;
      fetched = outcome === 'fetched';
    }

    this._pages += 1;
    // Announced once the new posts are on screen, not when they merely arrived.
    if (fetched) this._pendingLoad = { posts: this._fetched, skipped: this._skipped, source: this.src ?? '' };
    const shown = Math.min(this._filtered.length, this._pages * limit);
    if (shown > before) {
      this._focusIndex = before;
      this._announce(this.t('feed.moreShown', { count: shown - before }));
    } else if (!this._moreError) {
      this._announce(this.t('feed.results', { count: this._filtered.length }));
    }
  }

  /** Fetches `nextUrl` pages until `target` filtered posts are available or the feed ends. */
  private async _fetchPages(target: number): Promise<'fetched' | 'none' | 'aborted'> {
    const controller = new AbortController();
    this._moreAbort = controller;
    const { signal } = controller;
    let fetched = false;
    this._loadingMore = true;
    this._announce(this.t('feed.loadingMore'));
    try {
      for (let page = 0; page < MAX_PAGES_PER_CLICK && this._nextUrl && this._filtered.length < target; page++) {
        const url = this._nextUrl;
        this._seenPages.add(url);
        const feed = await loadFeed(url, {
          format: FORMATS.includes(this.format) ? this.format : 'auto',
          signal,
          timeout: positive(this.timeout, 10000),
          cacheTtl: this.cacheTtl,
        });
        if (signal.aborted) return 'aborted';
        const posts = Array.isArray(feed.posts) ? feed.posts.filter(isPost) : [];
        this._morePosts = dedupe([...this._morePosts, ...posts]);
        this._fetched = dedupe([...this._firstPage, ...this._morePosts]);
        this._skipped += feed.skipped ?? 0;
        // A page pointing back at one already read would loop forever.
        this._nextUrl = feed.nextUrl && !this._seenPages.has(feed.nextUrl) ? feed.nextUrl : undefined;
        if (feed.stale) this._stale = true;
        fetched = true;
      }
      return fetched ? 'fetched' : 'none';
    } catch (error) {
      if (signal.aborted) return 'aborted';
      const feedError = toFeedError(error);
      this._moreError = feedError;
      this._announce(this._errorText(feedError));
      emit<TradeFeedErrorDetail>(this, 'trade-feed-error', { error: feedError });
      return fetched ? 'fetched' : 'none';
    } finally {
      if (this._moreAbort === controller) {
        this._moreAbort = undefined;
        this._loadingMore = false;
      }
    }
  }

  /** Says `text` in the polite live region; the same words twice in a row are spoken twice. */
  private _announce(text: string): void {
    if (text && text === this._announcement) {
      this._announcement = '';
      void this.updateComplete.then(() => (this._announcement = text));
      return;
    }
    this._announcement = text;
  }

  private _onSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this._searchTimer);
    this._searchTimer = setTimeout(() => {
      this._searchTimer = undefined;
      this._query = value;
      this._pages = 1;
      // Assigned directly: an unchanged count need not be repeated on every keystroke.
      this._announcement = value.trim() ? this.t('feed.results', { count: this._filtered.length }) : '';
    }, SEARCH_DEBOUNCE_MS);
  }

  /** Puts keyboard focus where a reader continues: the first new post, or back on "Try again". */
  private _restoreFocus(): void {
    if (this._focusRetry && this._task.status !== TaskStatus.PENDING) {
      this._focusRetry = false;
      const retry = this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"]');
      if (retry) retry.focus();
      else this._focusIndex = 0;
    }
    if (this._focusIndex === undefined) return;
    const index = this._focusIndex;
    this._focusIndex = undefined;
    const item = this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')[index];
    if (item) void this._focusItem(item);
  }

  private async _focusItem(item: HTMLElement): Promise<void> {
    const card = item.querySelector('trade-post') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    await card?.updateComplete;
    // The title link, else the card's article (focusable by script): the reader continues from the
    // new post's title either way.
    const root = card?.shadowRoot;
    const target =
      root?.querySelector<HTMLElement>('[part~="title-link"]') ?? root?.querySelector<HTMLElement>('[part~="article"]');
    if (target) {
      target.focus();
      if (root?.activeElement === target) return;
    }
    item.tabIndex = -1;
    item.focus();
  }

  private _errorText(error: FeedError): string {
    return this.t(`error.${error.kind}`, { status: error.status ?? '' });
  }

  override render(): TemplateResult {
    const heading = this._headingText;
    const busy = !this._loaded && !this._error && this._assigned === undefined && !!this.src;
    return html`
      <section
        part="base"
        class="base layout-${this.layout}"
        aria-labelledby=${heading ? 'heading' : nothing}
        aria-label=${heading ? nothing : this.t('feed.label')}
        aria-busy=${busy || this._loadingMore ? 'true' : 'false'}
      >
        ${this._renderHeader(heading)} ${this.searchable ? this._renderSearch() : nothing}
        <div class="body">${this._renderBody(busy)}</div>
        ${
          this._stale && this._loaded
            ? html`<p part="stale-note" class="stale-note">${this.t('feed.stale')}</p>`
            : nothing
        }
        ${this._renderFooter()}
      </section>
      <div part="status" class="visually-hidden" role="status">${this._announcement}</div>
    `;
  }

  private _renderHeader(heading: string): TemplateResult | typeof nothing {
    const href = safeHref(this.seeAllHref);
    if (!heading && !href) return nothing;
    const blank = this.linkTarget === '_blank';
    return html`<div part="header" class="header">
      ${heading ? this._renderHeading(heading) : nothing}
      ${
        href
          ? html`<a
              part="see-all"
              class="see-all"
              href=${href}
              target=${this.linkTarget && this.linkTarget !== '_self' ? this.linkTarget : nothing}
              rel=${blank ? 'noopener noreferrer' : nothing}
              aria-describedby=${heading ? 'heading' : nothing}
              >${this.t('feed.seeAll')}</a
            >`
          : nothing
      }
    </div>`;
  }

  private _renderHeading(text: string): TemplateResult {
    switch (this._headingLevel) {
      case 1:
        return html`<h1 id="heading" part="heading" class="heading">${text}</h1>`;
      case 3:
        return html`<h3 id="heading" part="heading" class="heading">${text}</h3>`;
      case 4:
        return html`<h4 id="heading" part="heading" class="heading">${text}</h4>`;
      case 5:
        return html`<h5 id="heading" part="heading" class="heading">${text}</h5>`;
      case 6:
        return html`<h6 id="heading" part="heading" class="heading">${text}</h6>`;
      default:
        return html`<h2 id="heading" part="heading" class="heading">${text}</h2>`;
    }
  }

  private _renderSearch(): TemplateResult {
    return html`<div part="search" class="search" role="search">
      <label class="visually-hidden" for="search">${this.t('feed.search')}</label>
      <input
        id="search"
        part="search-input"
        type="search"
        autocomplete="off"
        placeholder=${this.t('feed.searchPlaceholder')}
        @input=${this._onSearchInput}
      />
    </div>`;
  }

  private _renderBody(busy: boolean): TemplateResult {
    if (this._error && !this._loaded && this._assigned === undefined) return this._renderError(this._error);
    if (busy) return this._renderSkeleton();

    const filtered = this._filtered;
    if (filtered.length === 0) {
      const text = this._query.trim() ? this.t('feed.noMatches') : this.t('feed.empty');
      return html`<p part="empty" class="message">${text}</p>`;
    }

    const visible = filtered.slice(0, this._pages * this._limit);
    const headingLevel = Math.min(6, this._headingText ? this._headingLevel + 1 : this._headingLevel);
    const lang = this.locale;
    // role="list" is not redundant: Safari drops list semantics from a list styled without markers.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`<ul id="list" part="list" class="list" role="list">
      ${repeat(
        visible,
        (post) => post.id,
        (post) =>
          html`<li part="item" class="item">
            <trade-post
              exportparts=${POST_PARTS}
              variant=${this.layout === 'compact' ? 'compact' : 'card'}
              .post=${post}
              .messages=${this.messages}
              hide=${this.hide}
              excerpt-length=${Number.isFinite(this.excerptLength) && this.excerptLength >= 0 ? this.excerptLength : 160}
              heading-level=${headingLevel}
              link-target=${this.linkTarget || '_self'}
              lang=${lang}
              theme=${this.theme}
            ></trade-post>
          </li>`,
      )}
    </ul>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }

  private _renderSkeleton(): TemplateResult {
    const hidden = this._hidden;
    const compact = this.layout === 'compact';
    const count = Math.min(this._limit, MAX_SKELETONS);
    const meta = !(hidden.has('author') && hidden.has('date'));
    // The same pieces, in the same order and roughly the same sizes, as the card that replaces it.
    const card = compact
      ? html`<div part="skeleton-card" class="skeleton-card">
          <div class="skeleton-text">
            <div class="skeleton-line title shimmer"></div>
            ${hidden.has('date') ? nothing : html`<div class="skeleton-line meta shimmer"></div>`}
          </div>
        </div>`
      : html`<div part="skeleton-card" class="skeleton-card">
          ${hidden.has('image') ? nothing : html`<div class="skeleton-media shimmer"></div>`}
          <div class="skeleton-text">
            <div class="skeleton-title">
              <div class="skeleton-line title shimmer"></div>
              <div class="skeleton-line title short shimmer"></div>
            </div>
            ${meta ? html`<div class="skeleton-line meta shimmer"></div>` : nothing}
            ${
              hidden.has('excerpt')
                ? nothing
                : html`<div class="skeleton-excerpt">
                    <div class="skeleton-line shimmer"></div>
                    <div class="skeleton-line shimmer"></div>
                    <div class="skeleton-line shimmer"></div>
                    <div class="skeleton-line short shimmer"></div>
                  </div>`
            }
            ${
              hidden.has('tags')
                ? nothing
                : html`<div class="skeleton-chips">
                    <div class="skeleton-chip shimmer"></div>
                    <div class="skeleton-chip shimmer"></div>
                  </div>`
            }
            ${hidden.has('stats') ? nothing : html`<div class="skeleton-line stats shimmer"></div>`}
          </div>
        </div>`;
    return html`<div part="skeleton">
      <p class="visually-hidden">${this.t('feed.loading')}</p>
      <div part="list" class="list" aria-hidden="true">${Array.from({ length: count }, () => card)}</div>
    </div>`;
  }

  private _renderError(error: FeedError): TemplateResult {
    return html`<div part="error" class="message error" role="alert">
      <p part="error-message">${this._errorText(error)}</p>
      <button part="retry-button" class="button primary" type="button" @click=${this._retry}>
        ${this.t('feed.retry')}
      </button>
    </div>`;
  }

  private _renderFooter(): TemplateResult | typeof nothing {
    if (!this.loadMore || (!this._loaded && this._assigned === undefined)) return nothing;
    const more = this._hasMore;
    if (!more && !this._moreError) return nothing;
    return html`<div part="footer" class="footer">
      ${
        this._moreError
          ? html`<p part="error-message" class="more-error">${this._errorText(this._moreError)}</p>`
          : nothing
      }
      ${
        more
          ? html`<button
              part="load-more-button"
              class="button"
              type="button"
              aria-disabled=${this._loadingMore ? 'true' : 'false'}
              @click=${this._onLoadMore}
            >
              ${this._loadingMore ? this.t('feed.loadingMore') : this.t('feed.loadMore')}
            </button>`
          : nothing
      }
    </div>`;
  }
}
