import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { FeedError, normalizePost, type Author, type Post } from '../../feed/index.js';
import { expireFeed, readNow } from '../../feed/load.js';
import { plainText } from '../../feed/post.js';
import { headingLevel, nonNegative, positive, tokens } from '../../shared/converters.js';
import { contentStyles } from '../../shared/content.styles.js';
import { formatDate, type DateStyle } from '../../shared/i18n/dates.js';
import { LoadController } from '../../shared/load-controller.js';
import { skeletonStyles } from '../../shared/skeleton.styles.js';
import { heading } from '../../shared/templates.js';
import { excerpt, readingTime } from '../../shared/text.js';
import { inFirstScreen } from '../../shared/first-screen.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { TradeElement } from '../../shared/trade-element.js';
import { joinList } from './join-list.js';
import type * as FullPost from './full-post.js';
import { fullPost, loadFullPost } from './load-full-post.js';
import { postImage, postLink } from './post-parts.js';
import { absoluteSrc, loadPost, postKey } from './load-post.js';
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

/** How much of the post `<trade-post>` shows. */
export type PostVariant = 'full' | 'card' | 'compact';

/**
 * What is on screen: the post, why it cannot be shown, or `undefined` while it loads (or, with
 * neither `src` nor `post`, while the fallback content shows).
 */
type View = Post | FeedError | undefined;

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
  static override properties: PropertyDeclarations = {
    src: {},
    postId: { attribute: 'post-id' },
    variant: { reflect: true },
    hide: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    dateStyle: { attribute: 'date-style' },
    excerptLength: { attribute: 'excerpt-length', type: Number },
    linkTarget: { attribute: 'link-target' },
    timeout: { type: Number },
    viewsEndpoint: { attribute: 'views-endpoint' },
    post: { attribute: false },
  };

  /** A feed URL (any accepted format), or a URL returning one post. Ignored while `post` is set. */
  src?: string;

  /** Which post of `src` to show, by id (or URL); the first post when unset. */
  postId?: string;

  /** `full` (heading, meta, image, body, tags, stats, share bar), `card` (image, title, excerpt, meta) or `compact` (title and date). */
  variant: PostVariant = 'full';

  /** Space-separated pieces to leave out: `image author date stats tags share` (also `excerpt`, `reading-time`). */
  hide = '';

  /** Level (1–6) of the title heading; other values are clamped into range, non-numbers mean 2. */
  headingLevel = 2;

  /** How dates read: `long` ("November 28, 2026"), `short` ("11/28/26") or `relative` ("3 days ago"). */
  dateStyle: DateStyle = 'long';

  /** Characters of summary a card shows before "…" (cut at a word); 0 hides the excerpt. */
  excerptLength = 160;

  /** Browsing context for the post and author links (`_self`, `_blank`, …). */
  linkTarget = '_self';

  /** Milliseconds before loading `src` fails with kind `timeout`. */
  timeout = 10000;

  /**
   * Where a view of a full post is counted: an http(s) or relative URL that receives one POST of
   * `{ "id", "url", "page" }` as JSON per post per tab, without cookies, and nothing when the browser
   * sends Global Privacy Control. Without it nothing is sent (`trade-post-view` still fires).
   */
  viewsEndpoint?: string;

  /**
   * The post to show: a normalized `Post` or a raw item in any accepted format (JSON Feed item,
   * WordPress or Ghost post, simple object). Takes precedence over `src`.
   */
  post?: Post | Record<string, unknown>;

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

  /** The normalized `post` property, or why it is not a post. */
  private _given?: Post | FeedError;
  /** `post` waits for a reader loaded on demand, and is read again when it is there. */
  private _reading = false;
  /** The post of `src` (unless `post` is set): reloaded when `src`, `post-id` or `timeout` change. */
  private readonly _loaded = new LoadController<[src: string, postId: string | undefined, timeout: number], Post>(
    this,
    {
      args: () => (this.post == null && this.src ? [this.src, this.postId, positive(this.timeout, 10000)] : undefined),
      task: (args, context) => loadPost(...args, context, this),
    },
  );
  private _refocus = false;
  /** The full-post module could not be loaded: a full post shows its summary and a link instead. */
  private _fullFailed = false;
  /** This update adopts a server's markup (see scheduleUpdate). */
  private _adopting = false;
  /** The last error announced, or the key of the last post announced: each fires its event once. */
  private _announced?: unknown;
  /** The styles, sanitized body and share bar of a full post, made with the first one shown. */
  private _full?: FullPost.FullPostParts;

  /**
   * A full post waits for its styles and share bar (load-full-post.ts) before it renders, so it never
   * shows unstyled. The loading placeholder and errors do not wait: the module loads beside the
   * request for the post. When it cannot be loaded, the post shows as when its body cannot be.
   * Markup from a server (declarative shadow DOM) is adopted by a first update that renders what
   * the server could: the post without the module's parts. They follow once the module is there.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this._adopting = !this.hasUpdated && !!this.renderRoot.querySelector('[part]');
    if (variantOf(this) !== 'full' || (fullPost() && !this._adopting) || this._fullFailed) {
      return super.scheduleUpdate();
    }
    const loading = loadFullPost().catch(() => void (this._fullFailed = true));
    if (!this._adopting && (this.post != null || this._loaded.value !== undefined)) {
      return loading.then(() => super.scheduleUpdate());
    }
    void loading.then(() => this.requestUpdate());
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const full = fullPost();
    if (full && !this._full && variantOf(this) === 'full')
      this._full = new full.FullPostParts(this, () => this._bodyArgs());
    if (changed.has('hide')) this._hidden = tokens(this.hide);
    if (changed.has('post') || (changed.has('src') && this.post != null)) {
      const post = this.post;
      const baseUrl = absoluteSrc(this.src);
      const [given, more] = readNow(() => (post == null ? undefined : normalizePost(post, { baseUrl })));
      this._given =
        post == null || given || more
          ? given
          : new FeedError('format', 'The post property does not hold a post with an id and a title.');
      // What the item needs that loads on demand (the WordPress and Ghost readers, a rare character
      // reference): until it is there the item shows as far as it can be read, or the placeholder,
      // and is not announced. If it cannot be fetched, what could be read stays and is announced.
      this._reading = !!more;
      more?.then(
        () => this.post === post && this.requestUpdate('post'),
        (error: FeedError) => {
          if (this.post !== post) return;
          this._reading = false;
          this._given ??= error;
          this.requestUpdate();
        },
      );
    }
  }

  protected override updated(): void {
    const view = this._view();
    if (!view || (this.post != null && this._reading)) return this._full?.watchViews(undefined);
    const error = view instanceof Error;
    // A full post with a body to show is announced once the body has rendered (or failed to).
    const body = this._full?.body.status;
    const settled = error || !this._bodyArgs() || body === 'complete' || body === 'error' || this._fullFailed;
    const key = error ? view : settled ? postKey(view) : this._announced;
    if (key !== this._announced) {
      this._announced = key;
      if (error) this.emit('trade-post-error', { error: view });
      else this.emit('trade-post-load', { post: view });
    }
    // A full post is watched for a reader once it is announced (its body is on screen).
    const article = this.renderRoot.querySelector('[part~="article"]');
    this._full?.watchViews(
      !error && key === postKey(view) && article && variantOf(this) === 'full'
        ? { post: view, target: article, endpoint: this.viewsEndpoint, onSent: () => this._expireSource() }
        : undefined,
    );
    if (this._refocus) {
      // The button that had focus is gone: hand focus to what replaced it.
      this._refocus = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"], [part~="article"]')?.focus();
    }
  }

  override render(): TemplateResult {
    if (this.post == null && !this.src) return html`<slot></slot>`;
    const view = this._view();
    if (view instanceof Error) return this._renderError(view);
    // A full post is held until its module is there (see scheduleUpdate); a server renders it
    // without the module's parts, and so does the update that adopts the server's markup.
    const waiting = variantOf(this) === 'full' && !fullPost() && !this._fullFailed && !isServer && !this._adopting;
    return view && !waiting ? this._renderPost(view) : skeleton(variantOf(this), this._hidden, this.t('post.loading'));
  }

  /** A counted view makes the saved copy of `src` out of date: the next load asks the server again. */
  private _expireSource(): void {
    const src = absoluteSrc(this.src);
    if (src) expireFeed(src);
  }

  /** What a full post's sanitized body is made from: made again when the HTML, its base URL or the heading level change. */
  private _bodyArgs(): FullPost.BodyArgs | undefined {
    const post = this._view();
    if (variantOf(this) !== 'full' || !post || post instanceof Error || !post.contentHtml) return undefined;
    return [post.contentHtml, post.url ?? absoluteSrc(this.src), headingLevel(this.headingLevel)];
  }

  private _view(): View {
    if (this.post != null) return this._given;
    const { value, error } = this._loaded;
    return value ?? (error as FeedError | undefined);
  }

  private _retry(): void {
    this._refocus = true;
    this._announced = undefined;
    void this._loaded.run(true);
    // A `post` that waited for a reader which could not be fetched is read again.
    this.requestUpdate(this.post == null ? undefined : 'post');
  }

  private _renderError(error: FeedError): TemplateResult {
    const key = `error.${error.kind}` as const;
    const message = this.t(key, error.status === undefined ? {} : { status: error.status });
    return html`<div class="error" part="error" role="alert">
      <p>${message === key ? error.message : message}</p>
      ${
        this.post == null || error.kind === 'network'
          ? html`<button part="retry-button" type="button" @click=${this._retry}>${this.t('post.retry')}</button>`
          : nothing
      }
    </div>`;
  }

  private _renderPost(post: Post): TemplateResult {
    const variant = variantOf(this);
    const hidden = this._hidden;
    // A post's URLs (its own, its image, its authors') are http(s) or absent: every post shown,
    // `post` included, comes through the data layer, which checks them.
    const { url, tags, views, comments } = post;
    // A server cannot measure: its markup has every image lazy, and the browser's first update
    // (which adopts that markup) measures.
    const eager = (this._firstScreen ??= this.firstScreen ?? (!isServer && inFirstScreen(this)));
    const image = hidden.has('image')
      ? nothing
      : postImage(this, this._broken, post.image, 'image', 1200, 675, eager, eager && variant === 'full');
    const head = [
      heading(
        headingLevel(this.headingLevel),
        'title',
        url ? postLink(this, url, post.title, 'title-link', post) : post.title,
      ),
      this._renderMeta(post, variant),
    ];
    const tagList =
      hidden.has('tags') || !tags.length
        ? nothing
        : html`<ul class="tags" part="tags" aria-label=${this.t('post.tags')}>
            ${tags.map((tag) => html`<li part="tag">${tag}</li>`)}
          </ul>`;
    const stats =
      hidden.has('stats') || (views === undefined && comments === undefined)
        ? nothing
        : html`<p class="stats" part="stats">
            ${views === undefined ? nothing : html`<span>${this.t('post.views', { count: views })}</span>`}
            ${comments === undefined ? nothing : html`<span>${this.t('post.comments', { count: comments })}</span>`}
          </p>`;
    let content: unknown = head;
    if (variant === 'card') {
      // The data layer fills in `summary` from the body's text when the source has none.
      const summary = hidden.has('excerpt') ? '' : excerpt(post.summary ?? '', nonNegative(this.excerptLength, 160));
      content = html`${image}
        <div class="card__content">
          ${head} ${summary ? html`<p class="excerpt" part="excerpt">${summary}</p>` : nothing} ${tagList} ${stats}
        </div>`;
    } else if (variant === 'full') {
      // Without the full-post module (on a server, or it could not be loaded) there is no share bar.
      const full = this._adopting ? undefined : this._full;
      const body = this._sanitizedBody(post);
      // The footer waits for the body: shown below the body's placeholder, it would move when the body came.
      const footer = [
        tagList,
        stats,
        hidden.has('share') || !url || !full
          ? nothing
          : full.shareBar(url, post.title, (key, vars) => this.t(key, vars)),
      ].filter((piece) => piece !== nothing);
      content = html`<header>${head}</header>
        ${image} ${body === undefined ? bodySkeleton() : this._renderBody(post, url, body)}
        ${footer.length && body !== undefined ? html`<footer>${footer}</footer>` : nothing}`;
    }
    return html`<article class="post post--${variant}" part="article" tabindex="-1">${content}</article>`;
  }

  /**
   * Author (not on the compact line, which is the title and the date only), date and (for a full
   * post) reading time, or nothing when all are hidden or missing.
   */
  private _renderMeta(post: Post, variant: PostVariant): TemplateResult | typeof nothing {
    const hidden = this._hidden;
    const { authors, datePublished: iso, contentHtml } = post;
    const lang = this.locale;
    const style = (['short', 'relative'] as DateStyle[]).includes(this.dateStyle) ? this.dateStyle : 'long';
    const date = iso && !hidden.has('date') ? formatDate(iso, style, lang) : '';
    const minutes =
      variant === 'full' && !hidden.has('reading-time')
        ? readingTime(contentHtml ? plainText(contentHtml) : (post.summary ?? ''))
        : 0;
    const items = [
      variant === 'compact' || hidden.has('author') || !authors.length ? nothing : this._renderAuthors(authors, lang),
      date
        ? html`<time
            part="date"
            datetime=${new Date(iso!).toISOString()}
            title=${style === 'long' ? nothing : formatDate(iso!, 'long', lang)}
            >${date}</time
          >`
        : nothing,
      minutes ? html`<span part="reading-time">${this.t('post.readingTime', { count: minutes })}</span>` : nothing,
    ].filter((item) => item !== nothing);
    return items.length ? html`<p class="meta" part="meta">${items}</p>` : nothing;
  }

  private _renderAuthors(authors: Author[], lang: string): TemplateResult {
    const names = authors.map(({ name, url }) => (url ? postLink(this, url, name) : name));
    return html`<span class="author"
      >${postImage(this, this._broken, authors[0]!.avatar, 'avatar', 32, 32, this._firstScreen)}<span part="author"
        >${joinList(
          lang,
          authors.map((author) => author.name),
          names,
        )}</span
      ></span
    >`;
  }

  /** The sanitized body: undefined while it is made, null when there is none or it cannot be shown. */
  private _sanitizedBody({ contentHtml }: Post): HTMLElement | null | undefined {
    const loaded = this._full?.body;
    return !contentHtml || loaded?.status === 'error' || this._fullFailed ? null : loaded?.value;
  }

  private _renderBody(post: Post, url: string | undefined, body: HTMLElement | null): TemplateResult | typeof nothing {
    const { contentHtml, summary } = post;
    if (!contentHtml && !summary && !url) return nothing;
    // Without a sanitized body: never the raw HTML, but the summary, an honest note and a link to the post.
    return html`<div class="body" part="body">
      ${
        body ?? [
          summary ? html`<p>${summary}</p>` : nothing,
          contentHtml ? html`<p class="body__unavailable">${this.t('post.bodyUnavailable')}</p>` : nothing,
          url
            ? html`<p>
                ${postLink(
                  this,
                  url,
                  html`${this.t('post.readMore')}<span class="visually-hidden">: ${post.title}</span>`,
                  'read-more',
                  post,
                )}
              </p>`
            : nothing,
        ]
      }
    </div>`;
  }
}
