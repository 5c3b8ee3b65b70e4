import { css } from 'lit';

/** What the reading elements (feed and post) add to the tokens: links, and calm under reduced motion. */
export const contentStyles = css`
  a {
    color: var(--_accent);
  }

  /*
   * A post body's image whose source gave no width and height (the sanitizer keeps both or
   * neither): a frame of the body's width holds its place before it loads, so the text below does
   * not jump; the picture sits inside it, never scaled up. (The feed's own .body holds cards, whose
   * images are in their shadow roots.)
   */
  .body img:not([height]) {
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: scale-down;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
