import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from '../../shared/decorators.js';
import type { FeedError } from '../../feed/errors.js';
import type { FeedFormat, Post } from '../../feed/post.js';
import { headingLevel, positive, tokens } from '../../shared/converters.js';
import { Announcer } from '../../shared/announcer.js';
import { heading as headingOf } from '../../shared/templates.js';
import { TradeElement } from '../../shared/trade-element.js';
import { contentStyles } from '../../shared/content.styles.js';
import { skeletonStyles } from '../../shared/skeleton.styles.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { tradeNewsFeedStyles } from './trade-news-feed.styles.js';
import { filterPosts, parseTagFilter } from './filter.js';
import { requestOptions, safeHref } from './feed-pages.js';
import * as templates from './feed-templates.js';
import { FollowRow } from './load-profiles.js';
import { PagingController } from './paging-controller.js';
import { SearchController } from './search-controller.js';

export type {
  TradeFeedErrorDetail,
  TradeFeedErrorEvent,
  TradeFeedLoadDetail,
  TradeFeedLoadEvent,
} from './trade-news-feed.events.js';

/** How the posts are laid out. */
export type FeedLayout = 'list' | 'grid' | 'compact';

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
  /**
   * Space-separated parts to leave out: `image excerpt author date tags stats` of each post, and
   * `profiles`, the "Follow" row.
   */
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
  /** Target of post links, the "See All" link and the profile links (`_self`, `_blank`, a frame name). */
  @property({ attribute: 'link-target' }) linkTarget = '_self';
  /**
   * Space-separated http(s) URLs of the broker's social profiles, shown as a "Follow" row under the
   * list (X/Twitter, LinkedIn, Facebook, YouTube and Instagram with their icon and name, other
   * sites by their host). When not set, the feed's own `_trade.profiles` (JSON Feed) are shown.
   */
  @property() profiles?: string;

  /** Where the posts come from (`posts`, else `src` page by page) and how many screens show. */
  private readonly _paging = new PagingController(this, {
    src: () => this.src?.trim(),
    request: () => requestOptions(this.format, this.timeout, this.cacheTtl),
    limit: () => positive(this.limit, 3),
    matching: (posts) => this._filter(posts).length,
    lazy: () => this.loading === 'lazy',
    refreshEvery: () => this.refreshInterval,
    onLoad: (detail) => this.emit('trade-feed-load', detail),
    onError: (error) => this.emit('trade-feed-error', { error }),
  });
  /** The live region: result counts and "Load more" progress. */
  private readonly _announcer = new Announcer(this);
  /** The search box's words, once the reader paused typing. */
  private readonly _search = new SearchController(this, (query) => {
    this._paging.screens = 1;
    // Set, not said: an unchanged count need not be repeated on every keystroke.
    this._announcer.set(query.trim() ? this.t('feed.results', { count: this._filter(this.posts).length }) : '');
  });
  /** The "Follow" row. */
  private readonly _follow = new FollowRow(this);
  /** "Try again", then focus where the reader continues: the first post, or "Try again" if it failed again. */
  private readonly _retry = () =>
    void this._paging
      .retry()
      .then(() => this.updateComplete)
      .then(() => templates.focusAfterRetry(this.renderRoot));
  /** `hide`, parsed. */
  private _hidden: ReadonlySet<string> = new Set();
  /** The posts that pass the tag filter and the search, before `limit`: made once per update. */
  private _matches: Post[] = [];
  /** How many of the first cards start in the first screen, measured when posts first show. */
  private _firstScreen?: number;

  /**
   * The posts the element holds: those assigned, else those fetched from `src` (all loaded
   * pages). Assign an array of posts — normalized `Post`s or raw items in any accepted format —
   * to render them without fetching; items without an id or title are dropped. Assign
   * `undefined` to go back to `src`.
   */
  @property({ attribute: false })
  get posts(): Post[] {
    return this._paging.posts;
  }
  set posts(value: unknown) {
    this._paging.assign(value);
  }

  /**
   * Fetches `src` again, bypassing the fresh cache, while the current posts stay on screen.
   * Resolves once the answer (or the error) has rendered.
   */
  async refresh(): Promise<void> {
    if (this.isConnected) await this._paging.refresh().then(() => this.updateComplete);
  }

  /** Those of `posts` that pass the tag filter and the search. */
  private _filter(posts: Post[]): Post[] {
    return filterPosts(posts, parseTagFilter(this.tag), this._search.query);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('hide')) this._hidden = tokens(this.hide);
    // Posts of the old source (or read in another format) must not stand in for the new one.
    if (changed.get('src') !== undefined || changed.get('format') !== undefined) this._paging.reset();
    if (changed.has('tag') || changed.has('limit')) this._paging.screens = 1;
    if (changed.has('searchable') && !this.searchable) {
      this._search.clear();
      this._announcer.set('');
    }
    this._matches = this._filter(this.posts);
  }

  /** Reveals the next `limit` posts, fetching `nextUrl` pages until they are there or the feed ends. */
  private async _onMore(): Promise<void> {
    if (this._paging.fetching) return;
    // The new status renders the button busy: the run is under way by then.
    const counts = await this._paging.more(() => this._announcer.say(this.t('feed.loadingMore')));
    // Replaced by a change of source, or the element left the page.
    if (!counts) return;
    const { before, matching } = counts;
    const added = Math.min(matching, this._paging.shown) - before;
    if (added <= 0) {
      const failed = this._paging.moreFailed;
      return this._announcer.say(failed ? this._describe(failed) : this.t('feed.results', { count: matching }));
    }
    this._announcer.say(this.t('feed.moreShown', { count: added }));
    await this.updateComplete;
    void templates.focusItem(this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')[before]);
  }

  private _describe = (error: FeedError): string => this.t(`error.${error.kind}`, { status: error.status ?? '' });

  /**
   * What the body shows: the error with "Try again", the placeholder, the posts (a server cannot
   * measure which start in the first screen: its cards' images stay lazy), or "No posts".
   */
  private _renderState(titleLevel: number): TemplateResult {
    const { failed, busy, shown } = this._paging;
    if (failed) return templates.errorBox(this._describe(failed), this.t('feed.retry'), this._retry);
    if (busy)
      return templates.skeleton(this._paging.limit, this.layout === 'compact', this._hidden, this.t('feed.loading'));
    const posts = this._matches.slice(0, shown);
    const first =
      isServer || !posts.length ? [] : posts.slice(0, (this._firstScreen ??= templates.firstScreenCards(this)));
    if (posts.length)
      return templates.postList(posts, (post) => templates.postCard(post, this, titleLevel, first.includes(post)));
    return templates.emptyMessage(this.t(this._search.query.trim() ? 'feed.noMatches' : 'feed.empty'));
  }

  override render(): TemplateResult {
    const { busy, fetching, moreFailed, hasNext, ready, shown, stale } = this._paging;
    const heading = this.heading ?? this.t('feed.heading');
    const level = headingLevel(this.headingLevel);
    const href = safeHref(this.seeAllHref);
    const label = this.t(fetching ? 'feed.loadingMore' : 'feed.loadMore');
    const more =
      (this._matches.length > shown || hasNext) && templates.loadMoreButton(label, fetching, () => void this._onMore());
    const search =
      this.searchable && templates.searchBox(this.t('feed.search'), this.t('feed.searchPlaceholder'), this._search);
    const follow =
      this._hidden.has('profiles') || this._follow.render(this.profiles, this._paging.profiles, this.t('feed.follow'));
    return html`
      <section
        part="base"
        class="base layout-${this.layout}"
        aria-labelledby=${heading ? 'heading' : nothing}
        aria-label=${heading ? nothing : this.t('feed.label')}
        aria-busy=${busy || fetching}
      >
        ${templates.header(
          heading && headingOf(level, 'heading', heading, 'heading'),
          href && templates.seeAllLink(href, this.linkTarget, this.t('feed.seeAll'), !!heading),
        )}
        ${search || nothing}
        <div class="body">${this._renderState(Math.min(6, heading ? level + 1 : level))}</div>
        ${stale ? html`<p part="stale-note" class="stale-note">${this.t('feed.stale')}</p>` : nothing}
        ${this.loadMore && ready ? templates.footer(moreFailed && this._describe(moreFailed), more) : nothing}
        ${follow === true ? nothing : follow}
      </section>
      ${this._announcer.render()}
    `;
  }
}
