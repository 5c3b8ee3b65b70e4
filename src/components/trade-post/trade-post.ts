import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import { FeedError, isFeedError, loadFeed, normalizePost, type Author, type Post } from '../../feed/index.js';
import { httpUrl, plainText } from '../../feed/post.js';
import { emit } from '../../shared/events.js';
import { formatDate, type DateStyle } from '../../shared/i18n/dates.js';
import { loadSanitizer } from '../../shared/load-sanitizer.js';
import { excerpt, readingTime } from '../../shared/text.js';
import { TradeElement } from '../../shared/trade-element.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { shareIcons } from './icons.js';
import { shareTargets } from './share.js';
import { styles } from './trade-post.styles.js';

/** How much of the post `<trade-post>` shows. */
export type PostVariant = 'full' | 'card' | 'compact';

/** Detail of `trade-post-load` and `trade-post-select`. */
export interface TradePostDetail {
  post: Post;
}

/** Detail of `trade-post-error`. */
export interface TradePostErrorDetail {
  error: FeedError;
}

export type TradePostLoadEvent = CustomEvent<TradePostDetail>;
export type TradePostSelectEvent = CustomEvent<TradePostDetail>;
export type TradePostErrorEvent = CustomEvent<TradePostErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'trade-post-load': TradePostLoadEvent;
    'trade-post-select': TradePostSelectEvent;
    'trade-post-error': TradePostErrorEvent;
  }
}

const VARIANTS: readonly PostVariant[] = ['full', 'card', 'compact'];
const DATE_STYLES: readonly DateStyle[] = ['long', 'short', 'relative'];
const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const DEFAULT_EXCERPT = 160;
/** How long "Link copied" stays visible. */
const COPY_MESSAGE_MS = 4000;

type View =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'error'; error: FeedError; canRetry: boolean }
  | { state: 'post'; post: Post };

type Body = { fragment: HTMLElement };

const isAbort = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';

/** The number in range, or the fallback when the value is not a number at all. */
function clamp(value: unknown, min: number, max: number, fallback: number): number {
  const n = Math.trunc(Number(value));
  return Number.isNaN(n) || value === null || value === '' ? fallback : Math.min(max, Math.max(min, n));
}

/** Whether `text` reached the clipboard; never rejects (no API, no permission, insecure page). */
function writeClipboard(text: string): Promise<boolean> {
  try {
    return navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * A key that changes when a different post, or a changed edition of it, is shown. A feed that
 * re-renders or refreshes hands over new but equal objects; those must not count as a new load.
 */
const postKey = (post: Post): string =>
  JSON.stringify([post.id, post.title, post.url, post.datePublished, post.dateModified]);

/**
 * One blog post: a full article with its sanitized body and a share bar, a card (image, title,
 * excerpt) or a compact line (title and date). Data comes from the `post` property, or from a feed
 * at `src` (the post `post-id`, else the first) loaded through the shared, cached data layer.
 *
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
  static override styles = [themeStyles, styles];

  /** A feed URL (any accepted format), or a URL returning one post. Ignored while `post` is set. */
  @property({ reflect: true }) src?: string;

  /** Which post of `src` to show, by id (or URL); the first post when unset. */
  @property({ attribute: 'post-id', reflect: true }) postId?: string;

  /** `full` (heading, meta, image, body, tags, stats, share bar), `card` (image, title, excerpt, meta) or `compact` (title and date). */
  @property({ reflect: true }) variant: PostVariant = 'full';

  /** Space-separated pieces to leave out: `image author date stats tags share` (also `excerpt`, `reading-time`). */
  @property({ reflect: true }) hide = '';

  /** Level (1–6) of the title heading; other values are clamped into range, non-numbers mean 2. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** How dates read: `long` ("November 28, 2026"), `short` ("11/28/26") or `relative` ("3 days ago"). */
  @property({ attribute: 'date-style', reflect: true }) dateStyle: DateStyle = 'long';

  /** Characters of summary a card shows before "…" (cut at a word); 0 hides the excerpt. */
  @property({ attribute: 'excerpt-length', type: Number, reflect: true }) excerptLength = 160;

  /** Browsing context for the post and author links (`_self`, `_blank`, …). */
  @property({ attribute: 'link-target', reflect: true }) linkTarget = '_self';

  /** Milliseconds before loading `src` fails with kind `timeout`. */
  @property({ type: Number, reflect: true }) timeout = 10000;

  /**
   * The post to show: a normalized `Post` or a raw item in any accepted format (JSON Feed item,
   * WordPress or Ghost post, simple object). Takes precedence over `src`.
   */
  @property({ attribute: false }) post?: Post | Record<string, unknown>;

  @state() private _given?: Post;
  @state() private _givenError?: FeedError;
  @state() private _copyState?: 'copied' | 'failed';
  @state() private _brokenImages = new Set<string>();

  /** A post that changed on the server since it was shown from cache. */
  private _fresh?: Post;
  private _abortedByDisconnect = false;
  private _forceNextLoad = false;
  private _focusAfterRetry = false;
  private _reportedError?: FeedError;
  private _loadedKey?: string;
  private _wrapped?: { from: unknown; to: FeedError };
  private _copyTimer?: ReturnType<typeof setTimeout>;

  private _postTask = new Task(this, {
    args: () => [this.post == null ? this.src : undefined, this.postId, this.timeout] as const,
    task: async ([src, postId, timeout], { signal }) => {
      this._fresh = undefined;
      if (!src) return initialState;
      const force = this._forceNextLoad;
      this._forceNextLoad = false;
      const pick = (posts: Post[]): Post | undefined =>
        postId ? posts.find((p) => p.id === postId || (p.url !== undefined && p.url === postId)) : posts[0];
      const feed = await loadFeed(src, {
        signal,
        force,
        ...(Number.isFinite(timeout) && timeout > 0 ? { timeout } : {}),
        onRevalidate: (fresh) => {
          const post = pick(fresh.posts);
          if (signal.aborted || !post) return;
          this._fresh = post;
          this.requestUpdate();
        },
      });
      const post = pick(feed.posts);
      if (!post) {
        throw new FeedError(
          'not-found',
          postId ? `No post with id "${postId}" in ${src}.` : `The feed at ${src} has no posts.`,
        );
      }
      return post;
    },
  });

  private _bodyTask = new Task(this, {
    args: () => {
      const post = this._shownPost();
      const wanted = post?.contentHtml && this._variant() === 'full' ? post.contentHtml : undefined;
      return [wanted, post?.url ?? this._absoluteSrc(), this._headingLevel()] as const;
    },
    task: async ([contentHtml, baseUrl, level], { signal }): Promise<Body | typeof initialState> => {
      if (!contentHtml) return initialState;
      const { sanitizeBody } = await loadSanitizer();
      signal.throwIfAborted();
      // A stable wrapper element, not the fragment itself: a fragment empties when inserted, so
      // re-rendering the template (after a state change) would show nothing the second time.
      const wrapper = document.createElement('div');
      wrapper.append(sanitizeBody(contentHtml, { baseUrl, headingLevel: level }));
      return { fragment: wrapper };
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._abortedByDisconnect) {
      this._abortedByDisconnect = false;
      void this._postTask.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed element should not keep a request alive; it starts again if it comes back.
    if (this._postTask.status === TaskStatus.PENDING) {
      this._abortedByDisconnect = true;
      this._postTask.abort();
    }
    clearTimeout(this._copyTimer);
    this._copyState = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('post') || (changed.has('src') && this.post != null)) {
      this._given = undefined;
      this._givenError = undefined;
      if (this.post != null) {
        const baseUrl = this._absoluteSrc();
        const post = normalizePost(this.post, baseUrl ? { baseUrl } : {});
        if (post) this._given = post;
        else
          this._givenError = new FeedError('format', 'The post property does not hold a post with an id and a title.');
      }
    }
  }

  protected override updated(): void {
    const view = this._view();
    if (view.state === 'error' && view.error !== this._reportedError) {
      this._reportedError = view.error;
      this._loadedKey = undefined;
      emit<TradePostErrorDetail>(this, 'trade-post-error', { error: view.error });
    }
    if (view.state === 'post' && this._bodySettled()) {
      const key = postKey(view.post);
      if (key !== this._loadedKey) {
        this._loadedKey = key;
        this._reportedError = undefined;
        emit<TradePostDetail>(this, 'trade-post-load', { post: view.post });
      }
    }
    if (this._focusAfterRetry && (view.state === 'post' || view.state === 'error')) {
      // The button that had focus is gone: hand focus to what replaced it.
      this._focusAfterRetry = false;
      const target = this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"], [part~="article"]');
      target?.focus();
    }
  }

  override render(): TemplateResult | typeof nothing {
    const view = this._view();
    switch (view.state) {
      case 'idle':
        return html`<slot></slot>`;
      case 'loading':
        return this._renderSkeleton();
      case 'error':
        return this._renderError(view.error, view.canRetry);
      case 'post':
        return this._renderPost(view.post);
    }
  }

  // ---- state ------------------------------------------------------------------------------------

  private _view(): View {
    if (this.post != null) {
      if (this._given) return { state: 'post', post: this._given };
      if (this._givenError) return { state: 'error', error: this._givenError, canRetry: false };
      return { state: 'loading' };
    }
    if (!this.src) return { state: 'idle' };
    switch (this._postTask.status) {
      case TaskStatus.COMPLETE: {
        const post = this._fresh ?? this._postTask.value;
        return post ? { state: 'post', post } : { state: 'loading' };
      }
      case TaskStatus.ERROR: {
        const error = this._postTask.error;
        if (isAbort(error)) return { state: 'loading' };
        return { state: 'error', error: this._asFeedError(error), canRetry: true };
      }
      default:
        return { state: 'loading' };
    }
  }

  private _shownPost(): Post | undefined {
    const view = this._view();
    return view.state === 'post' ? view.post : undefined;
  }

  private _bodySettled(): boolean {
    const status = this._bodyTask.status;
    return (
      status !== TaskStatus.PENDING &&
      !(this._variant() === 'full' && this._shownPost()?.contentHtml && status === TaskStatus.INITIAL)
    );
  }

  /** Errors keep their identity across renders so `trade-post-error` fires once per failure. */
  private _asFeedError(error: unknown): FeedError {
    if (isFeedError(error)) return error;
    const previous = this._wrapped;
    if (previous && previous.from === error) return previous.to;
    const message = error instanceof Error ? error.message : String(error);
    const wrapped = new FeedError('network', message, { cause: error });
    this._wrapped = { from: error, to: wrapped };
    return wrapped;
  }

  /** `src` resolved against the page, the base for relative URLs in posts that have no URL of their own. */
  private _absoluteSrc(): string | undefined {
    if (!this.src) return undefined;
    try {
      return new URL(this.src, document.baseURI).href;
    } catch {
      return undefined;
    }
  }

  private _variant(): PostVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'full';
  }

  private _headingLevel(): number {
    return clamp(this.headingLevel, 1, 6, 2);
  }

  private _dateStyle(): DateStyle {
    return DATE_STYLES.includes(this.dateStyle) ? this.dateStyle : 'long';
  }

  private _hidden(): Set<string> {
    return new Set(
      String(this.hide ?? '')
        .toLowerCase()
        .split(/\s+/)
        .filter(Boolean),
    );
  }

  private _target(): string {
    const target = String(this.linkTarget ?? '').trim();
    return target || '_self';
  }

  private _image(url: unknown): string | undefined {
    const safe = httpUrl(url);
    return safe && !this._brokenImages.has(safe) ? safe : undefined;
  }

  // ---- actions ----------------------------------------------------------------------------------

  private _retry(): void {
    this._focusAfterRetry = true;
    this._forceNextLoad = true;
    this._reportedError = undefined;
    void this._postTask.run();
  }

  private _onSelect(event: MouseEvent, post: Post): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!emit<TradePostDetail>(this, 'trade-post-select', { post }, { cancelable: true })) event.preventDefault();
  }

  private async _copy(url: string): Promise<void> {
    clearTimeout(this._copyTimer);
    // Started inside the click, while the page still has the user activation the API asks for.
    const written = writeClipboard(url);
    // Clearing the message first makes a second click announce again.
    this._copyState = undefined;
    await this.updateComplete;
    this._copyState = (await written) ? 'copied' : 'failed';
    this._copyTimer = setTimeout(() => (this._copyState = undefined), COPY_MESSAGE_MS);
  }

  private _onImageError(url: string): void {
    this._brokenImages = new Set(this._brokenImages).add(url);
  }

  // ---- templates --------------------------------------------------------------------------------

  private _renderSkeleton(): TemplateResult {
    const variant = this._variant();
    const hidden = this._hidden();
    const lines = (count: number, cls = 'bone--line') =>
      Array.from({ length: count }, () => html`<span class="bone ${cls}"></span>`);
    return html`
      <div class="skeleton skeleton--${variant}" part="skeleton" aria-busy="true">
        <p class="visually-hidden">${this.t('post.loading')}</p>
        <div class="skeleton__shape" aria-hidden="true">
          ${
            variant === 'compact'
              ? html`<span class="bone bone--title"></span><span class="bone bone--meta"></span>`
              : variant === 'card'
                ? html`${hidden.has('image') ? nothing : html`<span class="bone bone--image"></span>`}
                    <div class="skeleton__content">
                      <span class="bone bone--title"></span><span class="bone bone--meta"></span>${lines(3)}
                    </div>`
                : html`<span class="bone bone--title"></span><span class="bone bone--title bone--short"></span>
                    <span class="bone bone--meta"></span>
                    ${hidden.has('image') ? nothing : html`<span class="bone bone--image"></span>`} ${lines(8)}`
          }
        </div>
      </div>
    `;
  }

  private _renderError(error: FeedError, canRetry: boolean): TemplateResult {
    const key = `error.${error.kind}`;
    const message = this.t(key, error.status !== undefined ? { status: error.status } : {});
    return html`
      <div class="error" part="error" role="alert">
        <p class="error__message">${message === key ? error.message : message}</p>
        ${
          canRetry
            ? html`<button class="button" part="retry-button" type="button" @click=${this._retry}>
                ${this.t('post.retry')}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  private _renderPost(post: Post): TemplateResult {
    const variant = this._variant();
    const hidden = this._hidden();
    const content =
      variant === 'compact'
        ? this._renderCompact(post, hidden)
        : variant === 'card'
          ? this._renderCard(post, hidden)
          : this._renderFull(post, hidden);
    return html`<article class="post post--${variant}" part="article" tabindex="-1">${content}</article>`;
  }

  private _renderCompact(post: Post, hidden: Set<string>): TemplateResult {
    return html`${this._renderTitle(post)}
    ${hidden.has('date') ? nothing : html`<p class="meta" part="meta">${this._renderDate(post)}</p>`}`;
  }

  private _renderCard(post: Post, hidden: Set<string>): TemplateResult {
    const length = Number(this.excerptLength);
    const source = post.summary ?? (post.contentHtml ? plainText(post.contentHtml) : '');
    const text = hidden.has('excerpt')
      ? ''
      : excerpt(String(source), Number.isFinite(length) && length >= 0 ? length : DEFAULT_EXCERPT);
    return html`
      ${hidden.has('image') ? nothing : this._renderImage(post, 'card__image')}
      <div class="card__content">
        ${this._renderTitle(post)} ${this._renderMeta(post, hidden, false)}
        ${text ? html`<p class="excerpt" part="excerpt">${text}</p>` : nothing}
        ${hidden.has('tags') ? nothing : this._renderTags(post)}
        ${hidden.has('stats') ? nothing : this._renderStats(post)}
      </div>
    `;
  }

  private _renderFull(post: Post, hidden: Set<string>): TemplateResult {
    const url = httpUrl(post.url);
    const tags = hidden.has('tags') ? nothing : this._renderTags(post);
    const stats = hidden.has('stats') ? nothing : this._renderStats(post);
    const share = hidden.has('share') || !url ? nothing : this._renderShare(post, url);
    return html`
      <header class="full__header">${this._renderTitle(post)} ${this._renderMeta(post, hidden, true)}</header>
      ${hidden.has('image') ? nothing : this._renderImage(post, 'full__image')} ${this._renderBody(post, url)}
      ${
        tags === nothing && stats === nothing && share === nothing
          ? nothing
          : html`<footer class="full__footer">${tags} ${stats} ${share}</footer>`
      }
    `;
  }

  private _renderTitle(post: Post): TemplateResult {
    const tag = HEADINGS[this._headingLevel() - 1]!;
    const url = httpUrl(post.url);
    const target = this._target();
    const title = String(post.title);
    const content = url
      ? html`<a
          class="title__link"
          part="title-link"
          href=${url}
          target=${target}
          rel=${target === '_blank' ? 'noopener noreferrer' : nothing}
          @click=${(event: MouseEvent) => this._onSelect(event, post)}
          >${title}</a
        >`
      : title;
    return staticHtml`<${tag} class="title" part="title">${content}</${tag}>`;
  }

  private _renderImage(post: Post, cls: string): TemplateResult | typeof nothing {
    const src = this._image(post.image);
    if (!src) return nothing;
    // alt="": the image illustrates the post but carries no information of its own, and the title
    // it would repeat is right next to it. Width and height give the 16:9 box before it loads.
    return html`<img
      class="image ${cls}"
      part="image"
      src=${src}
      alt=""
      width="1200"
      height="675"
      loading="lazy"
      decoding="async"
      @error=${() => this._onImageError(src)}
    />`;
  }

  private _renderMeta(post: Post, hidden: Set<string>, full: boolean): TemplateResult | typeof nothing {
    const author = hidden.has('author') ? nothing : this._renderAuthors(post.authors);
    const date = hidden.has('date') ? nothing : this._renderDate(post);
    let minutes = 0;
    if (full && !hidden.has('reading-time')) {
      minutes = readingTime(post.contentHtml ? plainText(post.contentHtml) : String(post.summary ?? ''));
    }
    const reading = minutes
      ? html`<span class="reading-time" part="reading-time">${this.t('post.readingTime', { count: minutes })}</span>`
      : nothing;
    if (author === nothing && date === nothing && reading === nothing) return nothing;
    return html`<div class="meta" part="meta">${author}${date}${reading}</div>`;
  }

  private _renderAuthors(authors: Author[] | undefined): TemplateResult | typeof nothing {
    const list = (Array.isArray(authors) ? authors : []).filter(
      (a): a is Author => typeof a === 'object' && a !== null && typeof a.name === 'string' && a.name.trim() !== '',
    );
    if (!list.length) return nothing;
    const avatar = this._image(list[0]!.avatar);
    const target = this._target();
    const names = list.map((author) => {
      const url = httpUrl(author.url);
      return url
        ? html`<a href=${url} target=${target} rel=${target === '_blank' ? 'noopener noreferrer' : nothing}
            >${author.name}</a
          >`
        : html`${author.name}`;
    });
    return html`<span class="author">
      ${
        avatar
          ? html`<img
              class="avatar"
              part="avatar"
              src=${avatar}
              alt=""
              width="32"
              height="32"
              loading="lazy"
              decoding="async"
              @error=${() => this._onImageError(avatar)}
            />`
          : nothing
      }
      <span class="author__names" part="author"
        >${this._joinList(
          list.map((a) => a.name),
          names,
        )}</span
      >
    </span>`;
  }

  /** "A, B and C" in the element's language, with each name rendered by `parts`. */
  private _joinList(names: string[], parts: TemplateResult[]): (TemplateResult | string)[] {
    if (names.length === 1) return parts;
    let pieces: { type: string; value: string }[];
    try {
      pieces = new Intl.ListFormat(this.locale, { type: 'conjunction' }).formatToParts(names);
    } catch {
      pieces = new Intl.ListFormat('en', { type: 'conjunction' }).formatToParts(names);
    }
    let index = 0;
    return pieces.map((piece) => (piece.type === 'element' ? parts[index++]! : piece.value));
  }

  private _renderDate(post: Post): TemplateResult | typeof nothing {
    const iso = post.datePublished;
    if (typeof iso !== 'string') return nothing;
    const style = this._dateStyle();
    const text = formatDate(iso, style, this.locale);
    if (!text) return nothing;
    const full = style === 'long' ? undefined : formatDate(iso, 'long', this.locale);
    return html`<time class="date" part="date" datetime=${new Date(iso).toISOString()} title=${full ?? nothing}
      >${text}</time
    >`;
  }

  private _renderStats(post: Post): TemplateResult | typeof nothing {
    const count = (value: unknown) =>
      typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
    const views = count(post.views);
    const comments = count(post.comments);
    if (views === undefined && comments === undefined) return nothing;
    return html`<p class="stats" part="stats">
      ${views === undefined ? nothing : html`<span class="stats__item">${this.t('post.views', { count: views })}</span>`}
      ${
        comments === undefined
          ? nothing
          : html`<span class="stats__item">${this.t('post.comments', { count: comments })}</span>`
      }
    </p>`;
  }

  private _renderTags(post: Post): TemplateResult | typeof nothing {
    const tags = (Array.isArray(post.tags) ? post.tags : []).filter(
      (tag): tag is string => typeof tag === 'string' && tag.trim() !== '',
    );
    if (!tags.length) return nothing;
    return html`<ul class="tags" part="tags" aria-label=${this.t('post.tags')}>
      ${tags.map((tag) => html`<li class="tag" part="tag">${tag}</li>`)}
    </ul>`;
  }

  private _renderBody(post: Post, url: string | undefined): TemplateResult | typeof nothing {
    const summary = typeof post.summary === 'string' ? post.summary : '';
    const readMore = url
      ? html`<p class="read-more">
          <a
            part="read-more"
            href=${url}
            target=${this._target()}
            rel=${this._target() === '_blank' ? 'noopener noreferrer' : nothing}
            @click=${(event: MouseEvent) => this._onSelect(event, post)}
            >${this.t('post.readMore')}<span class="visually-hidden">: ${post.title}</span></a
          >
        </p>`
      : nothing;

    if (!post.contentHtml) {
      if (!summary && readMore === nothing) return nothing;
      return html`<div class="body" part="body">${summary ? html`<p>${summary}</p>` : nothing}${readMore}</div>`;
    }
    switch (this._bodyTask.status) {
      case TaskStatus.COMPLETE: {
        const body = this._bodyTask.value;
        if (body) return html`<div class="body" part="body">${body.fragment}</div>`;
        return html`<div class="body body--pending" part="body" aria-busy="true">${this._bodyBones()}</div>`;
      }
      case TaskStatus.ERROR:
        // Never the raw HTML: the summary and an honest note instead.
        return html`<div class="body" part="body">
          ${summary ? html`<p>${summary}</p>` : nothing}
          <p class="body__unavailable">${this.t('post.bodyUnavailable')}</p>
          ${readMore}
        </div>`;
      default:
        return html`<div class="body body--pending" part="body" aria-busy="true">${this._bodyBones()}</div>`;
    }
  }

  private _bodyBones(): TemplateResult {
    return html`<div class="skeleton__shape" aria-hidden="true">
      ${Array.from({ length: 6 }, () => html`<span class="bone bone--line"></span>`)}
    </div>`;
  }

  private _renderShare(post: Post, url: string): TemplateResult {
    const title = String(post.title);
    const copied = this._copyState === 'copied';
    const status =
      this._copyState === 'copied'
        ? this.t('post.linkCopied')
        : this._copyState === 'failed'
          ? this.t('post.copyFailed')
          : '';
    return html`<div class="share" part="share" role="group" aria-labelledby="share-label">
      <span class="share__label" id="share-label">${this.t('post.share')}</span>
      <ul class="share__list">
        ${shareTargets(url, title).map((target) => {
          const label =
            target.network === 'email' ? this.t('post.shareEmail') : this.t('post.shareOn', { network: target.name });
          return html`<li>
            <a
              class="share__link share__link--${target.network}"
              part="share-link"
              href=${target.href}
              target=${target.newTab ? '_blank' : nothing}
              rel=${target.newTab ? 'noopener noreferrer' : nothing}
              title=${label}
              >${shareIcons[target.network]}<span class="visually-hidden"
                >${label}${target.newTab ? html` ${this.t('post.newTab')}` : nothing}</span
              ></a
            >
          </li>`;
        })}
        <li>
          <button
            class="share__copy ${copied ? 'share__copy--done' : ''}"
            part="share-link copy-button"
            type="button"
            @click=${() => this._copy(url)}
          >
            ${copied ? shareIcons.check : shareIcons.link}<span>${this.t('post.copyLink')}</span>
          </button>
        </li>
      </ul>
      <span class="share__status share__status--${this._copyState ?? 'idle'}" part="share-status" role="status"
        >${status}</span
      >
    </div>`;
  }
}
