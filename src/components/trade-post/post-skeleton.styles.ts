import { css } from 'lit';

/** A post's loading placeholder, and its body's while the body is sanitized (the bones: skeleton.styles.ts). */
export const postSkeletonStyles = css`
  /* ---- loading ----------------------------------------------------------------------------- */

  .skeleton__shape {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  .skeleton--card .skeleton__shape {
    padding: var(--_space);
  }

  .skeleton--compact {
    padding-block: 0.5rem;
  }

  .skeleton--compact .skeleton__shape {
    gap: 0.4rem;
  }

  .bone {
    block-size: 0.9em;
  }

  .bone--title {
    block-size: 1.5em;
    inline-size: 85%;
  }

  .skeleton--full .bone--title {
    block-size: 2.2em;
  }

  .bone--short {
    inline-size: 55%;
  }

  .bone--meta {
    inline-size: 40%;
  }

  .bone--image {
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16 / 9;
    border-radius: 0;
  }

  .skeleton--full .bone--image {
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
