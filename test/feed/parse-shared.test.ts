// The shared parsing suite (test/feed/suites/feed-parse.ts) in Chromium, through DOMParser.
import { FeedError, isFeedError, normalizePost, parseFeed } from '../../src/feed/public.js';
import { fixtureText } from './helpers.js';
import { PARSE_FIXTURES, feedParseSuite } from './suites/feed-parse.js';

const files = new Map<string, string>();
for (const name of PARSE_FIXTURES) files.set(name, await fixtureText(name));

feedParseSuite({
  describe,
  it,
  env: 'browser',
  parseFeed,
  normalizePost,
  isFeedError,
  FeedError,
  fixture: (name) => files.get(name)!,
});
