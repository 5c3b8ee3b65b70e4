import { css } from 'lit';

/**
 * The bones of every loading placeholder (`bones` in templates.ts) and the card they sit in: one
 * shimmer for the feed and the post. Each element sizes its bones itself.
 */
export const skeletonStyles = css`
  .skeleton--card {
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .bone {
    display: block;
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

  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
`;
