import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { FeedError } from '../../feed/errors.js';
import { plainText, type Author, type Post } from '../../feed/post.js';
import { formatDate, type DateStyle } from '../../shared/i18n/dates.js';
import { readingTime } from '../../shared/text.js';
import type { StringKey } from '../../shared/trade-element.js';
import { joinList } from './join-list.js';
import { postImage, postLink } from './post-parts.js';

/** What the pieces of a `<trade-post>` are rendered with. */
export interface PostContext {
  /** The element: its links announce `trade-post-select` from it, a broken image renders it again. */
  host: ReactiveElement & { linkTarget?: string };
  t: (key: StringKey, vars?: Record<string, string | number>) => string;
  locale: string;
  /** `hide`, parsed. */
  hidden: ReadonlySet<string>;
  /** Image URLs that failed to load here: they are not shown again. */
  broken: Set<string>;
  dateStyle: DateStyle;
  /** The post starts in the first screen: its images load at once. */
  eager?: boolean;
}

/** How much of the post `<trade-post>` shows. */
export type PostVariant = 'full' | 'card' | 'compact';

/** The error box, with "Try again" when `onRetry` is given. */
export function errorBox({ t }: PostContext, error: FeedError, onRetry?: () => void): TemplateResult {
  const key = `error.${error.kind}` as const;
  const message = t(key, error.status === undefined ? {} : { status: error.status });
  return html`<div class="error" part="error" role="alert">
    <p>${message === key ? error.message : message}</p>
    ${onRetry ? html`<button part="retry-button" type="button" @click=${onRetry}>${t('post.retry')}</button>` : nothing}
  </div>`;
}

/** The list of tags, or nothing when hidden or none. */
export function tagList({ hidden, t }: PostContext, tags: string[]): TemplateResult | typeof nothing {
  return hidden.has('tags') || !tags.length
    ? nothing
    : html`<ul class="tags" part="tags" aria-label=${t('post.tags')}>
        ${tags.map((tag) => html`<li part="tag">${tag}</li>`)}
      </ul>`;
}

/** Views and comments, or nothing when hidden or unknown. */
export function stats({ hidden, t }: PostContext, { views, comments }: Post): TemplateResult | typeof nothing {
  return hidden.has('stats') || (views === undefined && comments === undefined)
    ? nothing
    : html`<p class="stats" part="stats">
        ${views === undefined ? nothing : html`<span>${t('post.views', { count: views })}</span>`}
        ${comments === undefined ? nothing : html`<span>${t('post.comments', { count: comments })}</span>`}
      </p>`;
}

/**
 * Author (not on the compact line, which is the title and the date only), date and (for a full
 * post) reading time, or nothing when all are hidden or missing.
 */
export function meta(context: PostContext, post: Post, variant: PostVariant): TemplateResult | typeof nothing {
  const { hidden, locale: lang, dateStyle, t } = context;
  const { authors, datePublished: iso, contentHtml } = post;
  const style = (['short', 'relative'] as DateStyle[]).includes(dateStyle) ? dateStyle : 'long';
  const date = iso && !hidden.has('date') ? formatDate(iso, style, lang) : '';
  const minutes =
    variant === 'full' && !hidden.has('reading-time')
      ? readingTime(contentHtml ? plainText(contentHtml) : (post.summary ?? ''))
      : 0;
  const items = [
    variant === 'compact' || hidden.has('author') || !authors.length ? nothing : authorLine(context, authors),
    date
      ? html`<time
          part="date"
          datetime=${new Date(iso!).toISOString()}
          title=${style === 'long' ? nothing : formatDate(iso!, 'long', lang)}
          >${date}</time
        >`
      : nothing,
    minutes ? html`<span part="reading-time">${t('post.readingTime', { count: minutes })}</span>` : nothing,
  ].filter((item) => item !== nothing);
  return items.length ? html`<p class="meta" part="meta">${items}</p>` : nothing;
}

function authorLine({ host, broken, locale, eager }: PostContext, authors: Author[]): TemplateResult {
  const names = authors.map(({ name, url }) => (url ? postLink(host, url, name) : name));
  return html`<span class="author"
    >${postImage(host, broken, authors[0]!.avatar, 'avatar', 32, 32, eager)}<span part="author"
      >${joinList(
        locale,
        authors.map((author) => author.name),
        names,
      )}</span
    ></span
  >`;
}

/**
 * A full post's body: the sanitized `body`, or without one never the raw HTML but the summary,
 * an honest note and a link to the post.
 */
export function bodyOf(
  { host, t }: PostContext,
  post: Post,
  body: HTMLElement | null,
): TemplateResult | typeof nothing {
  const { contentHtml, summary, url } = post;
  if (!contentHtml && !summary && !url) return nothing;
  return html`<div class="body" part="body">
    ${
      body ?? [
        summary ? html`<p>${summary}</p>` : nothing,
        contentHtml ? html`<p class="body__unavailable">${t('post.bodyUnavailable')}</p>` : nothing,
        url
          ? html`<p>
              ${postLink(
                host,
                url,
                html`${t('post.readMore')}<span class="visually-hidden">: ${post.title}</span>`,
                'read-more',
                post,
              )}
            </p>`
          : nothing,
      ]
    }
  </div>`;
}
