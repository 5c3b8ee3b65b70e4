import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { brandIcons } from '../../shared/brand-icons.js';
import type { ShareNetwork } from './share.js';

/**
 * The share bar's icons, drawn on a 24×24 grid in `currentColor` so they follow the theme; the
 * outlined ones are stroked. They are decorative: every control that shows one also carries a
 * text name.
 */
const icon = (body: SVGTemplateResult, stroked?: boolean): TemplateResult =>
  html`<svg class="icon ${stroked ? 'icon--stroke' : ''}" viewBox="0 0 24 24" aria-hidden="true">${body}</svg>`;

export const shareIcons: Record<ShareNetwork | 'link' | 'check', TemplateResult> = {
  x: icon(brandIcons.x),
  linkedin: icon(brandIcons.linkedin),
  facebook: icon(brandIcons.facebook),
  email: icon(svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3.5 6.5 8.5 6.5 8.5-6.5"/>`, true),
  link: icon(
    svg`<path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.8 1.7"/><path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.8-1.7"/>`,
    true,
  ),
  check: icon(svg`<path d="M20 6 9 17l-5-5"/>`, true),
};
