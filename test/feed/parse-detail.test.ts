// The shared detailed parsing suite (test/feed/suites/feed-detail.ts) in Chromium, through DOMParser.
import { normalizePost, parseFeed } from '../../src/feed/public.js';
import { fixtureText } from './helpers.js';
import { DETAIL_FIXTURES, feedDetailSuite } from './suites/feed-detail.js';

const files = new Map<string, string>();
for (const name of DETAIL_FIXTURES) files.set(name, await fixtureText(name));

feedDetailSuite({
  describe,
  it,
  before,
  env: 'browser',
  parseFeed,
  normalizePost,
  fixture: (name) => files.get(name)!,
});
