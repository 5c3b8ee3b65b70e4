import { html, nothing, type TemplateResult } from 'lit';
import { bones } from '../../shared/templates.js';

const lines = (count: number): TemplateResult[] => bones(...Array<string>(count).fill('line'));

const shape = (content: unknown): TemplateResult =>
  html`<div class="skeleton__shape" aria-hidden="true">${content}</div>`;

/** The loading placeholder of a post, shaped like the variant it stands in for. */
export function skeleton(variant: 'full' | 'card' | 'compact', hideImage: boolean, label: string): TemplateResult {
  const image = hideImage ? nothing : bones('image');
  return html`<div class="skeleton skeleton--${variant}" part="skeleton" aria-busy="true">
    <p class="visually-hidden">${label}</p>
    ${
      variant === 'card'
        ? html`<div aria-hidden="true">${image}${shape([bones('title', 'meta'), lines(3)])}</div>`
        : shape(
            variant === 'compact' ? bones('title', 'meta') : [bones('title', 'title short', 'meta'), image, lines(8)],
          )
    }
  </div>`;
}

/** The placeholder of a full post's body while it is sanitized. */
export const bodySkeleton = (): TemplateResult =>
  html`<div class="body" part="body" aria-busy="true">${shape(lines(6))}</div>`;
