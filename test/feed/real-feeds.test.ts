// The shared real-feed suite (test/feed/suites/real-feeds.ts) in Chromium, through DOMParser.
import { loadEntities } from '../../src/feed/text.js';
import { parseFeed } from '../../src/feed/public.js';
import { fixtureBytes } from './fixture-bytes.js';
import { FIXTURES, realFeeds } from './suites/real-feeds.js';

const files = new Map<string, Uint8Array>();
for (const name of FIXTURES) files.set(name, await fixtureBytes(`../fixtures/feeds/${name}`));
// parseFeed is synchronous: in browsers loadFeed loads the full entity table when a feed needs it
// (tested through <trade-news-feed>); here it is loaded up front, as loadFeed would.
await loadEntities();

realFeeds({
  describe,
  // 1 MB of hostile markup in every field takes a while on a busy machine: a minute, not mocha's 5 s.
  it: (name, body) => void it(name, body).timeout(60_000),
  env: 'browser',
  parseFeed,
  bytes: (name) => files.get(name)!,
});
