import { expect, waitUntil } from '@open-wc/testing';
import { makePost, renderPost, seedPost, warmUp } from './helpers.js';
import { $, $$, fakeClock, nextEvent, text } from '../../helpers/index.js';

const url = 'https://www.tradelogicintl.com/post/duties-and-fees?lang=en&utm_source=news';
const title = 'Section 301 Duty Exclusions: "Set" to Expire & more';
const post = makePost({ url, title });
const enc = encodeURIComponent;

/** Makes `navigator.clipboard` whatever the test needs, and puts the real one back. */
function stubClipboard(value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value });
  return () => {
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as unknown as Record<string, unknown>)['clipboard'];
  };
}

describe('<trade-post> share bar', function () {
  // A shared two-core machine can make axe scans and first module loads slow.
  this.timeout(15_000);
  before(warmUp);

  it('links to X, LinkedIn, Facebook and email with the encoded post URL', async () => {
    const el = await renderPost(post);
    const links = $$<HTMLAnchorElement>(el, '[part~="share"] a[part~="share-link"]');
    const hrefs = links.map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([
      `https://twitter.com/intent/tweet?url=${enc(url)}&text=${enc(title)}`,
      `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`,
      `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`,
      `mailto:?subject=${enc(title)}&body=${enc(`${title}\n\n${url}`)}`,
    ]);
    for (const href of hrefs) expect(href).to.contain(enc(url));
  });

  it('opens web share links in a new tab with noopener noreferrer, and names every link', async () => {
    const el = await renderPost(post);
    const links = $$<HTMLAnchorElement>(el, '[part~="share"] a');
    const web = links.slice(0, 3);
    for (const link of web) {
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    }
    expect(links[3]!.hasAttribute('target')).to.equal(false);
    expect(links.map((a) => text(a))).to.deep.equal([
      'Share on X (opens in a new tab)',
      'Share on LinkedIn (opens in a new tab)',
      'Share on Facebook (opens in a new tab)',
      'Share by email',
    ]);
    expect($(el, '[part~="share"]')!.getAttribute('role')).to.equal('group');
    await expect(el).to.be.accessible();
  });

  it('is left out when the post has no URL', async () => {
    const el = await renderPost(makePost({ url: undefined }));
    expect($(el, '[part~="share"]')).to.equal(null);
  });

  describe('copy link', () => {
    let restore: (() => void) | undefined;
    afterEach(() => {
      restore?.();
      restore = undefined;
    });

    it('writes the post URL to the clipboard and shows and announces "Link copied"', async () => {
      const written: string[] = [];
      restore = stubClipboard({ writeText: async (value: string) => void written.push(value) });
      const el = await renderPost(post);
      const button = $<HTMLButtonElement>(el, '[part~="copy-button"]')!;
      expect(text(button)).to.equal('Copy link');
      const status = $(el, '[part~="share-status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal('');

      button.click();
      await waitUntil(() => text($(el, '[part~="share-status"]')) === 'Link copied', 'no confirmation');
      expect(written).to.deep.equal([url]);
      expect($(el, '[part~="share-status"]')!.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('clears "Link copied" after four seconds', async () => {
      restore = stubClipboard({ writeText: async () => undefined });
      const el = await renderPost(post);
      const clock = fakeClock({ timeoutsFrom: 1000 });
      try {
        $<HTMLButtonElement>(el, '[part~="copy-button"]')!.click();
        await waitUntil(() => text($(el, '[part~="share-status"]')) === 'Link copied', 'no confirmation');
        clock.tick(3999);
        await el.updateComplete;
        expect(text($(el, '[part~="share-status"]')), 'still shown').to.equal('Link copied');
        clock.tick(1);
        await el.updateComplete;
        expect(text($(el, '[part~="share-status"]'))).to.equal('');
      } finally {
        clock.restore();
      }
    });

    it('says so when the clipboard refuses', async () => {
      restore = stubClipboard({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
      const el = await renderPost(post);
      $<HTMLButtonElement>(el, '[part~="copy-button"]')!.click();
      await waitUntil(() => text($(el, '[part~="share-status"]')) === 'Could not copy the link', 'no failure note');
    });

    it('says so when the clipboard throws outright', async () => {
      restore = stubClipboard({
        writeText: () => {
          throw new TypeError('broken');
        },
      });
      const el = await renderPost(post);
      $<HTMLButtonElement>(el, '[part~="copy-button"]')!.click();
      await waitUntil(() => text($(el, '[part~="share-status"]')) === 'Could not copy the link', 'no failure note');
    });

    it('says so when there is no Clipboard API at all', async () => {
      restore = stubClipboard(undefined);
      const el = await renderPost(post, { lang: 'es' });
      $<HTMLButtonElement>(el, '[part~="copy-button"]')!.click();
      await waitUntil(() => text($(el, '[part~="share-status"]')) === 'No se pudo copiar el enlace', 'no failure note');
    });
  });
});

describe('<trade-post> trade-post-select', function () {
  // A shared two-core machine can make axe scans and first module loads slow.
  this.timeout(15_000);
  /** Clicks a link without letting an uncanceled click navigate the test page away. */
  function click(link: HTMLElement, init: MouseEventInit = {}): MouseEvent {
    const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0, ...init });
    const guard = (e: Event) => {
      e.preventDefault();
    };
    window.addEventListener('click', guard);
    try {
      link.dispatchEvent(event);
    } finally {
      window.removeEventListener('click', guard);
    }
    return event;
  }

  it('fires from the title link, bubbling and composed, with the post', async () => {
    const el = await renderPost(seedPost, { variant: 'card' });
    const selected = nextEvent(document, 'trade-post-select' as keyof DocumentEventMap);
    click($(el, '[part~="title"] a')!);
    const event = (await selected) as CustomEvent<{ post: { id: string } }>;
    expect(event.detail.post.id).to.equal(seedPost.id);
    expect(event.cancelable).to.equal(true);
    expect(event.composed).to.equal(true);
  });

  it('prevents navigation when a listener cancels it', async () => {
    const el = await renderPost(seedPost, { variant: 'compact' });
    el.addEventListener('trade-post-select', (e) => e.preventDefault());
    const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0 });
    $(el, '[part~="title"] a')!.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(true);
  });

  it('lets the link navigate when nobody cancels', async () => {
    const el = await renderPost(seedPost, { variant: 'compact' });
    let defaultPreventedAtSelect: boolean | undefined;
    el.addEventListener('trade-post-select', () => (defaultPreventedAtSelect = false));
    let prevented: boolean | undefined;
    const spy = (e: Event) => {
      prevented = e.defaultPrevented;
      e.preventDefault();
    };
    window.addEventListener('click', spy);
    $(el, '[part~="title"] a')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0 }),
    );
    window.removeEventListener('click', spy);
    expect(defaultPreventedAtSelect).to.equal(false);
    expect(prevented).to.equal(false);
  });

  it('fires from "Read more" too', async () => {
    const el = await renderPost(makePost({ contentHtml: undefined }));
    const ids: string[] = [];
    el.addEventListener('trade-post-select', (e) => {
      ids.push(e.detail.post.id);
      e.preventDefault();
    });
    const event = click($(el, '[part~="read-more"]')!);
    expect(ids).to.deep.equal([seedPost.id]);
    expect(event.defaultPrevented).to.equal(true);
  });

  it('stays out of the way of modified clicks that open tabs', async () => {
    const el = await renderPost(seedPost, { variant: 'compact' });
    const ids: string[] = [];
    el.addEventListener('trade-post-select', (e) => ids.push(e.detail.post.id));
    click($(el, '[part~="title"] a')!, { ctrlKey: true });
    click($(el, '[part~="title"] a')!, { metaKey: true });
    expect(ids).to.deep.equal([]);
  });
});
