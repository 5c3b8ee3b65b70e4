import { expect } from '@open-wc/testing';
import { makePost, renderPost, seedPost, warmUp } from './helpers.js';
import { removeSanitizerApi } from '../../fixtures/xss/sanitizer-api.js';
import { $, enforceCsp, text } from '../../helpers/index.js';

/**
 * A browser without the HTML Sanitizer API (which needs no policy), on a page that enforces
 * Trusted Types where other scripts already hold both policy names the library may use: the body
 * cannot be parsed, so the element must show the summary and a note,
 * never the raw HTML and never an empty body.
 */
const factory = enforceCsp();
factory.createPolicy('trade-widgets', {});
factory.createPolicy('dompurify', {});
after(removeSanitizerApi());

describe('<trade-post> when the body cannot be sanitized', function () {
  // A shared two-core machine can make axe scans and first module loads slow.
  this.timeout(15_000);
  before(warmUp);

  it('shows the summary, the "could not be shown" note and a link to the post', async () => {
    const el = await renderPost(makePost({ contentHtml: '<p>Secret <img src=x onerror=alert(1)> body</p>' }));
    const body = $(el, '[part~="body"]')!;
    expect(text(body)).to.contain(seedPost.summary!);
    expect(text(body.querySelector('.body__unavailable'))).to.equal('The full text could not be shown.');
    expect(text(body)).not.to.contain('Secret');
    expect(body.querySelector('img')).to.equal(null);
    expect(body.querySelector('[part~="read-more"]')!.getAttribute('href')).to.equal(seedPost.url);
    await expect(el).to.be.accessible();
  });

  it('says so in Spanish', async () => {
    const el = await renderPost(seedPost, { lang: 'es' });
    expect(text($(el, '.body__unavailable'))).to.equal('No se pudo mostrar el texto completo.');
  });
});
