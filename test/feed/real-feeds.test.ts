// The shared real-feed suite (test/feed/suites/real-feeds.ts) in Chromium, through DOMParser.
import { parseFeed } from '../../src/feed/public.js';
import { fixtureBytes } from './fixture-bytes.js';
import { FIXTURES, realFeeds } from './suites/real-feeds.js';

const files = new Map<string, Uint8Array>();
for (const name of FIXTURES) files.set(name, await fixtureBytes(`../fixtures/feeds/${name}`));
// The public entry's parseFeed is synchronous and decodes every entity: the entry installs the full
// table at import (the elements' loadFeed loads it when a feed needs it, tested through
// <trade-news-feed>).

realFeeds({
  describe,
  // 1 MB of hostile markup in every field takes a while on a busy machine: a minute, not mocha's 5 s.
  it: (name, body) => void it(name, body).timeout(60_000),
  env: 'browser',
  parseFeed,
  bytes: (name) => files.get(name)!,
});
