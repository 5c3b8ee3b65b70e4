/** What went wrong while loading or reading a feed. */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'format' | 'not-found';

/**
 * The one error type of the data layer. `kind` says what failed; `status` is the HTTP status for
 * kind `http`; `message` is a sentence a person can act on.
 */
export class FeedError extends Error {
  readonly kind: FeedErrorKind;
  readonly status?: number;

  constructor(kind: FeedErrorKind, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FeedError';
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
  }
}

/** True for a {@link FeedError}, also one made by another copy of the library on the page. */
export function isFeedError(value: unknown): value is FeedError {
  return (
    value instanceof FeedError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'FeedError' &&
      typeof (value as { kind?: unknown }).kind === 'string')
  );
}
