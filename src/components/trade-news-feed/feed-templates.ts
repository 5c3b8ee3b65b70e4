import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Post } from '../../feed/post.js';
import { relFor } from '../../shared/link-rel.js';
import { inFirstScreen } from '../../shared/first-screen.js';
import { cardSkeleton } from '../../shared/templates.js';

/** Enough placeholders to reserve the height of a screenful, without building hundreds. */
const MAX_SKELETONS = 12;

/** Parts of each `<trade-post>` re-exposed on the feed, prefixed `post-`. */
const POST_PARTS = 'article image title title-link meta author avatar date excerpt stats tags tag'
  .split(' ')
  .map((part) => `${part}:post-${part}`)
  .join(', ');

/** The loading placeholder: a card (or compact line) placeholder for each post to come. */
export function skeleton(count: number, compact: boolean, hidden: ReadonlySet<string>, label: string): TemplateResult {
  const card = cardSkeleton(compact, hidden, 'skeleton-card');
  return html`<div part="skeleton">
    <p class="visually-hidden">${label}</p>
    <div part="list" class="list" aria-hidden="true">${Array(Math.min(count, MAX_SKELETONS)).fill(card)}</div>
  </div>`;
}

/**
 * How many of a feed's first cards start in the first screen, worked out when its posts first
 * replace the loading placeholder: the placeholder's cards stand where the posts will, and are read
 * in one layout pass. Without a placeholder (posts at hand on the first render), the first card when
 * the feed itself starts in the first screen.
 */
export function firstScreenCards(feed: HTMLElement): number {
  const placeholders = [...feed.shadowRoot!.querySelectorAll('[part~="skeleton-card"]')];
  if (!placeholders.length) return inFirstScreen(feed) ? 1 : 0;
  return placeholders.filter(inFirstScreen).length;
}

/** The "See All" link; `describedBy` names the heading it belongs to. */
export function seeAllLink(href: string, target: string, label: string, describedBy: boolean): TemplateResult {
  return html`<a
    part="see-all"
    class="see-all"
    href=${href}
    target=${target && target !== '_self' ? target : nothing}
    rel=${relFor(target) ?? nothing}
    aria-describedby=${describedBy ? 'heading' : nothing}
    >${label}</a
  >`;
}

/** A piece that may be left out (empty or undefined). */
type Piece = TemplateResult | '' | undefined;

/** The heading and the "See All" link, when either is shown. */
export function header(heading: Piece, seeAll: Piece): TemplateResult | typeof nothing {
  if (!heading && !seeAll) return nothing;
  return html`<div part="header" class="header">${heading || nothing} ${seeAll || nothing}</div>`;
}

/** Below the list, when either is there: why "Load more" failed, and the "Load more" button. */
export function footer(error: string | undefined, button: TemplateResult | false): TemplateResult | typeof nothing {
  if (!error && !button) return nothing;
  return html`<div part="footer" class="footer">
    ${error ? html`<p part="error-message" class="more-error">${error}</p>` : nothing} ${button || nothing}
  </div>`;
}

/** The search box; `search` gets the box's value at every keystroke. */
export function searchBox(label: string, placeholder: string, search: { input(value: string): void }): TemplateResult {
  return html`<div part="search" role="search">
    <label class="visually-hidden" for="search">${label}</label>
    <input
      id="search"
      part="search-input"
      type="search"
      autocomplete="off"
      placeholder=${placeholder}
      @input=${(event: Event) => search.input((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** "No posts yet", or "No posts match your search". */
export function emptyMessage(text: string): TemplateResult {
  return html`<p part="empty" class="message">${text}</p>`;
}

/** The error box of a failed first load, with "Try again". */
export function errorBox(message: string, retryLabel: string, onRetry: () => void): TemplateResult {
  return html`<div part="error" class="message error" role="alert">
    <p part="error-message">${message}</p>
    <button part="retry-button" class="button primary" type="button" @click=${onRetry}>${retryLabel}</button>
  </div>`;
}

/** "Load more", which says "Loading…" (and is `aria-disabled`) while pages are on their way. */
export function loadMoreButton(label: string, busy: boolean, onClick: () => void): TemplateResult {
  return html`<button part="load-more-button" class="button" type="button" aria-disabled=${busy} @click=${onClick}>
    ${label}
  </button>`;
}

/** What a card takes over from its feed. */
export interface CardSettings {
  layout: string;
  messages: object;
  hide: string;
  excerptLength: number;
  linkTarget: string;
  locale: string;
  theme: string;
}

/**
 * One post as a `<trade-post>` card (compact in the compact layout), its parts re-exposed on the
 * feed; `firstScreen` says whether the card starts in the first screen (its images then load at once).
 */
export function postCard(post: Post, feed: CardSettings, headingLevel: number, firstScreen: boolean): TemplateResult {
  return html`<trade-post
    exportparts=${POST_PARTS}
    .firstScreen=${firstScreen}
    variant=${feed.layout === 'compact' ? 'compact' : 'card'}
    .post=${post}
    .messages=${feed.messages}
    hide=${feed.hide}
    excerpt-length=${feed.excerptLength}
    heading-level=${headingLevel}
    link-target=${feed.linkTarget}
    lang=${feed.locale}
    theme=${feed.theme}
  ></trade-post>`;
}

/**
 * The shown posts as cards, each `<li>` kept by post id: a card keeps its state, and a reader's
 * focus, as the posts around it change, and after hydration the server's list and cards stay.
 */
export function postList(posts: readonly Post[], card: (post: Post) => TemplateResult): TemplateResult {
  // eslint-disable-next-line lit-a11y/no-redundant-role -- not redundant: Safari drops list semantics from a list styled without markers.
  return html`<ul part="list" class="list" id="list" role="list">
    ${repeat(
      posts,
      (post) => post.id,
      (post) => html`<li part="item" class="item">${card(post)}</li>`,
    )}
  </ul>`;
}

/**
 * Moves keyboard focus to a post the reader continues from: its title link, else its card, else the
 * item. It waits for the paint that shows the new posts: focusing before it would lay the page out
 * within the click's task and hold that paint back.
 */
export async function focusItem(item: HTMLElement | undefined): Promise<void> {
  const card = item?.querySelector('trade-post');
  await card?.updateComplete;
  // After the next paint (in a tab in the background, once it is shown).
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const root = card?.shadowRoot;
  const target =
    root?.querySelector<HTMLElement>('[part~="title-link"]') ?? root?.querySelector<HTMLElement>('[part~="article"]');
  target?.focus();
  if (item && (!target || root!.activeElement !== target)) {
    item.tabIndex = -1;
    item.focus();
  }
}

/** After "Try again": focus on "Try again" when it failed again, else on the first post. */
export function focusAfterRetry(root: ParentNode): void {
  const retry = root.querySelector<HTMLElement>('[part~="retry-button"]');
  if (retry) retry.focus();
  else void focusItem(root.querySelector<HTMLElement>('[part~="item"]') ?? undefined);
}
