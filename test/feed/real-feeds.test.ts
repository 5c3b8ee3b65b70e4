// The shared real-feed suite (test/feed/suites/real-feeds.ts) in Chromium, through DOMParser.
import { loadEntities } from '../../src/feed/text.js';
import { parseFeed } from '../../src/feed/index.js';
import { FIXTURES, realFeeds } from './suites/real-feeds.js';

const files = new Map<string, Uint8Array>();
await Promise.all(
  FIXTURES.map(async (name) => {
    const response = await fetch(new URL(`../fixtures/feeds/${name}`, import.meta.url));
    files.set(name, new Uint8Array(await response.arrayBuffer()));
  }),
);
// parseFeed is synchronous: in browsers the full entity table is loaded by loadFeed when a feed
// needs it (tested with <trade-news-feed>); here it is loaded up front, as loadFeed would.
await loadEntities();

realFeeds({ describe, it, env: 'browser', parseFeed, bytes: (name) => files.get(name)! });
