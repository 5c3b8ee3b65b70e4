import { expect, html } from '@open-wc/testing';
import type { TradeNewsFeed } from '../../../src/components/trade-news-feed/trade-news-feed.js';
import { feedFixture, titles } from './helpers.js';
import {
  fakeClock,
  type FakeClock,
  feedUrl,
  item,
  json,
  jsonFeed,
  part,
  shadow,
  stubFetch,
} from '../../helpers/index.js';

const feed = jsonFeed([
  item(1, { title: 'Section 301 tariffs explained', summary: 'What importers pay.', tags: ['Tariffs', 'China'] }),
  item(2, { title: 'Drawback basics', summary: 'Get duties back on exports.', tags: ['Duty'] }),
  item(3, { title: 'Customs bonds', summary: 'Single entry or continuous?', tags: ['tariffs'] }),
  item(4, { title: 'ISF filing', summary: 'Ten plus two.', tags: ['Ocean'] }),
]);

/** The search waits for this pause in typing before it filters. */
const pause = 200;
let clock: FakeClock;

/** Types `text` into the search box, as one keystroke. */
function key(el: TradeNewsFeed, text: string): void {
  const input = part<HTMLInputElement>(el, 'search-input')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Types `text` and lets the pause after it pass. */
async function type(el: TradeNewsFeed, text: string): Promise<void> {
  key(el, text);
  clock.tick(pause);
  await el.updateComplete;
}

describe('<trade-news-feed> filtering', () => {
  beforeEach(() => (clock = fakeClock({ timeoutsFrom: 100 })));
  afterEach(() => clock.restore());
  it('shows only posts carrying `tag`, case-insensitively, and re-filters without a request', async () => {
    const src = feedUrl();
    const calls = stubFetch(() => json(feed));
    const el = await feedFixture(html`<trade-news-feed src=${src} tag="TARIFFS"></trade-news-feed>`);
    expect(titles(el)).to.deep.equal(['Section 301 tariffs explained', 'Customs bonds']);

    el.tag = 'duty';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Drawback basics']);

    el.tag = 'duty, ocean';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Drawback basics', 'ISF filing']);

    el.tag = 'nothing-here';
    await el.updateComplete;
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('No posts yet');

    el.tag = '';
    await el.updateComplete;
    expect(titles(el)).to.have.length(3);
    expect(calls).to.have.length(1);
  });

  it('offers a labelled search box that filters by title, summary and tags as you type, announcing the count', async function () {
    this.timeout(15000);
    const src = feedUrl();
    const calls = stubFetch(() => json(feed));
    const el = await feedFixture(html`<trade-news-feed src=${src} searchable limit="10"></trade-news-feed>`);
    const input = part<HTMLInputElement>(el, 'search-input')!;
    expect(input.type).to.equal('search');
    const label = shadow(el).querySelector(`label[for="${input.id}"]`)!;
    expect(label.textContent!.trim()).to.equal('Search posts');
    expect(input.placeholder).to.equal('Search…');
    expect(part(el, 'search')!.getAttribute('role')).to.equal('search');
    await expect(el).to.be.accessible();

    await type(el, 'drawback');
    expect(titles(el)).to.deep.equal(['Drawback basics']);
    const status = part(el, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent!.trim()).to.equal('1 post');

    await type(el, 'EXPORTS');
    expect(titles(el)).to.deep.equal(['Drawback basics']);

    await type(el, 'tariffs');
    expect(titles(el)).to.deep.equal(['Section 301 tariffs explained', 'Customs bonds']);
    expect(status.textContent!.trim()).to.equal('2 posts');

    await type(el, 'zebra crossing');
    expect(titles(el)).to.deep.equal([]);
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('No posts match your search');
    expect(status.textContent!.trim()).to.equal('0 posts');
    await expect(el).to.be.accessible();

    await type(el, '');
    expect(titles(el)).to.have.length(4);
    expect(status.textContent!.trim()).to.equal('');
    expect(calls).to.have.length(1);
  });

  it('waits for a pause in typing before filtering', async () => {
    const src = feedUrl();
    stubFetch(() => json(feed));
    const el = await feedFixture(html`<trade-news-feed src=${src} searchable></trade-news-feed>`);
    key(el, 'i');
    clock.tick(pause - 50);
    await el.updateComplete;
    expect(titles(el), 'while typing').to.have.length(3);
    // Each keystroke starts the pause again.
    key(el, 'isf');
    clock.tick(pause - 1);
    await el.updateComplete;
    expect(titles(el), 'before the pause is over').to.have.length(3);
    clock.tick(1);
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['ISF filing']);
  });

  it('combines tag and search, and searches in Spanish with lang="es"', async () => {
    const src = feedUrl();
    stubFetch(() => json(feed));
    const el = await feedFixture(
      html`<trade-news-feed src=${src} tag="tariffs" searchable lang="es"></trade-news-feed>`,
    );
    const label = shadow(el).querySelector('label')!;
    expect(label.textContent!.trim()).to.equal('Buscar publicaciones');
    await type(el, 'bonds');
    expect(titles(el)).to.deep.equal(['Customs bonds']);
    expect(part(el, 'status')!.textContent!.trim()).to.equal('1 publicación');
    await type(el, 'drawback');
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('Ninguna publicación coincide con tu búsqueda');
    expect(part(el, 'status')!.textContent!.trim()).to.equal('0 publicaciones');
  });

  it('removes the search box, and its filter, when searchable is turned off', async () => {
    const src = feedUrl();
    stubFetch(() => json(feed));
    const el = await feedFixture(html`<trade-news-feed src=${src} searchable></trade-news-feed>`);
    await type(el, 'isf');
    expect(titles(el)).to.have.length(1);
    el.searchable = false;
    await el.updateComplete;
    expect(part(el, 'search')).to.equal(null);
    expect(titles(el)).to.have.length(3);
  });
});
