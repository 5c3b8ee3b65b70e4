import { expect } from '@open-wc/testing';
import { xssVectors } from '../../fixtures/xss/vectors.js';
import { findDangers, recordXss, settle } from '../../fixtures/xss/inspect.js';
import { makePost, renderPost, seedPost, warmUp } from './helpers.js';
import { $, enforceCsp, text } from '../../helpers/index.js';

/**
 * The partner page's CSP from API.md, enforced for this test file's page: string HTML sinks throw,
 * and only the lit-html, dompurify and trade-widgets policies may exist.
 */
enforceCsp();

describe('<trade-post> under enforced Trusted Types', function () {
  // A shared two-core machine can make axe scans and first module loads slow.
  this.timeout(15_000);
  before(warmUp);

  it('is on a page that refuses string HTML', () => {
    expect(() => {
      document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
  });

  it('renders every variant, and the full body', async () => {
    for (const variant of ['full', 'card', 'compact']) {
      const el = await renderPost(seedPost, { variant });
      expect(text($(el, '[part~="title"]'))).to.equal(seedPost.title);
    }
    const full = await renderPost(seedPost);
    expect(text($(full, '[part~="body"] h3'))).to.equal('CMA CGM');
    expect($(full, '.body__unavailable')).to.equal(null);
  });

  it('keeps the XSS corpus inert', async () => {
    const recorder = recordXss();
    try {
      const el = await renderPost(makePost({ contentHtml: xssVectors.map((v) => v.html).join('') }));
      await settle(100);
      expect(recorder.hits).to.deep.equal([]);
      expect(findDangers($(el, '[part~="body"]')!)).to.deep.equal([]);
    } finally {
      recorder.restore();
    }
  });
});
