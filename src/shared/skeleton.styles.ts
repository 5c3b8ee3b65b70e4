import { css } from 'lit';

/**
 * The placeholder of a card or a compact line (`cardSkeleton` in templates.ts), shown by a
 * feed while it loads and by a card or compact post while its `src` loads, and the shimmer of
 * every bone (`bones` in templates.ts). Each piece of a card's is exactly as tall as the piece it
 * stands in for (trade-post.styles.ts), so the placeholder fills the box reserve.ts reserved.
 */
export const skeletonStyles = css`
  .skeleton-card {
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .skeleton__text {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
  }

  /* A compact line's placeholder is exactly as tall as a one-line compact post (reserve.ts). */
  .skeleton-compact .skeleton__text {
    gap: 0.125rem;
    padding-inline: 0;
    padding-block: 0.5rem;
  }

  .skeleton-compact .bone--title {
    block-size: 1.4rem;
  }

  .skeleton-compact .bone--meta {
    block-size: 1.1375rem;
  }

  .stack {
    display: flex;
    flex-direction: column;
    gap: 0.55rem;
  }

  .chips {
    display: flex;
    gap: 0.375rem;
  }

  .bone {
    display: block;
    block-size: 0.95rem;
    border-radius: 4px;
    background: linear-gradient(
      90deg,
      var(--_subtle) 25%,
      color-mix(in srgb, var(--_subtle) 60%, var(--_border)) 50%,
      var(--_subtle) 75%
    );
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }

  .bone--image {
    block-size: auto;
    aspect-ratio: 16 / 9;
    border-radius: 0;
  }

  .bone--title {
    block-size: 1.25rem;
    inline-size: 90%;
  }

  /* Two lines of title (3.0875rem), three of excerpt (4.5rem). */
  .stack--title {
    gap: 0.5875rem;
  }

  .stack--lines {
    block-size: 4.5rem;
  }

  .bone--short {
    inline-size: 60%;
  }

  /* In the middle of the meta line's 2rem. */
  .bone--meta {
    block-size: 0.875rem;
    inline-size: 55%;
    margin-block: 0.5625rem;
  }

  .skeleton-compact .bone--meta {
    inline-size: 35%;
    margin-block: 0;
  }

  /* The stats line's rule, padding and text. */
  .bone--stats {
    block-size: 1.21875rem;
    inline-size: 40%;
    margin-block-start: calc(0.5rem + 1px);
  }

  .bone--chip {
    block-size: 1.375rem;
    inline-size: 4.5rem;
    border-radius: 999px;
  }

  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
`;
