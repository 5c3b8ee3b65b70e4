import { expect } from '@open-wc/testing';
import type { TradePost } from '../../../src/components/trade-post/trade-post.js';
import { makePost, renderPost, seedPost, warmUp } from './helpers.js';
import { $, nextEvent, part } from '../../helpers/index.js';

/**
 * Images as the page's Largest Contentful Paint needs them: in the first screen they load at once
 * (a full post's lead image first of all), further down they wait until the reader scrolls near, and
 * every one has its box before it loads.
 */

const isLazy = (image: Element | null) =>
  image!.getAttribute('loading') === 'lazy' && image!.getAttribute('decoding') === 'async';

const placed: Element[] = [];

/** `post` rendered as a `<trade-post>` after `before` (a spacer, say), both in the page. */
async function renderAfter(before: HTMLElement, attrs: Record<string, string> = {}): Promise<TradePost> {
  const el = document.createElement('trade-post');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.post = seedPost;
  const loaded = nextEvent(el, 'trade-post-load');
  document.body.append(before, el);
  placed.push(before, el);
  await loaded;
  await el.updateComplete;
  return el;
}

/** A block as tall as two screens. */
function spacer(): HTMLElement {
  const block = document.createElement('div');
  block.style.blockSize = `${2 * innerHeight}px`;
  return block;
}

describe('<trade-post> images', function () {
  this.timeout(15_000);
  before(warmUp);
  afterEach(() => placed.splice(0).forEach((element) => element.remove()));

  it('fetches the lead image of a full post in the first screen first, and does not make it lazy', async () => {
    const el = await renderPost(seedPost);
    const image = part(el, 'image')!;
    expect(image.getAttribute('fetchpriority')).to.equal('high');
    expect(image.getAttribute('loading')).to.equal('eager');
    expect(image.getAttribute('width')).to.equal('1200');
    expect(image.getAttribute('height')).to.equal('675');
    const avatar = part(el, 'avatar')!;
    expect(avatar.getAttribute('loading')).to.equal('eager');
    expect(avatar.hasAttribute('fetchpriority')).to.equal(false);
  });

  it('loads a card in the first screen at once, at the normal priority', async () => {
    const el = await renderPost(seedPost, { variant: 'card' });
    const image = part(el, 'image')!;
    expect(image.getAttribute('loading')).to.equal('eager');
    expect(image.hasAttribute('fetchpriority')).to.equal(false);
  });

  it('keeps the images of a full post below the first screen lazy, decoded off the main thread', async () => {
    const el = await renderAfter(spacer());
    expect(isLazy(part(el, 'image'))).to.equal(true);
    expect(part(el, 'image')!.hasAttribute('fetchpriority')).to.equal(false);
    expect(isLazy(part(el, 'avatar'))).to.equal(true);
  });

  it('keeps the images of a post that is not rendered lazy', async () => {
    const hidden = document.createElement('div');
    hidden.hidden = true;
    const el = document.createElement('trade-post');
    el.post = seedPost;
    hidden.append(el);
    const loaded = nextEvent(el, 'trade-post-load');
    document.body.append(hidden);
    placed.push(hidden);
    await loaded;
    expect(isLazy(part(el, 'image'))).to.equal(true);
  });

  it('decides once, when it first shows a post: scrolling it into view later changes nothing', async () => {
    const el = await renderAfter(spacer(), { variant: 'card' });
    el.scrollIntoView();
    el.post = makePost({ id: 'another', title: 'Another post' });
    await el.updateComplete;
    expect(isLazy(part(el, 'image'))).to.equal(true);
    scrollTo(0, 0);
  });

  describe('in the body', () => {
    const frame = (contentHtml: string) =>
      renderPost(makePost({ contentHtml: `<p>Lead paragraph.</p>${contentHtml}<p>After the picture.</p>` }));

    it('keeps the width and height the source gives, which set the box before the image loads', async () => {
      const el = await frame('<img src="/never/loads-1.png" alt="Port" width="640" height="360">');
      const image = $(el, '[part~="body"] img')!;
      expect([image.getAttribute('width'), image.getAttribute('height')]).to.deep.equal(['640', '360']);
      expect(isLazy(image)).to.equal(true);
      const { width, height } = image.getBoundingClientRect();
      expect(height).to.be.closeTo((width * 360) / 640, 1);
    });

    for (const [name, attributes] of [
      ['none', ''],
      ['only a width', 'width="640"'],
      ['a percentage', 'width="100%" height="300"'],
      ['words', 'width="wide" height="tall"'],
    ]) {
      it(`frames an image with ${name} for width and height in a box of the body's width before it loads`, async () => {
        const el = await frame(`<img src="/never/loads-2.png" alt="Port" ${attributes}>`);
        const body = part(el, 'body')!;
        const image = body.querySelector('img')!;
        expect(image.hasAttribute('width') || image.hasAttribute('height')).to.equal(false);
        const { width, height } = image.getBoundingClientRect();
        expect(width).to.be.closeTo(body.getBoundingClientRect().width, 1);
        expect(height).to.be.closeTo((width * 9) / 16, 1);
      });
    }
  });
});
