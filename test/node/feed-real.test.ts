// The shared real-feed suite (test/feed/suites/real-feeds.ts) in Node, through the Node entry of
// trade-widgets/feed: its own XML reader and the full HTML entity table.
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseFeed } from '../../src/feed/node.js';
import { realFeeds } from '../feed/suites/real-feeds.js';

realFeeds({
  describe,
  it,
  env: 'node',
  parseFeed,
  bytes: (name) => new Uint8Array(readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url))),
});
