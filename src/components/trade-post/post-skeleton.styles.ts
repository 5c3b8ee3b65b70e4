import { css } from 'lit';

/** A post's loading placeholder, and its body's while the body is sanitized. */
export const postSkeletonStyles = css`
  /* ---- loading ----------------------------------------------------------------------------- */

  .skeleton__shape {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  .skeleton--card {
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
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
    display: block;
    block-size: 0.9em;
    border-radius: 4px;
    background: linear-gradient(
      90deg,
      var(--_subtle) 25%,
      color-mix(in srgb, var(--_subtle) 45%, var(--_surface)) 37%,
      var(--_subtle) 63%
    );
    background-size: 400% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
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

  @keyframes shimmer {
    from {
      background-position: 100% 50%;
    }
    to {
      background-position: 0 50%;
    }
  }
`;
