import { css } from 'lit';

/**
 * Design tokens shared by every element. Public tokens (`--trade-*`) may be set on the element or
 * any ancestor; each falls back to a private default (`--_d-*`) that the light and dark themes
 * supply, so a partner's token always wins over the built-in palette.
 */
export const themeStyles = css`
  :host {
    --_d-text: #1b1f24;
    --_d-muted: #56606b;
    --_d-surface: #ffffff;
    --_d-subtle: #f3f5f7;
    --_d-border: #d3d8de;
    --_d-accent: #0b5cad;
    --_d-accent-text: #ffffff;
    --_d-danger: #b3261e;
    --_d-success: #1d6b33;

    --_font: var(--trade-font-family, inherit);
    --_text: var(--trade-color-text, var(--_d-text));
    --_muted: var(--trade-color-muted, var(--_d-muted));
    --_surface: var(--trade-color-surface, var(--_d-surface));
    --_subtle: var(--trade-color-subtle, var(--_d-subtle));
    --_border: var(--trade-color-border, var(--_d-border));
    --_accent: var(--trade-color-accent, var(--_d-accent));
    --_accent-text: var(--trade-color-accent-text, var(--_d-accent-text));
    --_danger: var(--trade-color-danger, var(--_d-danger));
    --_success: var(--trade-color-success, var(--_d-success));
    --_radius: var(--trade-radius, 8px);
    --_space: var(--trade-space, 1rem);
    --_focus: var(--trade-focus-color, var(--_accent));

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
    text-align: start;
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([theme='dark']) {
    --_d-text: #e8ebef;
    --_d-muted: #a7b0ba;
    --_d-surface: #161b22;
    --_d-subtle: #202731;
    --_d-border: #3a4450;
    --_d-accent: #7cb8ff;
    --_d-accent-text: #0b1520;
    --_d-danger: #ffb4ab;
    --_d-success: #8fd8a0;
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_d-text: #e8ebef;
      --_d-muted: #a7b0ba;
      --_d-surface: #161b22;
      --_d-subtle: #202731;
      --_d-border: #3a4450;
      --_d-accent: #7cb8ff;
      --_d-accent-text: #0b1520;
      --_d-danger: #ffb4ab;
      --_d-success: #8fd8a0;
      color-scheme: dark;
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
