import { css } from 'lit';

/** What the reading elements (feed and post) add to the tokens: links, and calm under reduced motion. */
export const contentStyles = css`
  a {
    color: var(--_accent);
  }

  /*
   * A post body's image whose source gave no width and height: a frame of the body's width holds
   * its place before it loads, so the text below does not jump; the picture sits inside it, never
   * scaled up.
   */
  [part~='body'] img:not([width][height]) {
    inline-size: 100%;
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
