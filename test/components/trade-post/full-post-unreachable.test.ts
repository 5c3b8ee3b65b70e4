import { expect } from '@open-wc/testing';
import { makePost, renderPost, seedPost } from './helpers.js';
import { makeUnreachable, shadow } from '../../helpers/index.js';

// The full post's module (styles, share bar, sanitizing) fails, as if the connection dropped after
// the element's own code arrived.
let registration: ServiceWorkerRegistration;
const problems: string[] = [];
const onError = (event: ErrorEvent) => problems.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => problems.push(String(event.reason));

describe('<trade-post> when the full-post module cannot be fetched', function () {
  before(async () => {
    registration = await makeUnreachable('/trade-post/full-post.ts');
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(async () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    await registration.unregister();
  });

  it('shows a full post with its summary, the "could not be shown" note and a link, and announces it', async () => {
    const el = await renderPost(makePost());
    const root = shadow(el);
    expect(root.querySelector('[part~="title"]')?.textContent).to.include('Maritime Regulator');
    const body = root.querySelector('[part~="body"]')!;
    expect(body.textContent).to.include(seedPost.summary);
    expect(body.querySelector('.body__unavailable')?.textContent).to.equal('The full text could not be shown.');
    expect(root.querySelector<HTMLAnchorElement>('[part~="read-more"]')?.href).to.equal(seedPost.url);
    // Never the raw body, and no share bar without its code.
    expect(body.textContent).to.not.include('London headquarters');
    expect(root.querySelector('[part~="share"]')).to.equal(null);
    expect(problems).to.deep.equal([]);
  });

  it('still renders cards in full', async () => {
    const el = await renderPost(makePost({ id: 'card' }), { variant: 'card' });
    expect(shadow(el).querySelector('[part~="excerpt"]')?.textContent).to.include('International Maritime');
    expect(getComputedStyle(shadow(el).querySelector('.post--card')!).borderStyle).to.equal('solid');
    expect(problems).to.deep.equal([]);
  });
});
