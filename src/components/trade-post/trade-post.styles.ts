import { css } from 'lit';

/**
 * An editorial look for a trade-news blog: a clear title hierarchy, a calm meta line, a readable
 * measure for the body, and cards with a quiet border that lift on hover. Colours, radius and
 * spacing come only from the theme's private variables (fed by the public `--trade-*` tokens);
 * every direction is a logical property so right-to-left pages mirror correctly.
 */
export const tradePostStyles = css`
  :host {
    --_gap: calc(var(--_space) * 0.75);
  }

  :host([variant='card']) {
    block-size: 100%;
  }

  /* ---- shared pieces --------------------------------------------------------------------- */

  .post {
    position: relative;
  }

  .post:focus-visible {
    outline-offset: 4px;
    border-radius: var(--_radius);
  }

  .title {
    margin: 0;
    line-height: 1.3;
    letter-spacing: -0.01em;
    text-wrap: balance;
    overflow-wrap: break-word;
  }

  .title a {
    color: inherit;
    text-decoration: none;
  }

  .title a:hover {
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.18em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
    line-height: 1.4;
  }

  /* A quiet separator between meta items; the empty alternative text keeps it silent for screen readers. */
  .meta > * + *::before {
    content: '·';
    content: '·' / '';
    margin-inline-end: 0.5rem;
  }

  .author {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    color: var(--_text);
    font-weight: 600;
  }

  .author a {
    position: relative;
    z-index: 1;
    color: inherit;
    text-decoration: none;
  }

  .author a:hover {
    color: var(--_accent);
    text-decoration: underline;
  }

  .avatar {
    flex: none;
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_subtle);
  }

  .image {
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--_subtle);
  }

  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tags li {
    padding-block: 0.125rem;
    padding-inline: 0.625rem;
    border-radius: 999px;
    background: var(--_subtle);
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.02em;
  }

  .error button {
    min-block-size: 2.5rem;
    padding-block: 0.5rem;
    padding-inline: 1.125rem;
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_accent);
    color: var(--_accent-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .error button:hover {
    filter: brightness(1.08);
  }

  /* ---- card -------------------------------------------------------------------------------- */

  .post--card {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    transition:
      box-shadow 0.2s,
      transform 0.2s,
      border-color 0.2s;
  }

  .post--card:hover {
    border-color: color-mix(in srgb, var(--_accent) 35%, var(--_border));
    box-shadow: 0 10px 28px -12px rgb(0 0 0 / 0.25);
    transform: translateY(-2px);
  }

  .post--card .image {
    border-block-end: 1px solid var(--_border);
  }

  /*
   * Every piece of a card has a fixed room, so a card is exactly as tall as the box reserved for
   * it before it loaded (reserve.ts): two lines of title, a meta line, three lines of excerpt, one
   * row of tags and the stats line, each with the gap above it. A piece the post lacks (a short
   * summary, no tags) leaves its room empty; one left out by hide gives it up.
   */
  .card__content {
    --_meta: calc(2rem + var(--_gap));
    --_excerpt: calc(4.5rem + var(--_gap));
    --_tags: calc(1.375rem + var(--_gap));
    --_stats: calc(1.71875rem + 1px + var(--_gap));
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: var(--_gap);
    padding: var(--_space);
    min-block-size: calc(2 * var(--_space) + 3.0875rem + var(--_meta) + var(--_excerpt) + var(--_tags) + var(--_stats));
  }

  .no-meta {
    --_meta: 0px;
  }

  .no-excerpt {
    --_excerpt: 0px;
  }

  .no-tags {
    --_tags: 0px;
  }

  .no-stats {
    --_stats: 0px;
  }

  .post--card .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    font-size: 1.1875rem;
  }

  .post--card .meta {
    flex-wrap: nowrap;
    block-size: 2rem;
    overflow: hidden;
    white-space: nowrap;
  }

  .post--card .excerpt {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }

  .post--card .tags {
    flex-wrap: nowrap;
    block-size: 1.375rem;
    overflow: hidden;
  }

  .tags li {
    flex: none;
  }

  /* The whole card is the title link's hit area; the link keeps the one accessible name. */
  .post--card .title a::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }

  .post--card .title a:focus-visible {
    outline: none;
  }

  .post--card .title a:focus-visible::after {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }

  .excerpt {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375rem;
    line-height: 1.6;
  }

  .post--card .stats {
    margin-block-start: auto;
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--_border);
  }

  /* ---- compact ----------------------------------------------------------------------------- */

  .post--compact {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    padding-block: 0.5rem;
  }

  /* Two lines of title at most, one where the line is long enough (reserve.ts counts the same). */
  .post--compact .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    font-size: 1rem;
    font-weight: 600;
    line-height: 1.4;
  }

  /* The title keeps its two lines (one) even when it needs fewer. */
  .post--compact {
    --_lines: 2;
    container-type: inline-size;
  }

  .post--compact .title {
    block-size: calc(var(--_lines) * 1.4em);
  }

  @container (min-width: 40rem) {
    .post--compact .title {
      --_lines: 1;
      -webkit-line-clamp: 1;
    }
  }

  .post--compact .meta {
    flex-wrap: nowrap;
    overflow: hidden;
    white-space: nowrap;
  }

  /* One line of date, as tall in every engine (reserve.ts counts it). */
  .post--compact .meta {
    block-size: 1.1375rem;
    font-size: 0.8125rem;
    line-height: 1.4;
  }

  /* ---- error ------------------------------------------------------------------------------- */

  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gap);
    padding: var(--_space);
    border: 1px solid color-mix(in srgb, var(--_danger) 45%, var(--_border));
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_danger) 6%, var(--_surface));
  }

  .error p {
    margin: 0;
    flex: 1 1 16rem;
  }
`;
