// The shared detailed parsing suite (test/feed/suites/feed-detail.ts) in Node, through the Node entry.
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { normalizePost, parseFeed } from '../../src/feed/node.js';
import { feedDetailSuite } from '../feed/suites/feed-detail.js';

feedDetailSuite({
  describe,
  it,
  before,
  env: 'node',
  parseFeed,
  normalizePost,
  fixture: (name) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8'),
});
