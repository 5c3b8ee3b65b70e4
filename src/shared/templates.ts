import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from './converters.js';

/**
 * Headings at each level. A tag name cannot be a binding; six one-line templates cost 0.2 KiB
 * (gzip) less than Lit's `static-html` module would, and live here once for every element.
 */
const headings = [
  (part: string, id: string | undefined, content: unknown) =>
    html`<h1 id=${id ?? nothing} part=${part} class=${part}>${content}</h1>`,
  (part: string, id: string | undefined, content: unknown) =>
    html`<h2 id=${id ?? nothing} part=${part} class=${part}>${content}</h2>`,
  (part: string, id: string | undefined, content: unknown) =>
    html`<h3 id=${id ?? nothing} part=${part} class=${part}>${content}</h3>`,
  (part: string, id: string | undefined, content: unknown) =>
    html`<h4 id=${id ?? nothing} part=${part} class=${part}>${content}</h4>`,
  (part: string, id: string | undefined, content: unknown) =>
    html`<h5 id=${id ?? nothing} part=${part} class=${part}>${content}</h5>`,
  (part: string, id: string | undefined, content: unknown) =>
    html`<h6 id=${id ?? nothing} part=${part} class=${part}>${content}</h6>`,
];

/** A heading at `level` whose part and class are `part` (and whose id is `id`, when given). */
export function heading(level: HeadingLevel, part: string, content: unknown, id?: string): TemplateResult {
  return headings[level - 1]!(part, id, content);
}

/**
 * Bones of a loading placeholder, by kind (`title`, `meta`, `line`, `title short`, …): each a
 * `span.bone` with a `bone--<word>` class per word, that the element's styles size like the piece
 * it stands in for.
 */
export function bones(...kinds: string[]): TemplateResult[] {
  return kinds.map((kind) => html`<span class="bone ${kind.replace(/\S+/g, (word) => `bone--${word}`)}"></span>`);
}

/**
 * The placeholder of a card (or, `compact`, of a compact line): the same pieces, in the same order
 * and roughly the same sizes, as the post it stands in for, less the `hidden` ones: what a feed
 * shows while it loads, and a card or compact post while its `src` loads. `part` names it.
 */
export function cardSkeleton(compact: boolean, hidden: ReadonlySet<string>, part?: string): TemplateResult {
  const show = (piece: string): boolean => !compact && !hidden.has(piece);
  return html`<div part=${part ?? nothing} class="skeleton-${compact ? 'compact' : 'card'}" aria-hidden="true">
    ${show('image') ? bones('image') : nothing}
    <div class="skeleton__text">
      <div class="stack stack--title">${compact ? bones('title') : bones('title', 'title short')}</div>
      ${hidden.has('date') && (compact || hidden.has('author')) ? nothing : bones('meta')}
      ${show('excerpt') ? html`<div class="stack stack--lines">${bones('line', 'line', 'line short')}</div>` : nothing}
      ${show('tags') ? html`<div class="chips">${bones('chip', 'chip')}</div>` : nothing}
      ${show('stats') ? bones('stats') : nothing}
    </div>
  </div>`;
}
