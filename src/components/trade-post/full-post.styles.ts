import { css } from 'lit';

/**
 * What only a full post shows: the large title, the readable measure of the sanitized body (headings,
 * lists, quotes, code, tables, figures) and the footer. Loaded with the share bar in full-post.ts,
 * so a page of cards never downloads it; the element adopts it the first time it shows a full post.
 */
export const fullPostStyles = css`
  /* ---- full -------------------------------------------------------------------------------- */

  .post--full {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
  }

  .post > header {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }

  .post--full .title {
    font-size: clamp(1.5rem, 1.15rem + 1.2vw, 2.125rem);
    line-height: 1.18;
    letter-spacing: -0.02em;
  }

  .post--full .image {
    border-radius: var(--_radius);
  }

  .body {
    font-size: 1.0625rem;
    line-height: 1.7;
    overflow-wrap: break-word;
  }

  .body > div > :first-child,
  .body > :first-child {
    margin-block-start: 0;
  }

  .body > div > :last-child,
  .body > :last-child {
    margin-block-end: 0;
  }

  .body :is(p, ul, ol, dl, pre, table, figure, blockquote, details) {
    margin-block: 0 1.1em;
  }

  /* The sanitizer puts body headings below the title, so h2 is the highest; it keeps the default 1.5em. */
  .body :is(h2, h3, h4, h5, h6) {
    margin-block: 1.8em 0.5em;
    line-height: 1.3;
    letter-spacing: -0.01em;
  }

  .body h3 {
    font-size: 1.3em;
  }

  .body h4 {
    font-size: 1.15em;
  }

  .body :is(h5, h6) {
    font-size: 1em;
  }

  .body a {
    text-decoration-thickness: 0.06em;
    text-underline-offset: 0.18em;
  }

  .body :is(ul, ol) {
    padding-inline-start: 1.5em;
  }

  .body li + li {
    margin-block-start: 0.35em;
  }

  .body img {
    max-inline-size: 100%;
    block-size: auto;
    border-radius: calc(var(--_radius) * 0.75);
  }

  .body figure {
    margin-inline: 0;
  }

  .body figcaption {
    margin-block-start: 0.5em;
    color: var(--_muted);
    font-size: 0.875rem;
    text-align: center;
  }

  .body blockquote {
    margin-inline: 0;
    padding-block: 0.25em;
    padding-inline: 1.25em 0;
    border-inline-start: 4px solid var(--_accent);
    color: var(--_muted);
    font-size: 1.05em;
    font-style: italic;
  }

  .body blockquote > :last-child {
    margin-block-end: 0;
  }

  .body :is(code, kbd, samp) {
    padding-block: 0.1em;
    padding-inline: 0.35em;
    border-radius: 4px;
    background: var(--_subtle);
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.875em;
  }

  .body pre {
    padding: 1em;
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    line-height: 1.5;
  }

  .body pre code {
    padding: 0;
    background: none;
  }

  .body table {
    display: block;
    max-inline-size: 100%;
    overflow-x: auto;
    border-collapse: collapse;
    font-size: 0.9375em;
  }

  .body :is(th, td) {
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  .body th {
    background: var(--_subtle);
    font-weight: 600;
  }

  .body caption {
    padding-block-end: 0.5em;
    color: var(--_muted);
    font-size: 0.875rem;
    text-align: start;
  }

  .body hr {
    margin-block: 2em;
    border: 0;
    border-block-start: 1px solid var(--_border);
  }

  .body mark {
    background: color-mix(in srgb, var(--_accent) 22%, transparent);
    color: inherit;
  }

  .body__unavailable {
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border-inline-start: 3px solid var(--_border);
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  [part='read-more'] {
    font-weight: 600;
  }

  .post > footer {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
`;
