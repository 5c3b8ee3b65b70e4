import { expect } from '@open-wc/testing';
import { sanitizeBody } from '../../src/shared/sanitize.js';
import { loadSanitizer } from '../../src/shared/load-sanitizer.js';
import { excerpt, readingTime } from '../../src/shared/text.js';
import { sanitizerPaths } from '../fixtures/xss/sanitizer-api.js';

/**
 * A WordPress feed whose titles, excerpts and bodies hold 100–250 KB of unclosed tags (`<p <p <p …`)
 * must never block the page for long: every scan of that text (plain text, excerpts, reading
 * time, the sanitizer's pre-pass) takes time in proportion to it. Measured as the browser sees
 * it: the longest task a `longtask` PerformanceObserver reports while the widgets render.
 */
const LIMIT_MS = 500;

const unclosed = (kb: number, tag = 'p') => `<${tag} `.repeat(Math.round((kb * 1024) / (tag.length + 2)));

const hostileShapes = [
  unclosed(250),
  `<p>${unclosed(120, 'a href')}`,
  `<p title="${'<p '.repeat(40_000)}`,
  `<!--${'<p '.repeat(40_000)}`,
  `<textarea>${'<p '.repeat(40_000)}`,
  `${'&amp;'.repeat(20_000)}${'<p on'.repeat(30_000)}`,
  `<svg>${'<g>'.repeat(2_000)}${'</x>'.repeat(60_000)}`,
  `<p>${'</p <p '.repeat(30_000)}`,
];

/** Starts recording long tasks; the returned function stops and gives the longest (0 if none). */
function watchLongTasks(): () => number {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return () => {
    for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
    observer.disconnect();
    return longest;
  };
}

const idle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('a hostile WordPress feed', () => {
  before(async function () {
    this.timeout(60_000);
    await loadSanitizer();
  });

  for (const path of sanitizerPaths) {
    describe(path.name, () => {
      let leave: () => void = () => {};
      before(async () => {
        leave = await path.enter();
      });
      after(() => leave());

      it(`sanitizes each shape of unclosed markup without a task over ${LIMIT_MS} ms`, async function () {
        this.timeout(30_000);
        for (const html of hostileShapes) {
          await idle();
          const stop = watchLongTasks();
          const fragment = sanitizeBody(html, { baseUrl: 'https://blog.example/' });
          const text = fragment.textContent ?? '';
          excerpt(text, 160);
          readingTime(text);
          await idle();
          expect(stop(), html.slice(0, 30)).to.be.below(LIMIT_MS);
        }
      });
    });
  }
});
