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

/**
 * `load()`, a dynamic import of code the data layer fetches on demand; a failure to fetch it
 * becomes a `network` FeedError naming `what`, so `loadFeed` rejects only with FeedErrors.
 */
export async function loadOnDemand<T>(what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (cause) {
    throw new FeedError('network', `Could not load ${what}: check the connection.`, { cause });
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
