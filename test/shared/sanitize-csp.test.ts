import { expect } from '@open-wc/testing';
import { sanitizeBody } from '../../src/shared/sanitize.js';
import { xssVectors } from '../fixtures/xss/vectors.js';
import { ordinaryBase, ordinaryPosts } from '../fixtures/xss/ordinary.js';
import { safePostHtml } from '../fixtures/xss/safe-post.js';
import { recordXss, settle } from '../fixtures/xss/inspect.js';
import { sanitizerPaths } from '../fixtures/xss/sanitizer-api.js';
import { enforceCsp, strictPartnerCsp } from '../helpers/index.js';

/**
 * A strict-CSP partner page (the policy from API.md, enforced for this test file's page) with a
 * `securitypolicyviolation` listener: browsers report every handler attribute, `<style>` element and
 * `style` attribute that any parser meets, so a hostile post must lose them before parsing.
 */
enforceCsp(strictPartnerCsp);

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.sample}`);
});

const postUrl = new URL('/blog/post', location.origin).href;
const fallbackFetched = () => performance.getEntriesByType('resource').some((entry) => /purify/.test(entry.name));

for (const path of sanitizerPaths) {
  path.describe(`a strict-CSP page ${path.name}`, () => {
    let leave: () => void = () => {};
    before(async () => {
      leave = await path.enter();
    });
    after(() => leave());

    it('reports no violation for the XSS corpus, and nothing runs', async () => {
      const recorder = recordXss();
      const container = document.createElement('div');
      try {
        for (const vector of xssVectors) container.append(sanitizeBody(vector.html, { baseUrl: postUrl }));
        container.append(sanitizeBody(xssVectors.map((v) => v.html).join(''), { baseUrl: postUrl }));
        document.body.append(container);
        await settle(150);
        expect(violations).to.deep.equal([]);
        expect(recorder.hits).to.deep.equal([]);
        if (path === sanitizerPaths[0]) expect(fallbackFetched(), 'DOMPurify fetched with the API').to.equal(false);
      } finally {
        recorder.restore();
        container.remove();
      }
    });

    it('reports no violation for ordinary posts, which keep their links and images', async () => {
      const container = document.createElement('div');
      for (const post of [...ordinaryPosts.map((p) => p.html), safePostHtml]) {
        container.append(sanitizeBody(post, { baseUrl: ordinaryBase }));
      }
      document.body.append(container);
      await settle(150);
      expect(violations).to.deep.equal([]);
      expect(container.querySelector('a[href="https://blog.example/2024/one-big-change"]')).to.exist;
      expect(container.querySelector('img[alt="Port of Toronto online"]')).to.exist;
      container.remove();
    });
  });
}

describe('the DOMPurify fallback', () => {
  it('was downloaded only once the API was taken away', () => {
    // The suites above ran in order: the API first (nothing fetched), then the fallback.
    const names = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fallbackFetched(), names.join('\n')).to.equal(true);
  });
});
