import { css, unsafeCSS } from 'lit';
import { PROFILES_ROW_BLOCK_SIZE } from './profiles-row.js';

export { PROFILES_ROW_BLOCK_SIZE };

/**
 * The feed's own look. Colours, radius and spacing come from the shared theme (`--_*`), so the
 * public `--trade-*` tokens restyle the feed and its cards together.
 */
export const tradeNewsFeedStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    background: var(--trade-news-feed-background, transparent);
  }

  /*
   * Dark text-on-nothing would vanish on a light page, so the dark theme brings its own surface;
   * a dark page can set --trade-news-feed-background: transparent.
   */
  :host([theme='dark']) .base {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--trade-news-feed-background, var(--_surface));
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .base {
      padding: var(--_space);
      border-radius: var(--_radius);
      background: var(--trade-news-feed-background, var(--_surface));
    }
  }

  /* One line (reserve.ts counts it so): a long heading ends in an ellipsis rather than wrapping. */
  .header {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
    padding-block-end: calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_border);
  }

  .heading {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    margin: 0;
    font-size: var(--trade-news-feed-heading-size, 1.25rem);
    line-height: 1.25;
    letter-spacing: -0.01em;
  }

  .see-all {
    font-size: 0.9375em;
    font-weight: 600;
    text-decoration: none;
    white-space: nowrap;
    border-radius: 2px;
  }

  .see-all:hover {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  input {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.5em;
    padding-inline: 0.875em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  input:focus-visible {
    border-color: var(--_focus);
    outline-offset: 0;
  }

  .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--trade-news-feed-gap, var(--_space));
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }

  .item > trade-post {
    flex: 1 1 auto;
  }

  /* The theme draws the focus ring; this rounds it like the cards. */
  .item:focus-visible {
    border-radius: var(--_radius);
  }

  /*
   * The list's own width, not the viewport's, decides the grid's columns (the host is a container
   * too, for reserve.ts, but WebKit's shadow content does not see it as one).
   */
  .body {
    container-type: inline-size;
  }

  @container (min-width: 34rem) {
    .layout-grid .list {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @container (min-width: 52rem) {
    .layout-grid .list {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  .message {
    padding-block: calc(var(--_space) * 1.5);
    padding-inline: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    text-align: center;
  }

  .error,
  .footer {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }

  .error {
    border-style: solid;
    background: var(--_subtle);
    color: var(--_text);
  }

  .footer {
    gap: calc(var(--_space) * 0.5);
  }

  p {
    margin: 0;
  }

  .more-error {
    color: var(--_danger);
    font-size: 0.9375em;
  }

  .stale-note {
    display: flex;
    align-items: center;
    gap: 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .stale-note::before {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: currentColor;
  }

  .button {
    min-block-size: 2.75rem;
    padding-block: 0.5em;
    padding-inline: 1.25em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .button:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }

  .primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .primary:hover {
    background: color-mix(in srgb, var(--_accent) 88%, var(--_text));
  }

  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  /* Compact: a plain list of titles and dates, posts and placeholders alike divided by a line. */
  .layout-compact .list {
    gap: 0;
  }

  .layout-compact .list > * + * {
    border-block-start: 1px solid var(--_border);
  }

  /*
   * The "Follow" row: a single line of a fixed height, there (empty) before its links load with
   * their styles (profiles.ts).
   */
  .profiles {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    box-sizing: border-box;
    block-size: ${unsafeCSS(PROFILES_ROW_BLOCK_SIZE)};
    overflow: hidden;
    white-space: nowrap;
    container-type: inline-size;
    color: var(--_muted);
    font-size: 0.9375em;
  }
`;
