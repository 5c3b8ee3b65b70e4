import { css } from 'lit';

export const brokerContactFormStyles = css`
  /* Its own container (not only the host): WebKit's shadow content does not see the host as one. */
  .base {
    container-type: inline-size;
    padding: calc(var(--_space) * 1.5);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  /*
   * Two lines of room for the heading, one from 40rem (reserve.ts counts the same), however short
   * it is; a smaller size on a narrow phone keeps the default heading to those two lines.
   */
  h2 {
    margin: 0 0 var(--_space);
    min-block-size: 3.25rem;
    font-size: 1.25rem;
    line-height: 1.625rem;
  }

  @container (max-width: 20rem) {
    h2 {
      font-size: 1.125rem;
    }
  }

  @container (min-width: 40rem) {
    h2 {
      min-block-size: 1.625rem;
    }
  }

  form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.875) var(--_space);
  }

  form[hidden] {
    display: none;
  }

  /* Two fields a row from 34rem inside the panel, 37rem + 2px of the element (reserve.ts counts so). */
  @container (min-width: 34rem) {
    form {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  .wide {
    grid-column: 1 / -1;
  }

  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }

  label {
    font-weight: 600;
  }

  .mark {
    color: var(--_danger);
    margin-inline-start: 0.125em;
  }

  .optional {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }

  input,
  select,
  textarea,
  button {
    min-block-size: 2.75rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }

  input,
  select,
  textarea {
    inline-size: 100%;
  }

  /* One line, as tall in every engine (WebKit draws a select taller by itself; reserve.ts counts 2.75rem). */
  input:not([type='checkbox']),
  select {
    block-size: 2.75rem;
  }

  /* Six lines, set rather than left to each engine's reading of rows="6" (reserve.ts counts it). */
  textarea {
    block-size: calc(9rem + 1rem + 2px);
    min-block-size: 8rem;
    resize: vertical;
  }

  .field :focus-visible {
    outline-offset: 1px;
  }

  [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }

  [readonly],
  select:disabled {
    background: var(--_subtle);
  }

  p {
    margin: 0;
  }

  p + p {
    margin-block-start: 0.25rem;
  }

  .error {
    color: var(--_danger);
    font-size: 0.875rem;
    font-weight: 600;
  }

  /* Three lines of room for the page author's text, two beside two columns (reserve.ts counts the same). */
  .consent {
    display: flex;
    gap: 0.625rem;
    align-items: flex-start;
    min-block-size: 4.5rem;
    font-weight: 400;
  }

  @container (min-width: 34rem) {
    .consent {
      min-block-size: 3rem;
    }
  }

  .consent input {
    flex: none;
    inline-size: 1.25rem;
    min-block-size: 1.25rem;
    block-size: 1.25rem;
    margin-block-start: 0.15rem;
    accent-color: var(--_accent);
  }

  .box {
    margin-block-end: var(--_space);
    padding: 0.75rem 1rem;
    background: var(--_subtle);
    border-inline-start: 4px solid var(--_success);
    border-radius: calc(var(--_radius) * 0.5);
  }

  .draft {
    border-color: var(--_muted);
  }

  .actions {
    display: grid;
    justify-items: start;
  }

  .alert {
    justify-self: stretch;
    border-color: var(--_danger);
  }

  button {
    padding: 0.625rem 1.5rem;
    font-weight: 600;
    color: var(--_accent-text);
    background: var(--_accent);
    border-color: var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  button:enabled:hover {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_text));
  }

  button:disabled {
    opacity: 0.7;
    cursor: progress;
  }

  .secondary {
    color: var(--_accent);
    background: transparent;
  }

  .secondary:hover {
    color: var(--_accent-text);
  }
`;
