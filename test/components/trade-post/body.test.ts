import { expect, waitUntil } from '@open-wc/testing';
import { xssVectors } from '../../fixtures/xss/vectors.js';
import { safePostHtml } from '../../fixtures/xss/safe-post.js';
import { findDangers, recordXss, settle } from '../../fixtures/xss/inspect.js';
import { makePost, renderPost, warmUp } from './helpers.js';
import { $, $$, text } from '../../helpers/index.js';

const postUrl = new URL('/blog/maritime-regulator-hit', location.origin).href;

describe('<trade-post> body', function () {
  // A shared two-core machine can make axe scans and first module loads slow.
  this.timeout(15_000);
  before(warmUp);

  it('renders a rich safe post with headings, lists, tables, figures, code, quotes and links', async () => {
    const el = await renderPost(makePost({ url: postUrl, contentHtml: safePostHtml }), { 'heading-level': '1' });
    const body = $(el, '[part~="body"]')!;
    expect(text(body.querySelector('h2'))).to.equal('What changed');
    expect(body.querySelectorAll('li')).to.have.length(4);
    expect(text(body.querySelector('blockquote'))).to.contain('IMO technicians');
    expect(text(body.querySelector('caption'))).to.equal('Duty exclusions');
    expect(text(body.querySelector('figcaption'))).to.equal('Port of Marseille');
    expect(text(body.querySelector('pre code'))).to.equal('HTS 8471.30.0100');
    const contact = body.querySelector('a[href$="/blog/contact"]')!;
    expect(contact.getAttribute('href')).to.equal(new URL('/blog/contact', location.origin).href);
    expect(body.querySelector('a[href^="https://www.wsj.com"]')!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(body.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
    expect(findDangers(body)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('keeps the body when the element re-renders into another state and back', async () => {
    const el = await renderPost(makePost({ url: postUrl, contentHtml: '<p>Kept <em>body</em></p>' }));
    el.variant = 'card';
    await el.updateComplete;
    expect($(el, '[part~="body"]')).to.equal(null);
    el.variant = 'full';
    await waitUntil(() => text($(el, '[part~="body"] em')) === 'body', 'the body did not come back');
  });

  describe('XSS corpus through the element', () => {
    let recorder: ReturnType<typeof recordXss>;
    beforeEach(() => (recorder = recordXss()));
    afterEach(() => recorder.restore());

    for (const vector of xssVectors) {
      it(`renders nothing dangerous and runs nothing: ${vector.name}`, async () => {
        const el = await renderPost(makePost({ url: postUrl, contentHtml: `<p>before</p>${vector.html}<p>after</p>` }));
        await settle();
        const body = $(el, '[part~="body"]')!;
        expect(recorder.hits, 'payloads that ran').to.deep.equal([]);
        expect(findDangers(body), 'dangerous DOM').to.deep.equal([]);
        expect(text(body)).to.contain('before');
        expect($$(el, 'article')).to.have.length(1);
        expect((window as unknown as Record<string, unknown>)['__xssClobber']).to.equal(undefined);
      });
    }
  });
});
