import { expect, fixture, html } from '@open-wc/testing';
// A page that has not loaded the WordPress and Ghost readers (see cms-on-demand.test.ts).
import type { TradePost } from '../../src/components/trade-post/trade-post.js';
import '../../src/trade-post.js';
import { readersRequested } from './cms-readers.js';
import { fixtureText, nextEvent, shadow } from '../helpers/index.js';

describe('<trade-post> given a raw WordPress item before their reader is loaded', () => {
  it('shows the placeholder, then the post once the reader is there', async () => {
    const [item] = JSON.parse(await fixtureText('wordpress.json')) as Record<string, unknown>[];
    const el = document.createElement('trade-post') as TradePost;
    el.setAttribute('variant', 'card');
    el.post = item!;
    const loaded = nextEvent(el, 'trade-post-load');
    await fixture(html`${el}`);
    expect(shadow(el).querySelector('[part~="title"]')).to.equal(null);
    await loaded;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="title"]')!.textContent!.trim()).to.equal(
      'Section 301 Duty Exclusions Set to Expire on 12/31/23 – What Importers’ Should Do',
    );
    expect(readersRequested()).to.equal(true);
  });
});
