// parseFeed on a large JSON Feed text against JSON.parse of the same text. One call per measure,
// so the orchestrator can collect garbage between them and alternate which goes first.
import { parseFeed } from '/build/feed.browser.mjs';

let text = '';

window.bench = {
  async load(url) {
    text = await (await fetch(url)).text();
    return text.length;
  },
  jsonOnce() {
    const start = performance.now();
    JSON.parse(text);
    return performance.now() - start;
  },
  parseOnce() {
    const start = performance.now();
    const feed = parseFeed(text, { format: 'auto', baseUrl: 'https://blog.example.com/feed.json' });
    return { time: performance.now() - start, posts: feed.posts.length, skipped: feed.skipped };
  },
};
window.benchReady = true;
