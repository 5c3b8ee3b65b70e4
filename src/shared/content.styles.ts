import { css } from 'lit';

/** What the reading elements (feed and post) add to the tokens: links, and calm under reduced motion. */
export const contentStyles = css`
  a {
    color: var(--_accent);
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
