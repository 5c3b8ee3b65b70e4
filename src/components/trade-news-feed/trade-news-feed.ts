import {
  html,
  nothing,
  render as renderInto,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { loadFeed, normalizePost } from '../../feed/index.js';
import { FeedError, isFeedError } from '../../feed/errors.js';
import type { FeedFormat, LoadedFeed, Post } from '../../feed/post.js';
import { pageUrl } from '../../shared/url.js';
import { TradeElement } from '../../shared/trade-element.js';
import { headingLevel, nonNegative, positive, tokens } from '../../shared/converters.js';
import { bones, heading as headingOf } from '../../shared/templates.js';
import { contentStyles } from '../../shared/content.styles.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { tradeNewsFeedStyles } from './trade-news-feed.styles.js';
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
/** Enough placeholders to reserve the height of a screenful, without building hundreds. */
const MAX_SKELETONS = 12;
/** Pages fetched for one "Load more" click when a filter keeps rejecting what arrives. */
const MAX_PAGES_PER_CLICK = 5;
const SEARCH_DEBOUNCE_MS = 200;

/** Parts of each `<trade-post>` re-exposed on the feed, prefixed `post-`. */
const POST_PARTS = 'article image title title-link meta author avatar date excerpt stats tags tag'
  .split(' ')
  .map((part) => `${part}:post-${part}`)
  .join(', ');

const toFeedError = (error: unknown): FeedError =>
  isFeedError(error) ? error : new FeedError('network', String(error), { cause: error });

/** A link the feed may render, as written: http(s), or relative to the page. */
function safeHref(value: string | undefined): string | undefined {
  const href = value?.trim();
  return href && pageUrl(href) ? href : undefined;
}

/** Posts in order with later duplicates of an id dropped. */
function dedupe(posts: Post[]): Post[] {
  const seen = new Set<string>();
  return posts.filter(({ id }) => !seen.has(id) && seen.add(id));
}

/** Moves keyboard focus to a post the reader continues from: its title link, else its card, else the item. */
async function focusItem(item: HTMLElement | undefined): Promise<void> {
  const card = item?.querySelector('trade-post');
  await card?.updateComplete;
  const root = card?.shadowRoot;
  const target =
    root?.querySelector<HTMLElement>('[part~="title-link"]') ?? root?.querySelector<HTMLElement>('[part~="article"]');
  target?.focus();
  if (item && (!target || root!.activeElement !== target)) {
    item.tabIndex = -1;
    item.focus();
  }
}

/** An element with `name` as both its part and its class, as the templates mark them. */
function partElement(tag: 'ul' | 'li', name: string): HTMLElement {
  const element = document.createElement(tag);
  element.setAttribute('part', name);
  element.className = name;
  return element;
}

/**
 * Makes `items` the children of `list`, in order. Children that stay are not moved when others
 * are added or removed around them (the feed's lists grow, shrink, and gain posts on top), so a
 * card keeps its state, and a reader's focus, as the posts around it change. Lit's `repeat` does
 * this for any reordering, at several times the size.
 */
function syncChildren(list: Element, items: Element[]): void {
  for (const child of [...list.children]) if (!items.includes(child)) child.remove();
  items.forEach((item, index) => {
    if (list.children[index] !== item) list.insertBefore(item, list.children[index] ?? null);
  });
}

/** The loading placeholder: the same pieces, in the same order and roughly the same sizes, as the cards. */
function skeleton(count: number, compact: boolean, hidden: ReadonlySet<string>, label: string): TemplateResult {
  const show = (piece: string): boolean => !compact && !hidden.has(piece);
  const card = html`<div part="skeleton-card" class="skeleton-card">
    ${show('image') ? bones('media') : nothing}
    <div class="skeleton-text">
      <div class="stack">${compact ? bones('title') : bones('title', 'title short')}</div>
      ${hidden.has('date') && (compact || hidden.has('author')) ? nothing : bones('meta')}
      ${show('excerpt') ? html`<div class="stack">${bones('line', 'line', 'line', 'line short')}</div>` : nothing}
      ${show('tags') ? html`<div class="chips">${bones('chip', 'chip')}</div>` : nothing}
      ${show('stats') ? bones('stats') : nothing}
    </div>
  </div>`;
  return html`<div part="skeleton">
    <p class="visually-hidden">${label}</p>
    <div part="list" class="list" aria-hidden="true">${Array(Math.min(count, MAX_SKELETONS)).fill(card)}</div>
  </div>`;
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
  static override styles = [themeStyles, contentStyles, tradeNewsFeedStyles];
  static override properties: PropertyDeclarations = {
    src: {},
    format: {},
    limit: { type: Number },
    layout: { reflect: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    seeAllHref: { attribute: 'see-all-href' },
    hide: {},
    tag: {},
    searchable: { type: Boolean, reflect: true },
    loadMore: { type: Boolean, reflect: true, attribute: 'load-more' },
    excerptLength: { type: Number, attribute: 'excerpt-length' },
    loading: {},
    refreshInterval: { type: Number, attribute: 'refresh' },
    cacheTtl: { type: Number, attribute: 'cache-ttl' },
    timeout: { type: Number },
    linkTarget: { attribute: 'link-target' },
    posts: { attribute: false },
    _given: { state: true },
    _first: { state: true },
    _more: { state: true },
    _next: { state: true },
    _error: { state: true },
    _stale: { state: true },
    _pages: { state: true },
    _query: { state: true },
    _paging: { state: true },
    _status: { state: true },
    _near: { state: true },
  };

  /** The feed URL. Changing it fetches the new feed and ignores any answer still due from the old one. */
  src?: string;

  /** The source format, or `auto` to detect it. */
  format: FeedFormat = 'auto';

  /** Posts shown at once, and how many more each "Load more" reveals. */
  limit = 3;

  /** `list`, `grid` (columns follow the element's own width) or `compact` (titles and dates). */
  layout: FeedLayout = 'list';

  /**
   * The heading above the posts. Without the attribute it reads "Recent Posts" in the element's
   * language; an empty value hides it.
   */
  heading?: string;

  /** Level (1–6) of the feed's heading; post titles sit one level below it. */
  headingLevel = 2;

  /** When set, a "See All" link to this address (http(s) or relative; anything else is ignored). */
  seeAllHref?: string;

  /** Space-separated parts of each post to leave out: `image excerpt author date tags stats`. */
  hide = '';

  /** Show only posts carrying this tag (case-insensitive); separate several with commas to accept any. */
  tag = '';

  /** Shows a search box filtering the loaded posts by title, summary and tags. */
  searchable = false;

  /** Shows a "Load more" button revealing the next `limit` posts, fetching further pages as needed. */
  loadMore = false;

  /** Characters of summary shown before an ellipsis. */
  excerptLength = 160;

  /** `eager`, or `lazy` to fetch only once the element comes within 200px of the viewport. */
  loading: 'eager' | 'lazy' = 'eager';

  /** Seconds between background refreshes while the element is on the page; 0 never refreshes. */
  refreshInterval = 0;

  /** Seconds a fetched feed counts as fresh and is reused without a request. */
  cacheTtl = 300;

  /** Milliseconds before a request fails with kind `timeout`. */
  timeout = 10000;

  /** Target of post links and the "See All" link (`_self`, `_blank`, a frame name). */
  linkTarget = '_self';

  /** Posts assigned through the `posts` property; when set, `src` is not fetched. */
  private _given?: Post[];
  /** Page 1 of `src`, replaced by every refresh; undefined until it has loaded. */
  private _first?: Post[];
  /** Posts of further pages ("Load more"), kept across refreshes of page 1. */
  private _more: Post[] = [];
  /** The next page's URL. */
  private _next?: string;
  /** The failed first load (error box), or once loaded the failed "Load more" (footer). */
  private _error?: FeedError;
  private _stale = false;
  /** Screens of `limit` posts revealed. */
  private _pages = 1;
  private _query = '';
  /** A "Load more" request is on its way. */
  private _paging = false;
  /** What the live region says. */
  private _status = '';
  private _near = false;

  private _skipped = 0;
  /** Pages already read, so a page pointing back at one of them does not loop. */
  private _seen = new Set<string>();
  /** What the last first-page load was for; a different value starts a new load. */
  private _key?: string;
  /** Aborting it drops the first-page load's answer and its background revalidation. */
  private _ctl?: AbortController;
  private _pending = false;
  private _pager?: AbortController;
  private _lazy?: AbortController;
  private _timer?: ReturnType<typeof setInterval>;
  /** A refresh came due while the page was hidden. */
  private _missed = false;
  private _typing?: ReturnType<typeof setTimeout>;
  /** The posts' `<ul>`, kept across renders, and its `<li>` for each shown post id. */
  private _list?: HTMLElement;
  private _items = new Map<string, HTMLElement>();
  /** `trade-feed-load` to fire once the posts are on screen. */
  private _pend?: TradeFeedLoadDetail;

  /**
   * The posts the element holds: those assigned, else those fetched from `src` (all loaded
   * pages). Assign an array of posts — normalized `Post`s or raw items in any accepted format —
   * to render them without fetching; items without an id or title are dropped. Assign
   * `undefined` to go back to `src`.
   */
  get posts(): Post[] {
    return this._given ?? this._fetched;
  }

  set posts(value: unknown) {
    if (value == null) {
      this._given = undefined;
      return;
    }
    // The data layer's normalizePost reads any accepted format and refuses items without an id or title.
    const items: unknown[] = Array.isArray(value) ? value : [];
    const posts = dedupe(items.map((item) => normalizePost(item)).filter((post) => post !== undefined));
    this._given = posts;
    this._pages = 1;
    this._pend = { posts, skipped: items.length - posts.length, source: 'property' };
  }

  /**
   * Fetches `src` again, bypassing the fresh cache, while the current posts stay on screen.
   * Resolves once the answer (or the error) has rendered.
   */
  async refresh(): Promise<void> {
    if (!this._ready || !this.isConnected) return;
    await this._load(true);
    await this.updateComplete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this._tick);
    this._schedule();
    // Resumes a load that a removal cut short (see disconnectedCallback).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this._tick);
    if (this._pending) {
      this._ctl!.abort();
      this._key = undefined;
    }
    this._pager?.abort();
    this._lazy?.abort();
    this._lazy = undefined;
    this._schedule();
    clearTimeout(this._typing);
  }

  /** True when `src` should be fetched now: no assigned posts, and not waiting for the viewport. */
  private get _ready(): boolean {
    return !this._given && (this.loading !== 'lazy' || this._near);
  }

  private get _options(): { format: FeedFormat; timeout: number; cacheTtl: number } {
    return {
      format: FORMATS.includes(this.format) ? this.format : 'auto',
      timeout: positive(this.timeout, 10000),
      cacheTtl: nonNegative(this.cacheTtl, 300),
    };
  }

  private get _fetched(): Post[] {
    return dedupe([...(this._first ?? []), ...this._more]);
  }

  /** The posts that pass the tag filter and the search, before `limit`. */
  private get _matches(): Post[] {
    return filterPosts(this.posts, parseTagFilter(this.tag), this._query);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Posts of the old source (or read in another format) must not stand in for the new one.
    if (changed.get('src') !== undefined || changed.get('format') !== undefined) {
      this._pager?.abort();
      this._first = this._next = this._error = undefined;
      this._more = [];
      this._skipped = 0;
      this._stale = this._paging = false;
      this._pages = 1;
    }
    if (changed.has('tag') || changed.has('limit')) this._pages = 1;
    if (changed.has('searchable') && !this.searchable) {
      clearTimeout(this._typing);
      this._query = this._status = '';
    }
    const key = this._ready ? JSON.stringify([this.src?.trim(), this._options]) : '';
    if (key !== this._key) {
      this._key = key;
      void this._load();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('refreshInterval')) this._schedule();
    if (this.loading === 'lazy' && !this._near && !this._lazy && this.isConnected && !this._given && this.src) {
      const lazy = (this._lazy = new AbortController());
      void whenNearViewport(this, { signal: lazy.signal }).then((near) => {
        if (this._lazy === lazy) this._lazy = undefined;
        this._near ||= near;
      });
    }
    const detail = this._pend;
    if (detail) {
      this._pend = undefined;
      void Promise.all([...this.renderRoot.querySelectorAll('trade-post')].map((card) => card.updateComplete)).then(
        () => this.isConnected && this.emit('trade-feed-load', detail),
      );
    }
  }

  /** Loads page 1 of `src`, replacing any load still under way. */
  private async _load(force = false): Promise<void> {
    this._ctl?.abort();
    const src = this.src?.trim();
    if (!src || !this._ready) return;
    const ctl = (this._ctl = new AbortController());
    const { signal } = ctl;
    const apply = (feed: LoadedFeed): void => {
      // Until page 1 has loaded, an error is the first load's; after, it is a failed "Load more" and stays.
      if (!this._first) this._error = undefined;
      this._first = feed.posts;
      if (!this._more.length) {
        this._next = feed.nextUrl;
        this._seen = new Set([src]);
        this._skipped = feed.skipped;
      }
      this._stale = feed.stale;
      this._pend = { posts: this._fetched, skipped: this._skipped, source: src };
    };
    this._pending = true;
    try {
      const feed = await loadFeed(src, {
        ...this._options,
        signal,
        force,
        onRevalidate: (fresh) => !signal.aborted && this.isConnected && apply(fresh),
      });
      if (!signal.aborted) apply(feed);
    } catch (cause) {
      if (signal.aborted) return;
      const error = toFeedError(cause);
      // A failed refresh keeps the posts on screen: they are now the saved copy.
      if (this._first) this._stale = true;
      else this._error = error;
      this.emit('trade-feed-error', { error });
    } finally {
      if (this._ctl === ctl) this._pending = false;
    }
  }

  private _schedule(): void {
    clearInterval(this._timer);
    this._missed = false;
    const seconds = this.refreshInterval;
    if (this.isConnected && seconds > 0 && seconds < Infinity) {
      this._timer = setInterval(this._tick, Math.max(seconds, 1) * 1000);
    }
  }

  /**
   * Runs on each refresh interval (no event) and when the page's visibility changes: a refresh that
   * falls due while the page is hidden waits until it shows again. A request under way, or nothing
   * loaded yet, skips it.
   */
  private readonly _tick = (event?: Event): void => {
    if (document.hidden) {
      this._missed ||= !event;
    } else if (!event || this._missed) {
      this._missed = false;
      if (!this._pending && !this._paging && this._first) void this.refresh();
    }
  };

  /** "Try again", then focus where the reader continues: the first post, or "Try again" if it failed again. */
  private async _retry(): Promise<void> {
    this._error = undefined;
    await this._load(true);
    await this.updateComplete;
    const retry = this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"]');
    if (retry) retry.focus();
    else void focusItem(this.renderRoot.querySelector<HTMLElement>('[part~="item"]') ?? undefined);
  }

  /** Reveals the next `limit` posts, fetching `nextUrl` pages until they are there or the feed ends. */
  private async _onMore(): Promise<void> {
    if (this._paging) return;
    const limit = positive(this.limit, 3);
    const before = Math.min(this._matches.length, this._pages * limit);
    const target = (this._pages + 1) * limit;
    let fetched = false;
    this._error = undefined;
    if (!this._given && this._next && this._matches.length < target) {
      const pager = (this._pager = new AbortController());
      const { signal } = pager;
      this._paging = true;
      this._say(this.t('feed.loadingMore'));
      try {
        for (let page = 0; page < MAX_PAGES_PER_CLICK && this._next && this._matches.length < target; page++) {
          const url = this._next;
          this._seen.add(url);
          const feed = await loadFeed(url, { ...this._options, signal });
          if (signal.aborted) return;
          this._more = [...this._more, ...feed.posts];
          this._skipped += feed.skipped;
          this._next = feed.nextUrl && !this._seen.has(feed.nextUrl) ? feed.nextUrl : undefined;
          this._stale ||= feed.stale;
          fetched = true;
        }
      } catch (cause) {
        if (signal.aborted) return;
        const error = (this._error = toFeedError(cause));
        this._say(this._describe(error));
        this.emit('trade-feed-error', { error });
      } finally {
        if (this._pager === pager) this._paging = false;
      }
    }

    this._pages += 1;
    // Announced once the new posts are on screen, not when they merely arrived.
    if (fetched) this._pend = { posts: this._fetched, skipped: this._skipped, source: this.src ?? '' };
    const shown = Math.min(this._matches.length, this._pages * limit);
    if (shown > before) {
      this._say(this.t('feed.moreShown', { count: shown - before }));
      await this.updateComplete;
      void focusItem(this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')[before]);
    } else if (!this._error) {
      this._say(this.t('feed.results', { count: this._matches.length }));
    }
  }

  /** Says `text` in the polite live region; the same words twice in a row are spoken twice. */
  private _say(text: string): void {
    if (text && text === this._status) {
      this._status = '';
      void this.updateComplete.then(() => (this._status = text));
    } else {
      this._status = text;
    }
  }

  private _onSearch(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this._typing);
    this._typing = setTimeout(() => {
      this._query = value;
      this._pages = 1;
      // Assigned directly: an unchanged count need not be repeated on every keystroke.
      this._status = value.trim() ? this.t('feed.results', { count: this._matches.length }) : '';
    }, SEARCH_DEBOUNCE_MS);
  }

  private _describe(error: FeedError): string {
    return this.t(`error.${error.kind}`, { status: error.status ?? '' });
  }

  /** The list of `posts`, each in its own `<li>` for as long as it is shown (see syncChildren). */
  private _renderList(posts: Post[], card: (post: Post) => TemplateResult): HTMLElement {
    if (!this._list) {
      this._list = partElement('ul', 'list');
      this._list.id = 'list';
      // Not redundant: Safari drops list semantics from a list styled without markers.
      this._list.setAttribute('role', 'list');
    }
    const items = new Map<string, HTMLElement>();
    for (const post of posts) {
      const item = this._items.get(post.id) ?? partElement('li', 'item');
      renderInto(card(post), item);
      items.set(post.id, item);
    }
    this._items = items;
    syncChildren(this._list, [...items.values()]);
    return this._list;
  }

  override render(): TemplateResult {
    const { layout, linkTarget, _error: error, _given: given, _paging: paging } = this;
    const heading = this.heading ?? this.t('feed.heading');
    const href = safeHref(this.seeAllHref);
    const level = headingLevel(this.headingLevel);
    const limit = positive(this.limit, 3);
    const matches = this._matches;
    const ready = !!(this._first || given);
    const busy = !ready && !error && !!this.src;
    const more = matches.length > this._pages * limit || (!given && !!this._next);
    const moreError = this._first && error;
    const lang = this.locale;
    return html`
      <section
        part="base"
        class="base layout-${layout}"
        aria-labelledby=${heading ? 'heading' : nothing}
        aria-label=${heading ? nothing : this.t('feed.label')}
        aria-busy=${busy || paging}
      >
        ${
          heading || href
            ? html`<div part="header" class="header">
                ${heading ? headingOf(level, 'heading', heading, 'heading') : nothing}
                ${
                  href
                    ? html`<a
                        part="see-all"
                        class="see-all"
                        href=${href}
                        target=${linkTarget && linkTarget !== '_self' ? linkTarget : nothing}
                        rel=${linkTarget === '_blank' ? 'noopener noreferrer' : nothing}
                        aria-describedby=${heading ? 'heading' : nothing}
                        >${this.t('feed.seeAll')}</a
                      >`
                    : nothing
                }
              </div>`
            : nothing
        }
        ${
          this.searchable
            ? html`<div part="search" class="search" role="search">
                <label class="visually-hidden" for="search">${this.t('feed.search')}</label>
                <input
                  id="search"
                  part="search-input"
                  type="search"
                  autocomplete="off"
                  placeholder=${this.t('feed.searchPlaceholder')}
                  @input=${this._onSearch}
                />
              </div>`
            : nothing
        }
        <div class="body">
          ${
            error && !ready
              ? html`<div part="error" class="message error" role="alert">
                  <p part="error-message">${this._describe(error)}</p>
                  <button part="retry-button" class="button primary" type="button" @click=${this._retry}>
                    ${this.t('feed.retry')}
                  </button>
                </div>`
              : busy
                ? skeleton(limit, layout === 'compact', tokens(this.hide), this.t('feed.loading'))
                : matches.length
                  ? this._renderList(
                      matches.slice(0, this._pages * limit),
                      (post) =>
                        html`<trade-post
                          exportparts=${POST_PARTS}
                          variant=${layout === 'compact' ? 'compact' : 'card'}
                          .post=${post}
                          .messages=${this.messages}
                          hide=${this.hide}
                          excerpt-length=${this.excerptLength}
                          heading-level=${Math.min(6, heading ? level + 1 : level)}
                          link-target=${linkTarget}
                          lang=${lang}
                          theme=${this.theme}
                        ></trade-post>`,
                    )
                  : html`<p part="empty" class="message">
                      ${this.t(this._query.trim() ? 'feed.noMatches' : 'feed.empty')}
                    </p>`
          }
        </div>
        ${this._stale ? html`<p part="stale-note" class="stale-note">${this.t('feed.stale')}</p>` : nothing}
        ${
          this.loadMore && ready && (more || moreError)
            ? html`<div part="footer" class="footer">
                ${moreError ? html`<p part="error-message" class="more-error">${this._describe(moreError)}</p>` : nothing}
                ${
                  more
                    ? html`<button
                        part="load-more-button"
                        class="button"
                        type="button"
                        aria-disabled=${paging}
                        @click=${this._onMore}
                      >
                        ${this.t(paging ? 'feed.loadingMore' : 'feed.loadMore')}
                      </button>`
                    : nothing
                }
              </div>`
            : nothing
        }
      </section>
      <div part="status" class="visually-hidden" role="status">${this._status}</div>
    `;
  }
}
