import { css } from 'lit';

/**
 * A full post's loading placeholder, and its body's while the body is sanitized: lines at the
 * body's size (the card and compact placeholders, and every bone's shimmer: skeleton.styles.ts).
 */
export const postSkeletonStyles = css`
  .skeleton__shape {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  .skeleton__shape .bone {
    block-size: 0.9em;
  }

  .skeleton--full .bone--title {
    block-size: 2.2em;
    inline-size: 85%;
  }

  .skeleton--full .bone--short {
    inline-size: 55%;
  }

  .skeleton--full .bone--meta {
    inline-size: 40%;
  }

  .skeleton--full .bone--image {
    block-size: auto;
    margin-block: 0.75rem;
    border-radius: var(--_radius);
  }

  .bone--line:nth-child(4n) {
    inline-size: 70%;
  }

  .body[aria-busy] {
    min-block-size: 10rem;
  }
`;
