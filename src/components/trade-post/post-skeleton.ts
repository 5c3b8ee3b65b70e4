import { html, nothing, type TemplateResult } from 'lit';
import { bones, cardSkeleton } from '../../shared/templates.js';

const lines = (count: number): TemplateResult[] => bones(...Array<string>(count).fill('line'));

const shape = (content: unknown): TemplateResult =>
  html`<div class="skeleton__shape" aria-hidden="true">${content}</div>`;

/** The loading placeholder of a post, shaped like the variant it stands in for. */
export function skeleton(
  variant: 'full' | 'card' | 'compact',
  hidden: ReadonlySet<string>,
  label: string,
): TemplateResult {
  return html`<div class="skeleton skeleton--${variant}" part="skeleton" aria-busy="true">
    <p class="visually-hidden">${label}</p>
    ${
      variant === 'full'
        ? shape([bones('title', 'title short', 'meta'), hidden.has('image') ? nothing : bones('image'), lines(8)])
        : cardSkeleton(variant === 'compact', hidden)
    }
  </div>`;
}

/** The placeholder of a full post's body while it is sanitized. */
export const bodySkeleton = (): TemplateResult =>
  html`<div class="body" part="body" aria-busy="true">${shape(lines(6))}</div>`;
