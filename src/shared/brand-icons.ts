import { svg, type SVGTemplateResult } from 'lit';

/**
 * The networks' marks, drawn on a 24×24 grid in `currentColor` (filled), for the post's share bar
 * and the feed's "Follow" row. Each is a path or two: the icons of both add a few hundred bytes.
 */
export const brandIcons = {
  x: svg`<path d="M18.9 1.2h3.7l-8 9.2L24 22.8h-7.4l-5.8-7.6-6.6 7.6H.5l8.6-9.8L0 1.2h7.6l5.2 6.9Zm-1.3 19.4h2L6.5 3.2H4.3Z"/>`,
  linkedin: svg`<circle cx="4.9" cy="4.6" r="2.4"/><path d="M2.8 8.7h4.2v12.8H2.8zM9.6 8.7h4v1.8c.6-1 2-2.1 4.1-2.1 4.3 0 5 2.8 5 6.4v7.7h-4.2v-6.8c0-1.6 0-3.7-2.3-3.7s-2.6 1.8-2.6 3.6v6.9H9.6z"/>`,
  facebook: svg`<path d="M13.6 23.5v-9.6h3.2l.5-3.8h-3.7V7.7c0-1.1.3-1.8 1.9-1.8h2V2.5a27 27 0 0 0-2.9-.2c-2.9 0-4.9 1.8-4.9 5v2.8H6.5v3.8h3.2v9.6z"/>`,
} satisfies Record<string, SVGTemplateResult>;
