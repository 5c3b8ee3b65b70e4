// parseFeed on a large JSON Feed text against JSON.parse of the same text, alternating so that
// both see the same machine conditions. Returns the raw timings; the orchestrator takes medians.
import { parseFeed } from '/build/feed.browser.mjs';

window.bench = {
  async measure(url, runs) {
    const text = await (await fetch(url)).text();
    const json = [];
    const parse = [];
    let posts = 0;
    let skipped = 0;
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      JSON.parse(text);
      json.push(performance.now() - t);
      t = performance.now();
      const feed = parseFeed(text, { format: 'auto', baseUrl: 'https://blog.example.com/feed.json' });
      parse.push(performance.now() - t);
      posts = feed.posts.length;
      skipped = feed.skipped;
    }
    return { json, parse, posts, skipped, bytes: text.length };
  },
};
window.benchReady = true;
