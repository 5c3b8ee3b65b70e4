/**
 * How the elements read their number and token attributes. Each rule is written once here, so the
 * same attribute means the same thing on every element, whether it was set as an attribute or as
 * a property.
 */

/** A heading level, `h1` to `h6`. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** What `heading-level` means when it is missing or not a number. */
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/**
 * `heading-level` on every element: a number is cut to a whole number and clamped into 1–6 (`0`
 * is `h1`, `9` is `h6`, `3.7` is `h3`); anything that is not a number (`abc`, empty) is `h2`.
 */
export function headingLevel(value: unknown): HeadingLevel {
  const n = value === null || value === undefined || value === '' ? NaN : Math.trunc(Number(value));
  return Number.isNaN(n) ? DEFAULT_HEADING_LEVEL : (Math.min(6, Math.max(1, n)) as HeadingLevel);
}

/** A count or duration that must be above zero (`limit`, `timeout`): whole, finite, else `fallback`. */
export function positive(value: unknown, fallback: number): number {
  const n = Number(value);
  return n > 0 && n < Infinity ? Math.floor(n) : fallback;
}

/** A length or age that may be zero (`excerpt-length`, `cache-ttl`): finite and not negative, else `fallback`. */
export function nonNegative(value: unknown, fallback: number): number {
  const n = value === null || value === '' ? NaN : Number(value);
  return n >= 0 && n < Infinity ? n : fallback;
}

/**
 * The space-separated words of a `hide` attribute, in lower case: `hide="Image  tags"` hides the
 * image and the tags.
 */
export function tokens(value: unknown): ReadonlySet<string> {
  return new Set(
    String(value ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean),
  );
}
