import { css } from 'lit';

export const styles = css`
  .base {
    container-type: inline-size;
    display: block;
    padding: calc(var(--_space) * 1.5);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .heading {
    margin: 0 0 var(--_space);
    font-size: 1.25rem;
    line-height: 1.3;
  }

  form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.875) var(--_space);
  }

  form[hidden],
  .sent[hidden],
  .extra[hidden] {
    display: none;
  }

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
  textarea {
    inline-size: 100%;
    min-block-size: 2.75rem;
    margin: 0;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }

  textarea {
    min-block-size: 8rem;
    resize: vertical;
  }

  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }

  [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }

  input[readonly],
  textarea[readonly],
  select:disabled {
    background: var(--_subtle);
  }

  .error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875rem;
    font-weight: 600;
  }

  .consent {
    display: flex;
    gap: 0.625rem;
    align-items: flex-start;
    font-weight: 400;
  }

  .consent input {
    flex: none;
    inline-size: 1.25rem;
    min-block-size: 1.25rem;
    block-size: 1.25rem;
    margin-block-start: 0.15rem;
    accent-color: var(--_accent);
  }

  .honeypot {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .status.success,
  .status.draft,
  .alert.shown {
    padding-block: 0.75rem;
    padding-inline: 1rem;
    background: var(--_subtle);
    border-inline-start: 4px solid var(--_success);
    border-radius: calc(var(--_radius) * 0.5);
  }

  .status.draft {
    border-inline-start-color: var(--_muted);
  }

  .status.success,
  .status.draft {
    margin-block-end: var(--_space);
  }

  .alert.shown {
    margin-block-end: var(--_space);
    border-inline-start-color: var(--_danger);
  }

  .alert p {
    margin: 0;
  }

  .alert p + p {
    margin-block-start: 0.25rem;
  }

  .actions {
    display: grid;
    justify-items: start;
  }

  .alert {
    justify-self: stretch;
  }

  button {
    min-block-size: 2.75rem;
    padding-block: 0.625rem;
    padding-inline: 1.5rem;
    font: inherit;
    font-weight: 600;
    color: var(--_accent-text);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  button:hover:not(:disabled) {
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

  .secondary:hover:not(:disabled) {
    color: var(--_accent-text);
  }
`;
