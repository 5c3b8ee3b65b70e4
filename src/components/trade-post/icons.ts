import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ShareNetwork } from './share.js';

/**
 * The share bar's icons, drawn on a 24×24 grid in `currentColor` so they follow the theme; the
 * outlined ones are stroked. They are decorative: every control that shows one also carries a
 * text name.
 */
const icon = (body: SVGTemplateResult, stroked?: boolean): TemplateResult =>
  html`<svg class="icon ${stroked ? 'icon--stroke' : ''}" viewBox="0 0 24 24" aria-hidden="true">${body}</svg>`;

export const shareIcons: Record<ShareNetwork | 'link' | 'check', TemplateResult> = {
  x: icon(
    svg`<path d="M18.9 1.2h3.7l-8 9.2L24 22.8h-7.4l-5.8-7.6-6.6 7.6H.5l8.6-9.8L0 1.2h7.6l5.2 6.9Zm-1.3 19.4h2L6.5 3.2H4.3Z"/>`,
  ),
  linkedin: icon(
    svg`<circle cx="4.9" cy="4.6" r="2.4"/><path d="M2.8 8.7h4.2v12.8H2.8zM9.6 8.7h4v1.8c.6-1 2-2.1 4.1-2.1 4.3 0 5 2.8 5 6.4v7.7h-4.2v-6.8c0-1.6 0-3.7-2.3-3.7s-2.6 1.8-2.6 3.6v6.9H9.6z"/>`,
  ),
  facebook: icon(
    svg`<path d="M13.6 23.5v-9.6h3.2l.5-3.8h-3.7V7.7c0-1.1.3-1.8 1.9-1.8h2V2.5a27 27 0 0 0-2.9-.2c-2.9 0-4.9 1.8-4.9 5v2.8H6.5v3.8h3.2v9.6z"/>`,
  ),
  email: icon(svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3.5 6.5 8.5 6.5 8.5-6.5"/>`, true),
  link: icon(
    svg`<path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.8 1.7"/><path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.8-1.7"/>`,
    true,
  ),
  check: icon(svg`<path d="M20 6 9 17l-5-5"/>`, true),
};
