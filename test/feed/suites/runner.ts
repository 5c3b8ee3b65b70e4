// What the parsing suites (feed-parse, feed-detail, real-feeds) need from the runner they run in:
// test/feed/parse.test.ts runs them in Chromium (DOMParser), test/node/feed-parse.test.ts in Node
// (the package's Node entry and its XML reader). Both load the fixtures below before they start.
import type { FeedError, isFeedError, normalizePost, parseFeed } from '../../../src/feed/index.js';

export interface ParserRunner {
  describe: (name: string, body: () => void) => void;
  it: (name: string, body: () => void | Promise<void>) => void;
  before: (body: () => void) => void;
  /** `node` (the Node entry and its XML reader) or `browser` (DOMParser). */
  env: 'node' | 'browser';
  parseFeed: typeof parseFeed;
  normalizePost: typeof normalizePost;
  isFeedError: typeof isFeedError;
  FeedError: typeof FeedError;
  /** The text of a file in test/fixtures/feeds. */
  fixture: (name: string) => string;
  /** The bytes of a file in test/fixtures/feeds, as they are on disk. */
  bytes: (name: string) => Uint8Array;
}
