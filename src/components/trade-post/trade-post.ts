import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from '../../shared/decorators.js';
import { FeedError, type Post } from '../../feed/index.js';
import { headingLevel, nonNegative, positive, tokens } from '../../shared/converters.js';
import { contentStyles } from '../../shared/content.styles.js';
import type { DateStyle } from '../../shared/i18n/dates.js';
import { LoadController } from '../../shared/load-controller.js';
import { skeletonStyles } from '../../shared/skeleton.styles.js';
import { heading } from '../../shared/templates.js';
import { excerpt } from '../../shared/text.js';
import { inFirstScreen } from '../../shared/first-screen.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { TradeElement } from '../../shared/trade-element.js';
import type * as FullPost from './full-post.js';
import { FullPostSlot } from './load-full-post.js';
import { postImage, postLink } from './post-parts.js';
import { bodyOf, errorBox, meta, stats, tagList, type PostContext, type PostVariant } from './post-templates.js';
import { absoluteSrc, expireSource, loadPost, postKey, readGiven } from './load-post.js';
import type { Given, PostState } from './post-state.js';
import { bodySkeleton, skeleton } from './post-skeleton.js';
import { tradePostStyles } from './trade-post.styles.js';
import { postSkeletonStyles } from './post-skeleton.styles.js';

export type {
  TradePostDetail,
  TradePostErrorDetail,
  TradePostErrorEvent,
  TradePostLoadEvent,
  TradePostSelectEvent,
  TradePostViewEvent,
} from './trade-post.events.js';
export type { PostVariant } from './post-templates.js';

const variantOf = ({ variant }: TradePost): PostVariant =>
  variant === 'card' || variant === 'compact' ? variant : 'full';

/**
 * One blog post: a full article with its sanitized body and a share bar, a card (image, title,
 * excerpt) or a compact line (title and date). Data comes from the `post` property, or from a feed
 * at `src` (the post `post-id`, else the first) loaded through the shared, cached data layer.
 *
 * @tagname trade-post
 * @summary One post from a feed — full, card or compact — safe on any HTML.
 *
 * @slot - Fallback content, shown before the element is defined (no script, or not yet loaded) and
 *   while it has neither `src` nor `post`. It is never shown next to a post.
 *
 * @fires {TradePostLoadEvent} trade-post-load - A different post is on screen (for `full`, once its
 *   body is rendered too). Detail `{ post }`. Setting `post` again to an equal post (same id, title,
 *   URL and dates), as a feed does on every re-render and refresh, does not fire it again.
 * @fires {TradePostErrorEvent} trade-post-error - Loading failed, `post-id` is not in the feed (kind
 *   `not-found`), or `post` is not a valid post (kind `format`). Detail `{ error }`, a `FeedError`.
 * @fires {TradePostSelectEvent} trade-post-select - The title link or "Read more" was clicked
 *   (plain left click or Enter; modified clicks keep opening tabs). Cancelable, detail `{ post }`:
 *   cancel it to handle navigation yourself.
 * @fires {TradePostViewEvent} trade-post-view - A full post has been at least half visible (or filled
 *   half the screen) for one second: a reader saw it. Once per post per tab; detail `{ post }`, for the
 *   host's own analytics. With `views-endpoint`, the view is sent there at the same moment.
 *
 * @csspart article - The `<article>` around the post.
 * @csspart image - The featured image.
 * @csspart title - The title heading (h1–h6 by `heading-level`).
 * @csspart title-link - The link inside the title, when the post has a URL.
 * @csspart meta - The line with author, date and reading time.
 * @csspart author - The author name(s).
 * @csspart avatar - The first author's picture.
 * @csspart date - The `<time>` of publication.
 * @csspart reading-time - "3 min read" (full variant).
 * @csspart stats - Views and comments.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart excerpt - The summary of a card.
 * @csspart body - The sanitized body of a full post (or its summary when the body cannot be shown).
 * @csspart read-more - The "Read more" link shown when a full post has no body to show.
 * @csspart share - The share bar.
 * @csspart share-link - Each share link and the copy button.
 * @csspart copy-button - The "Copy link" button.
 * @csspart share-status - The "Link copied" message.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart retry-button - The "Try again" button.
 *
 * @cssprop --trade-font-family - Font of the whole post (inherits the page's by default).
 * @cssprop --trade-color-text - Text colour.
 * @cssprop --trade-color-muted - Secondary text: meta line, stats, captions.
 * @cssprop --trade-color-surface - Background of cards, buttons and the article.
 * @cssprop --trade-color-subtle - Tag chips, code blocks, table headers, skeleton bones.
 * @cssprop --trade-color-border - Card border, rules and table lines.
 * @cssprop --trade-color-accent - Links, the quote rule, the "Try again" button and share hover.
 * @cssprop --trade-color-accent-text - Text on accent backgrounds.
 * @cssprop --trade-color-danger - The error box's border and tint.
 * @cssprop --trade-color-success - The "Link copied" message.
 * @cssprop --trade-focus-color - Focus ring colour.
 * @cssprop --trade-radius - Corner radius of cards, images and buttons.
 * @cssprop --trade-space - Base spacing unit (padding of cards, gaps).
 */
export class TradePost extends TradeElement {
  /** A full post's styles and share bar load later, the first time one is shown (load-full-post.ts). */
  static override styles = [themeStyles, contentStyles, skeletonStyles, tradePostStyles, postSkeletonStyles];

  /** A feed URL (any accepted format), or a URL returning one post. Ignored while `post` is set. */
  @property() src?: string;

  /** Which post of `src` to show, by id (or URL); the first post when unset. */
  @property({ attribute: 'post-id' }) postId?: string;

  /** `full` (heading, meta, image, body, tags, stats, share bar), `card` (image, title, excerpt, meta) or `compact` (title and date). */
  @property({ reflect: true }) variant: PostVariant = 'full';

  /** Space-separated pieces to leave out: `image author date stats tags share` (also `excerpt`, `reading-time`). */
  @property() hide = '';

  /** Level (1–6) of the title heading; other values are clamped into range, non-numbers mean 2. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** How dates read: `long` ("November 28, 2026"), `short` ("11/28/26") or `relative` ("3 days ago"). */
  @property({ attribute: 'date-style' }) dateStyle: DateStyle = 'long';

  /** Characters of summary a card shows before "…" (cut at a word); 0 hides the excerpt. */
  @property({ attribute: 'excerpt-length', type: Number }) excerptLength = 160;

  /** Browsing context for the post and author links (`_self`, `_blank`, …). */
  @property({ attribute: 'link-target' }) linkTarget = '_self';

  /** Milliseconds before loading `src` fails with kind `timeout`. */
  @property({ type: Number }) timeout = 10000;

  /**
   * Where a view of a full post is counted: an http(s) or relative URL that receives one POST of
   * `{ "id", "url", "page" }` as JSON per post per tab, without cookies, and nothing when the browser
   * sends Global Privacy Control. Without it nothing is sent (`trade-post-view` still fires).
   */
  @property({ attribute: 'views-endpoint' }) viewsEndpoint?: string;

  /**
   * The post to show: a normalized `Post` or a raw item in any accepted format (JSON Feed item,
   * WordPress or Ghost post, simple object). Takes precedence over `src`.
   */
  @property({ attribute: false }) post?: Post | Record<string, unknown>;

  /**
   * Set by `<trade-news-feed>` on its cards: whether the card starts in the first screen, which the
   * feed works out for all its cards at once. A post without it measures itself.
   * @internal
   */
  firstScreen?: boolean;

  /** Image URLs that failed to load here: they are not shown again. */
  private readonly _broken = new Set<string>();
  /** Whether the post started in the first screen, decided when it first showed a post. */
  private _firstScreen?: boolean;
  /** `hide`, parsed. */
  private _hidden: ReadonlySet<string> = new Set();
  /** The `post` property, read. */
  private _given?: Given;
  /** The post of `src` (unless `post` is set): reloaded when `src`, `post-id` or `timeout` change. */
  private readonly _loaded = new LoadController<[src: string, postId: string | undefined, timeout: number], Post>(
    this,
    {
      args: () => (this.post == null && this.src ? [this.src, this.postId, positive(this.timeout, 10000)] : undefined),
      task: (args, context) => loadPost(...args, context, this),
    },
  );
  /** The full-post module's parts (styles, share bar, sanitized body, view counting). */
  private readonly _full = new FullPostSlot(this, () => this._bodyArgs());
  /** What is shown, made once per update once the loads have seen their arguments. */
  private _state: PostState = { kind: 'fallback' };
  /** The error, or the key of the post, last announced: each fires its event once. */
  private _announced?: FeedError | string;
  /** Called once a retry's outcome (a post or an error) shows. */
  private _onOutcome?: () => void;

  /** A post to show in full waits for the full-post module: `updateComplete` resolves once it shows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const view = this._view();
    const loading = this._full.loading;
    return loading && view && !(view instanceof FeedError) ? loading.then(() => this.getUpdateComplete()) : done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('hide')) this._hidden = tokens(this.hide);
    if (variantOf(this) === 'full' && !isServer) this._full.prepare();
    if (changed.has('post') || (changed.has('src') && this.post != null)) this._read();
  }

  /**
   * Reads the `post` property. What the item needs that loads on demand (the WordPress and Ghost
   * readers, a rare character reference): until it is there the item shows as far as it can be
   * read, or the placeholder, and is not announced. If it cannot be fetched, what could be read
   * stays and is announced.
   */
  private _read(): void {
    const post = this.post;
    const [given, more] = readGiven(post, this.src);
    this._given = given;
    more?.then(
      () => this.post === post && this.requestUpdate('post'),
      (error: FeedError) => {
        if (this.post !== post) return;
        this._given = given instanceof FeedError || !given?.post ? error : { post: given.post, reading: false };
        this.requestUpdate();
      },
    );
  }

  /** The post, or why there is none, or undefined while it loads. */
  private _view(): Post | FeedError | undefined {
    const given = this._given;
    if (this.post != null) return given instanceof FeedError ? given : given?.post;
    const { value, error } = this._loaded;
    return value ?? (error as FeedError | undefined);
  }

  /** What a full post's sanitized body is made from: made again when the HTML, its base URL or the heading level change. */
  private _bodyArgs(): FullPost.BodyArgs | undefined {
    const post = this._view();
    if (variantOf(this) !== 'full' || !post || post instanceof Error || !post.contentHtml) return undefined;
    return [post.contentHtml, post.url ?? absoluteSrc(this.src), headingLevel(this.headingLevel)];
  }

  private _situation(): PostState {
    if (this.post == null && !this.src) return { kind: 'fallback' };
    const view = this._view();
    if (view instanceof FeedError) return { kind: 'error', error: view };
    if (!view) return { kind: 'loading' };
    const given = this._given;
    const reading = this.post != null && !(given instanceof FeedError) && !!given?.reading;
    if (variantOf(this) !== 'full' || !view.contentHtml || this._full.failed) {
      return { kind: 'post', post: view, body: 'none', reading };
    }
    // Markup from a server (declarative shadow DOM) is adopted by a first update that renders what
    // the server could: the post without the module's parts. They follow once the module is there.
    const adopting = isServer || (!this.hasUpdated && !!this.renderRoot.querySelector('[part]'));
    const parts = this._full.parts;
    if (!adopting && !parts) return { kind: 'loading' };
    const body = adopting ? undefined : parts?.body;
    return { kind: 'post', post: view, body: body?.status === 'error' ? 'none' : (body?.value ?? 'pending'), reading };
  }

  protected override updated(): void {
    const state = this._state;
    // A post is announced once read, and a full post once its body has rendered (or failed to).
    const post = state.kind === 'post' && !state.reading && state.body !== 'pending' ? state.post : undefined;
    const error = state.kind === 'error' ? state.error : undefined;
    const key = post ? postKey(post) : error;
    if (key) {
      if (key !== this._announced) {
        this._announced = key;
        if (post) this.emit('trade-post-load', { post });
        else this.emit('trade-post-error', { error: error! });
      }
      this._onOutcome?.();
      this._onOutcome = undefined;
    }
    // A full post is watched for a reader once it is announced (its body is on screen).
    const article = this.renderRoot.querySelector('[part~="article"]');
    this._full.parts?.watchViews(
      post && article && variantOf(this) === 'full'
        ? { post, target: article, endpoint: this.viewsEndpoint, onSent: () => expireSource(this.src) }
        : undefined,
    );
  }

  /** "Try again": asks again, then hands focus to what replaced the button. */
  private async _retry(): Promise<void> {
    this._announced = undefined;
    const outcome = new Promise<void>((resolve) => (this._onOutcome = resolve));
    void this._loaded.run(true);
    // A `post` that waited for a reader which could not be fetched is read again.
    this.requestUpdate(this.post == null ? undefined : 'post');
    await outcome;
    this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"], [part~="article"]')?.focus();
  }

  private get _context(): PostContext {
    const { locale, dateStyle } = this;
    return {
      host: this,
      t: (key, vars) => this.t(key, vars),
      locale,
      hidden: this._hidden,
      broken: this._broken,
      dateStyle,
      eager: this._firstScreen,
    };
  }

  /** Renders the state, made here: after the loads have seen their arguments (the controllers' hostUpdate). */
  override render(): TemplateResult {
    const state = (this._state = this._situation());
    switch (state.kind) {
      case 'fallback':
        return html`<slot></slot>`;
      case 'loading':
        return skeleton(variantOf(this), this._hidden, this.t('post.loading'));
      case 'error': {
        const { error } = state;
        const retry = this.post == null || error.kind === 'network';
        return errorBox(this._context, error, retry ? () => void this._retry() : undefined);
      }
      case 'post':
        return this._renderPost(state.post, state.body);
    }
  }

  private _renderPost(post: Post, body: HTMLElement | 'pending' | 'none'): TemplateResult {
    const variant = variantOf(this);
    // A server cannot measure: its markup has every image lazy, and the browser's first update
    // (which adopts that markup) measures.
    const eager = (this._firstScreen ??= this.firstScreen ?? (!isServer && inFirstScreen(this)));
    const context = this._context;
    const hidden = this._hidden;
    // A post's URLs (its own, its image, its authors') are http(s) or absent: every post shown,
    // `post` included, comes through the data layer, which checks them.
    const { url } = post;
    const image = hidden.has('image')
      ? nothing
      : postImage(this, this._broken, post.image, 'image', 1200, 675, eager, eager && variant === 'full');
    const title = url ? postLink(this, url, post.title, 'title-link', post) : post.title;
    const head = [heading(headingLevel(this.headingLevel), 'title', title), meta(context, post, variant)];
    let content: unknown = head;
    if (variant === 'card') {
      // The data layer fills in `summary` from the body's text when the source has none.
      const length = hidden.has('excerpt') ? 0 : nonNegative(this.excerptLength, 160);
      const summary = length ? excerpt(post.summary ?? '', length) : '';
      // The card keeps the room of every piece `hide` leaves in, filled or not: the box reserved
      // for it before it loaded (reserve.ts). Only the pieces left out give theirs up.
      const without = [
        !length && 'no-excerpt',
        hidden.has('tags') && 'no-tags',
        hidden.has('stats') && 'no-stats',
        hidden.has('author') && hidden.has('date') && 'no-meta',
      ].filter(Boolean);
      content = html`${image}
        <div class="card__content ${without.join(' ')}">
          ${head} ${summary ? html`<p class="excerpt" part="excerpt">${summary}</p>` : nothing}
          ${tagList(context, post.tags)} ${stats(context, post)}
        </div>`;
    } else if (variant === 'full') {
      // Without the module's parts (on a server, while adopting its markup, or the module could
      // not be loaded) there is no share bar.
      const full = this._full.parts;
      const share =
        hidden.has('share') || !url || !full || body === 'pending'
          ? nothing
          : full.shareBar(url, post.title, (key, vars) => this.t(key, vars));
      // The footer waits for the body: shown below the body's placeholder, it would move when the body came.
      const footer = [tagList(context, post.tags), stats(context, post), share].filter((piece) => piece !== nothing);
      content = html`<header>${head}</header>
        ${image} ${body === 'pending' ? bodySkeleton() : bodyOf(context, post, body === 'none' ? null : body)}
        ${footer.length && body !== 'pending' ? html`<footer>${footer}</footer>` : nothing}`;
    }
    return html`<article class="post post--${variant}" part="article" tabindex="-1">${content}</article>`;
  }
}
