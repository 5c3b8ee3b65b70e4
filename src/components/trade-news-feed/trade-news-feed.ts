import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { loadFeed } from '../../feed/index.js';
import { readNow } from '../../feed/load.js';
import type { FeedError } from '../../feed/errors.js';
import type { FeedFormat, LoadedFeed, Post } from '../../feed/post.js';
import { headingLevel, positive, tokens, type HeadingLevel } from '../../shared/converters.js';
import { LoadController } from '../../shared/load-controller.js';
import { relFor } from '../../shared/link-rel.js';
import { pageUrl } from '../../shared/url.js';
import { heading as headingOf } from '../../shared/templates.js';
import { TradeElement } from '../../shared/trade-element.js';
import { contentStyles } from '../../shared/content.styles.js';
import { skeletonStyles } from '../../shared/skeleton.styles.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { tradeNewsFeedStyles } from './trade-news-feed.styles.js';
import { filterPosts, parseTagFilter } from './filter.js';
import { FeedPages, givenPosts, requestOptions, safeHref, type RequestOptions } from './feed-pages.js';
import {
  errorBox,
  firstScreenCards,
  loadMoreButton,
  postCard,
  searchBox,
  seeAllLink,
  skeleton,
} from './feed-templates.js';
import { focusItem, KeyedList, listTemplate } from './keyed-list.js';
import { loadProfiles, profilesModule } from './load-profiles.js';

import type { TradeFeedLoadDetail } from './trade-news-feed.events.js';

export type {
  TradeFeedErrorDetail,
  TradeFeedErrorEvent,
  TradeFeedLoadDetail,
  TradeFeedLoadEvent,
} from './trade-news-feed.events.js';

/** How the posts are laid out. */
export type FeedLayout = 'list' | 'grid' | 'compact';

/** The http(s) URLs of a `profiles` attribute, each once. */
const profileUrls = (value: string): string[] => [
  ...new Set(value.split(/\s+/).flatMap((url) => (/^https?:\/\//i.test(url) ? (pageUrl(url)?.href ?? []) : []))),
];

/** Pages fetched for one "Load more" click when a filter keeps rejecting what arrives. */
const MAX_PAGES_PER_CLICK = 5;
const SEARCH_DEBOUNCE_MS = 200;

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
 * @csspart profiles - The "Follow" row under the list: one line of a fixed height (2.75rem).
 * @csspart profile-link - Each profile's link (icon and name; the icon only at narrow widths).
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
  static override styles = [themeStyles, contentStyles, skeletonStyles, tradeNewsFeedStyles];
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
    profiles: {},
    posts: { attribute: false },
    _given: { state: true },
    _error: { state: true },
    _pages: { state: true },
    _query: { state: true },
    _status: { state: true },
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

  /**
   * Space-separated parts to leave out: `image excerpt author date tags stats` of each post, and
   * `profiles`, the "Follow" row.
   */
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

  /** Target of post links, the "See All" link and the profile links (`_self`, `_blank`, a frame name). */
  linkTarget = '_self';

  /**
   * Space-separated http(s) URLs of the broker's social profiles, shown as a "Follow" row under the
   * list (X/Twitter, LinkedIn, Facebook, YouTube and Instagram with their icon and name, other
   * sites by their host). When not set, the feed's own `_trade.profiles` (JSON Feed) are shown.
   */
  profiles?: string;

  /** What was assigned to the `posts` property; when set, `src` is not fetched. */
  private _assigned?: unknown;
  /** The posts of `_assigned`, normalized; undefined while none can be read until a reader loads. */
  private _given?: Post[];
  /** The pages of `src` fetched so far. */
  private _feed = new FeedPages();
  /** The failed first load (error box), or once loaded the failed "Load more" (footer). */
  private _error?: FeedError;
  /** Screens of `limit` posts revealed. */
  private _pages = 1;
  /** `hide`, parsed. */
  private _hidden: ReadonlySet<string> = new Set();
  /** The search box's words, once the reader paused typing. */
  private _query = '';
  /** What the live region says. */
  private _status = '';
  private _typing?: ReturnType<typeof setTimeout>;
  /** The posts' `<ul>`, kept across renders, with an `<li>` for each shown post id. */
  private readonly _list = new KeyedList();
  /** `trade-feed-load` to fire once the posts are on screen. */
  private _pend?: TradeFeedLoadDetail;
  /** How many of the first cards start in the first screen, measured when posts first show. */
  private _firstScreen?: number;
  /** The "Follow" row's module could not be loaded: no row. */
  private _profilesFailed = false;

  /** Page 1 of `src`: loaded when the arguments change, near the viewport if `lazy`, refreshed every `refresh` seconds. */
  private readonly _firstPage = new LoadController<[src: string, options: RequestOptions], LoadedFeed>(this, {
    args: () => {
      const src = this.src?.trim();
      return src && this._assigned == null ? [src, this._requestOptions] : undefined;
    },
    task: ([src, options], { signal, force, revalidated }) =>
      loadFeed(src, { ...options, signal, force, onRevalidate: revalidated, host: this }),
    // Page 1, or a fresher copy of it, replaces the old page 1 and keeps later pages. Until page 1
    // has loaded, an error is the first load's; after, it is a failed "Load more" and stays.
    onValue: (feed, [src]) => {
      if (!this._feed.first) this._error = undefined;
      this._feed.setFirst(feed, src);
      this._pend = { posts: this._feed.posts, skipped: this._feed.skipped, source: src };
    },
    onError: (cause) => {
      // loadFeed rejects only with a FeedError (and a run that was aborted is never reported).
      const error = cause as FeedError;
      // A failed refresh keeps the posts on screen: they are now the saved copy.
      if (this._feed.first) this._feed.stale = true;
      else this._error = error;
      this.emit('trade-feed-error', { error });
    },
    lazy: () => this.loading === 'lazy',
    refreshEvery: () => this.refreshInterval,
    canRefresh: () => !this._nextPages.pending && !!this._feed.first,
  });

  /** Further pages for "Load more": fetched until `target` posts match, or the feed ends. */
  private readonly _nextPages = new LoadController<[target: number], boolean>(this, {
    manual: true,
    args: () => [(this._pages + 1) * this._limit],
    task: ([target], { signal }) =>
      this._feed.fetchMore(() => this._matches.length < target, MAX_PAGES_PER_CLICK, this._requestOptions, signal),
    onError: (cause) => {
      const error = (this._error = cause as FeedError);
      this._say(this._describe(error));
      this.emit('trade-feed-error', { error });
    },
  });

  /**
   * The posts the element holds: those assigned, else those fetched from `src` (all loaded
   * pages). Assign an array of posts — normalized `Post`s or raw items in any accepted format —
   * to render them without fetching; items without an id or title are dropped. Assign
   * `undefined` to go back to `src`.
   */
  get posts(): Post[] {
    return this._assigned == null ? this._feed.posts : (this._given ?? []);
  }

  set posts(value: unknown) {
    this._assigned = value;
    this._error = undefined;
    if (value == null) {
      this._given = undefined;
      return;
    }
    const [{ posts, skipped }, more] = readNow(() => givenPosts(value));
    this._pages = 1;
    this._given = more && !posts.length ? undefined : posts;
    if (!more) {
      this._pend = { posts, skipped, source: 'property' };
      return;
    }
    // What the items need that loads on demand (the WordPress and Ghost readers, a rare character
    // reference): they are read again once it is there, and announced then. Until then the posts
    // show as far as they can be read, or the placeholder. If it cannot be fetched, what could be
    // read stays and is announced; when nothing could, the error with "Try again".
    more.then(
      () => this._assigned === value && (this.posts = value),
      (error: FeedError) => {
        if (this._assigned !== value) return;
        if (posts.length) {
          this._pend = { posts, skipped, source: 'property' };
          this.requestUpdate();
        } else {
          this._error = error;
          this.emit('trade-feed-error', { error });
        }
      },
    );
  }

  /**
   * Fetches `src` again, bypassing the fresh cache, while the current posts stay on screen.
   * Resolves once the answer (or the error) has rendered.
   */
  async refresh(): Promise<void> {
    if (!this.isConnected) return;
    await this._firstPage.run();
    await this.updateComplete;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._typing);
  }

  /** Format, timeout and cache lifetime of every request, checked. */
  private get _requestOptions(): RequestOptions {
    return requestOptions(this.format, this.timeout, this.cacheTtl);
  }

  /** Posts per screen: `limit`, checked. */
  private get _limit(): number {
    return positive(this.limit, 3);
  }

  /** The posts that pass the tag filter and the search, before `limit`. */
  private get _matches(): Post[] {
    return filterPosts(this.posts, parseTagFilter(this.tag), this._query);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('hide')) this._hidden = tokens(this.hide);
    // Posts of the old source (or read in another format) must not stand in for the new one.
    if (changed.get('src') !== undefined || changed.get('format') !== undefined) {
      this._nextPages.abort();
      this._feed = new FeedPages();
      this._error = undefined;
      this._pages = 1;
    }
    if (changed.has('tag') || changed.has('limit')) this._pages = 1;
    if (changed.has('searchable') && !this.searchable) {
      clearTimeout(this._typing);
      this._query = this._status = '';
    }
  }

  protected override updated(): void {
    const detail = this._pend;
    if (detail) {
      this._pend = undefined;
      // Once the cards have rendered (or failed to: the load still happened).
      const cards = [...this.renderRoot.querySelectorAll('trade-post')].map((card) => card.updateComplete);
      void Promise.allSettled(cards).then(() => this.isConnected && this.emit('trade-feed-load', detail));
    }
  }

  /** "Try again", then focus where the reader continues: the first post, or "Try again" if it failed again. */
  private async _retry(): Promise<void> {
    this._error = undefined;
    if (this._assigned != null) this.posts = this._assigned;
    await this._firstPage.run();
    await this.updateComplete;
    const retry = this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"]');
    if (retry) retry.focus();
    else void focusItem(this.renderRoot.querySelector<HTMLElement>('[part~="item"]') ?? undefined);
  }

  /** Reveals the next `limit` posts, fetching `nextUrl` pages until they are there or the feed ends. */
  private async _onMore(): Promise<void> {
    if (this._nextPages.pending) return;
    const limit = this._limit;
    const before = Math.min(this._matches.length, this._pages * limit);
    this._error = undefined;
    if (this._assigned == null && this._feed.next && this._matches.length < (this._pages + 1) * limit) {
      // The new status renders the button busy: the run below is under way by then.
      this._say(this.t('feed.loadingMore'));
      await this._nextPages.run();
      const { status, value: fetched } = this._nextPages;
      // Replaced by a change of source, or the element left the page.
      if (status === 'initial') return;
      // Announced once the new posts are on screen, not when they merely arrived.
      if (status === 'complete' && fetched) {
        this._pend = { posts: this._feed.posts, skipped: this._feed.skipped, source: this.src ?? '' };
      }
    }

    this._pages += 1;
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

  /** The heading and the "See All" link, when either is shown. */
  private _renderHeader(heading: string, level: HeadingLevel): TemplateResult | typeof nothing {
    const href = safeHref(this.seeAllHref);
    if (!heading && !href) return nothing;
    return html`<div part="header" class="header">
      ${heading ? headingOf(level, 'heading', heading, 'heading') : nothing}
      ${href ? seeAllLink(href, this.linkTarget, this.t('feed.seeAll'), !!heading) : nothing}
    </div>`;
  }

  /** The search box, when `searchable`. */
  private _renderSearch(): TemplateResult | typeof nothing {
    if (!this.searchable) return nothing;
    return searchBox(this.t('feed.search'), this.t('feed.searchPlaceholder'), (event) => this._onSearch(event));
  }

  /** What the body shows: the error with "Try again", the placeholder, the posts, or "No posts". */
  private _renderState(ready: boolean, busy: boolean, titleLevel: number): TemplateResult | HTMLElement {
    const limit = this._limit;
    if (this._error && !ready) {
      return errorBox(this._describe(this._error), this.t('feed.retry'), () => void this._retry());
    }
    if (busy) return skeleton(limit, this.layout === 'compact', this._hidden, this.t('feed.loading'));
    const matches = this._matches;
    if (matches.length) return this._renderList(matches.slice(0, this._pages * limit), titleLevel);
    return html`<p part="empty" class="message">${this.t(this._query.trim() ? 'feed.noMatches' : 'feed.empty')}</p>`;
  }

  /** The shown posts as cards, each in an `<li>` that stays while its post is shown. */
  private _renderList(posts: Post[], titleLevel: number): HTMLElement | TemplateResult {
    const hydrating = !this.hasUpdated && !!this.shadowRoot?.querySelector('[part~="list"]');
    const first = isServer || hydrating ? [] : posts.slice(0, (this._firstScreen ??= firstScreenCards(this)));
    const card = (post: Post) => postCard(post, this, titleLevel, first.includes(post));
    return isServer || hydrating ? listTemplate(posts, card) : this._list.update(posts, (post) => post.id, card);
  }

  /**
   * The "Follow" row: the `profiles` attribute's http(s) URLs (shown from the start, so the row's
   * box is there before the posts), else the feed's own once it has loaded. Its icons load the first
   * time; until then the row is there, empty, at its final height.
   */
  private _renderProfiles(): TemplateResult | typeof nothing {
    const urls =
      this.profiles == null ? (this._assigned == null ? this._feed.profiles : undefined) : profileUrls(this.profiles);
    if (!urls?.length || this._hidden.has('profiles') || this._profilesFailed) return nothing;
    const module = profilesModule();
    if (module) module.styleRow(this);
    if (module) return module.profilesRow(urls, this.t('feed.follow'), this.linkTarget, relFor(this.linkTarget));
    if (!isServer) {
      loadProfiles().then(
        () => this.requestUpdate(),
        () => {
          this._profilesFailed = true;
          this.requestUpdate();
        },
      );
    }
    return html`<div part="profiles" class="profiles"></div>`;
  }

  /** Below the list: a failed "Load more" and the "Load more" button. */
  private _renderFooter(ready: boolean): TemplateResult | typeof nothing {
    const paging = this._nextPages.pending;
    const more = this._matches.length > this._pages * this._limit || (this._assigned == null && !!this._feed.next);
    const moreError = this._feed.first && this._error;
    if (!this.loadMore || !ready || !(more || moreError)) return nothing;
    return html`<div part="footer" class="footer">
      ${moreError ? html`<p part="error-message" class="more-error">${this._describe(moreError)}</p>` : nothing}
      ${more ? loadMoreButton(this.t(paging ? 'feed.loadingMore' : 'feed.loadMore'), paging, () => void this._onMore()) : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    const heading = this.heading ?? this.t('feed.heading');
    const level = headingLevel(this.headingLevel);
    const ready = this._assigned == null ? !!this._feed.first : !!this._given;
    const busy = !ready && !this._error && (!!this.src || this._assigned != null);
    return html`
      <section
        part="base"
        class="base layout-${this.layout}"
        aria-labelledby=${heading ? 'heading' : nothing}
        aria-label=${heading ? nothing : this.t('feed.label')}
        aria-busy=${busy || this._nextPages.pending}
      >
        ${this._renderHeader(heading, level)} ${this._renderSearch()}
        <div class="body">${this._renderState(ready, busy, Math.min(6, heading ? level + 1 : level))}</div>
        ${this._feed.stale ? html`<p part="stale-note" class="stale-note">${this.t('feed.stale')}</p>` : nothing}
        ${this._renderFooter(ready)} ${this._renderProfiles()}
      </section>
      <div part="status" class="visually-hidden" role="status">${this._status}</div>
    `;
  }
}
