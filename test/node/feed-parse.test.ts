// The parsing suites of test/feed/suites in Node, through the package's Node entry of
// trade-widgets/feed: its own XML reader and the full HTML entity table.
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { FeedError, isFeedError, normalizePost, parseFeed } from '../../src/feed/node.js';
import { feedDetailSuite } from '../feed/suites/feed-detail.js';
import { feedParseSuite } from '../feed/suites/feed-parse.js';
import { platformSuite } from '../feed/suites/platforms.js';
import { realFeeds } from '../feed/suites/real-feeds.js';
import type { ParserRunner } from '../feed/suites/runner.js';

const file = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));

const runner: ParserRunner = {
  describe,
  it,
  before,
  env: 'node',
  parseFeed,
  normalizePost,
  isFeedError,
  FeedError,
  fixture: (name) => file(name).toString('utf8'),
  bytes: (name) => new Uint8Array(file(name)),
};

feedParseSuite(runner);
feedDetailSuite(runner);
realFeeds(runner);
platformSuite(runner);
