// The parsing suites of test/feed/suites in Chromium, through DOMParser.
import { FeedError, isFeedError, normalizePost, parseFeed } from '../../src/feed/public.js';
import { fixtureBytes, fixtureText } from '../helpers/fixtures.js';
import { DETAIL_FIXTURES, feedDetailSuite } from './suites/feed-detail.js';
import { PARSE_FIXTURES, feedParseSuite } from './suites/feed-parse.js';
import { PLATFORM_FIXTURES, platformSuite } from './suites/platforms.js';
import { REAL_FIXTURES, realFeeds } from './suites/real-feeds.js';
import type { ParserRunner } from './suites/runner.js';

const texts = new Map<string, string>();
for (const name of new Set([...PARSE_FIXTURES, ...DETAIL_FIXTURES])) texts.set(name, await fixtureText(name));
const bytes = new Map<string, Uint8Array>();
for (const name of [...REAL_FIXTURES, ...PLATFORM_FIXTURES])
  bytes.set(name, await fixtureBytes(`../fixtures/feeds/${name}`));

const runner: ParserRunner = {
  describe,
  // 1 MB of hostile markup in every field takes a while on a busy machine: a minute, not mocha's 5 s.
  it: (name, body) => void it(name, body).timeout(60_000),
  before,
  env: 'browser',
  parseFeed,
  normalizePost,
  isFeedError,
  FeedError,
  fixture: (name) => texts.get(name)!,
  bytes: (name) => bytes.get(name)!,
};

feedParseSuite(runner);
feedDetailSuite(runner);
// The public entry's parseFeed is synchronous and decodes every entity: the entry installs the full
// table at import (the elements' loadFeed loads it when a feed needs it, tested through
// <trade-news-feed>).
realFeeds(runner);
platformSuite(runner);
