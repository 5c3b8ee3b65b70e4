// The shared parsing suite (test/feed/suites/feed-parse.ts) in Node, through the package's Node entry.
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { FeedError, isFeedError, normalizePost, parseFeed } from '../../src/feed/node.js';
import { feedParseSuite } from '../feed/suites/feed-parse.js';

feedParseSuite({
  describe,
  it,
  env: 'node',
  parseFeed,
  normalizePost,
  isFeedError,
  FeedError,
  fixture: (name) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8'),
});
