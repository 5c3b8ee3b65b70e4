import { css } from 'lit';

/** The share bar of a full post: network links, "Copy link" and its status. */
export const shareBarStyles = css`
  /* ---- share bar ------------------------------------------------------------------------- */

  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }

  #share-label {
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 600;
  }

  .share ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .share a,
  .share button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
    min-inline-size: 2.5rem;
    block-size: 2.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    text-decoration: none;
    transition:
      background-color 0.15s,
      color 0.15s,
      border-color 0.15s;
  }

  .share button {
    padding-inline: 0.9rem;
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    cursor: pointer;
  }

  .copied button {
    border-color: var(--_success);
    color: var(--_success);
  }

  .share a:hover,
  .share button:hover {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .icon {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    flex: none;
    fill: currentColor;
  }

  .icon--stroke {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .share__status {
    color: var(--_danger);
    font-size: 0.875rem;
    font-weight: 600;
  }

  .copied .share__status {
    color: var(--_success);
  }
`;
