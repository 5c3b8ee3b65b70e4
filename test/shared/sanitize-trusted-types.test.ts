import { expect } from '@open-wc/testing';
import { sanitizeBody } from '../../src/shared/sanitize.js';
import { TRUSTED_TYPES_POLICY_NAME } from '../../src/shared/purify.js';
import { xssVectors } from '../fixtures/xss/vectors.js';
import { safePostHtml } from '../fixtures/xss/safe-post.js';
import { findDangers, recordXss, settle } from '../fixtures/xss/inspect.js';
import { sanitizerPaths } from '../fixtures/xss/sanitizer-api.js';
import { enforceCsp } from '../helpers/index.js';

/**
 * The partner CSP from API.md, enforced for this whole page (each test file gets its own page). It
 * is added before the sanitizer first runs, which is when the fallback creates its policy.
 */
const trustedTypes = enforceCsp();
const postUrl = new URL('/blog/post', location.origin).href;

/** Every policy name created on this page from here on. */
const created: string[] = [];
const createPolicy = trustedTypes.createPolicy.bind(trustedTypes);
trustedTypes.createPolicy = (name, rules) => {
  created.push(name);
  return createPolicy(name, rules);
};

it('runs on a page where string HTML sinks are refused', () => {
  expect(() => {
    document.createElement('div').innerHTML = '<b>x</b>';
  }).to.throw(TypeError);
});

for (const path of sanitizerPaths) {
  path.describe(`sanitizeBody under enforced Trusted Types ${path.name}`, () => {
    let leave: () => void = () => {};
    before(async () => {
      leave = await path.enter();
    });
    after(() => leave());

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
  });
}

describe('Trusted Types policies', () => {
  it('are not needed with the HTML Sanitizer API; the fallback creates only its own', () => {
    // The first suite ran on the API without creating any; the second created the fallback's.
    expect(created).to.deep.equal([TRUSTED_TYPES_POLICY_NAME]);
  });

  it(`leave the "dompurify" name free while the fallback holds "${TRUSTED_TYPES_POLICY_NAME}"`, () => {
    expect(TRUSTED_TYPES_POLICY_NAME).to.equal('trade-widgets');
    // Without 'allow-duplicates' a second policy of a taken name is refused.
    expect(() => trustedTypes.createPolicy('trade-widgets', {})).to.throw();
    expect(() => trustedTypes.createPolicy('dompurify', {})).not.to.throw();
  });

  it('keep the sanitizer working after another script took the "dompurify" name', async () => {
    const [fallback] = sanitizerPaths.slice(1);
    const leave = await fallback!.enter();
    try {
      const fragment = sanitizeBody('<p>still <em>here</em></p>');
      expect(fragment.querySelector('em')!.textContent).to.equal('here');
    } finally {
      leave();
    }
  });
});
