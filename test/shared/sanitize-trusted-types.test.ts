import { expect } from '@open-wc/testing';
import { sanitizeBody, TRUSTED_TYPES_POLICY_NAME } from '../../src/shared/sanitize.js';
import { xssVectors } from '../fixtures/xss/vectors.js';
import { safePostHtml } from '../fixtures/xss/safe-post.js';
import { findDangers, recordXss, settle } from '../fixtures/xss/inspect.js';

/**
 * The partner CSP from API.md, enforced for this whole page (each test file gets its own page). It
 * is added before the sanitizer first runs, which is when the library creates its policy.
 */
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "require-trusted-types-for 'script'; trusted-types lit-html dompurify trade-widgets";
document.head.append(meta);

interface Factory {
  createPolicy(name: string, rules: { createHTML?: (s: string) => string }): unknown;
}
const trustedTypes = (window as unknown as { trustedTypes: Factory }).trustedTypes;
const postUrl = new URL('/blog/post', location.origin).href;

describe('sanitizeBody under enforced Trusted Types', () => {
  it('runs on a page where string HTML sinks are refused', () => {
    expect(() => {
      document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
  });

  it('sanitizes a rich post without using any string sink', () => {
    const container = document.createElement('div');
    container.append(sanitizeBody(safePostHtml, { baseUrl: postUrl }));
    document.body.append(container);
    expect(container.querySelector('table caption')!.textContent).to.equal('Duty exclusions');
    expect(container.querySelectorAll('a')).to.have.length(4);
    container.remove();
  });

  it('neutralises the whole XSS corpus', async () => {
    const recorder = recordXss();
    const container = document.createElement('div');
    try {
      for (const vector of xssVectors) container.append(sanitizeBody(vector.html, { baseUrl: postUrl }));
      document.body.append(container);
      await settle(100);
      expect(recorder.hits).to.deep.equal([]);
      expect(findDangers(container)).to.deep.equal([]);
    } finally {
      recorder.restore();
      container.remove();
    }
  });

  it(`holds the "${TRUSTED_TYPES_POLICY_NAME}" policy and leaves the "dompurify" name free`, () => {
    expect(TRUSTED_TYPES_POLICY_NAME).to.equal('trade-widgets');
    // Without 'allow-duplicates' a second policy of a taken name is refused.
    expect(() => trustedTypes.createPolicy('trade-widgets', {})).to.throw();
    expect(() => trustedTypes.createPolicy('dompurify', {})).not.to.throw();
  });

  it('keeps working after another script took the "dompurify" name', () => {
    const fragment = sanitizeBody('<p>still <em>here</em></p>');
    expect(fragment.querySelector('em')!.textContent).to.equal('here');
  });
});
