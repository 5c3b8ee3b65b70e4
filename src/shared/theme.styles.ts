import { css } from 'lit';

/** The dark theme's defaults, for `theme="dark"` and for `theme="auto"` on a dark-scheme system. */
const darkPalette = css`
  --_text: var(--trade-color-text, #e8ebef);
  --_muted: var(--trade-color-muted, #a7b0ba);
  --_surface: var(--trade-color-surface, #161b22);
  --_subtle: var(--trade-color-subtle, #202731);
  --_border: var(--trade-color-border, #3a4450);
  --_accent: var(--trade-color-accent, #7cb8ff);
  --_accent-text: var(--trade-color-accent-text, #0b1520);
  --_danger: var(--trade-color-danger, #ffb4ab);
  --_success: var(--trade-color-success, #8fd8a0);
  color-scheme: dark;
`;

/**
 * Design tokens shared by every element. Public tokens (`--trade-*`) may be set on the element or
 * any ancestor; each falls back to the light or dark theme's default, so a partner's token always
 * wins over the built-in palette.
 */
export const themeStyles = css`
  :host {
    --_font: var(--trade-font-family, inherit);
    --_text: var(--trade-color-text, #1b1f24);
    --_muted: var(--trade-color-muted, #56606b);
    --_surface: var(--trade-color-surface, #ffffff);
    --_subtle: var(--trade-color-subtle, #f3f5f7);
    --_border: var(--trade-color-border, #d3d8de);
    --_accent: var(--trade-color-accent, #0b5cad);
    --_accent-text: var(--trade-color-accent-text, #ffffff);
    --_danger: var(--trade-color-danger, #b3261e);
    --_success: var(--trade-color-success, #1d6b33);
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
    ${darkPalette}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
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
