import { expect, fixture, html } from '@open-wc/testing';
import type { BrokerContactForm } from '../../../src/components/broker-contact-form/broker-contact-form.js';
import { loadSend } from '../../../src/components/broker-contact-form/load-send.js';
import { control, fill, formTests, ok, send, statusText, submitButton, valid } from './helpers.js';
import { $, fakeClock, json, nextEvent, stubFetch, type FakeClock } from '../../helpers/index.js';

const drafts = () => Object.keys(sessionStorage).filter((key) => key.startsWith('trade-widgets:contact-draft:'));

const make = (id = 'contact') =>
  fixture<BrokerContactForm>(html`<broker-contact-form id=${id} action="/api/contact"></broker-contact-form>`);

describe('<broker-contact-form> draft', function () {
  formTests(this);
  // The sending code is fetched on first use; fetched here first, so typing is not held up by it
  // and the 300 ms pause before a draft is written is measured from the last keystroke.
  before(() => loadSend());
  // The pause before a draft is written (300 ms) and the one before a restored draft is announced
  // (100 ms) pass on a clock the tests move.
  let clock: FakeClock;
  beforeEach(() => (clock = fakeClock({ timeoutsFrom: 100 })));
  afterEach(() => clock.restore());

  it('saves what is typed after a short pause, without the honeypot', async () => {
    const el = await make();
    $<HTMLInputElement>(el, 'input[name="website"]')!.value = 'spam';
    await fill(el, { name: 'Ada', message: 'Hello' });
    clock.tick(299);
    expect(drafts(), 'debounced').to.have.length(0);
    clock.tick(1);
    expect(drafts(), 'draft written').to.have.length(1);
    const saved = JSON.parse(sessionStorage.getItem(drafts()[0]!)!) as { values: Record<string, string> };
    expect(saved.values).to.deep.equal({ name: 'Ada', message: 'Hello' });
    expect(JSON.stringify(saved)).not.to.contain('spam');
  });

  it('restores the draft in a new element after a reload and says so politely', async () => {
    const first = await make();
    await fill(first, { name: 'Ada', email: 'ada@example.com', message: 'Half a thought' });
    first.remove();

    const el = await make();
    expect(control(el, 'name').value).to.equal('Ada');
    expect(control(el, 'email').value).to.equal('ada@example.com');
    expect(control(el, 'message').value).to.equal('Half a thought');
    expect(statusText(el), 'not before the first render is on screen').to.equal('');
    clock.tick(100);
    await el.updateComplete;
    expect(statusText(el), 'draft announced').to.equal('We restored what you typed earlier.');
    expect($(el, '[role="status"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('writes a pending draft at once when the page is being left', async () => {
    const el = await make();
    await fill(el, { message: 'Typed just before reload' });
    window.dispatchEvent(new Event('pagehide'));
    expect(drafts()).to.have.length(1);
    expect(el.isConnected).to.be.true;
  });

  it('keeps separate drafts for two forms with different ids', async () => {
    const a = await make('sales');
    const b = await make('support');
    await fill(a, { name: 'From sales' });
    await fill(b, { name: 'From support' });
    a.remove();
    b.remove();
    expect(drafts()).to.have.length(2);
    const again = await make('support');
    expect(control(again, 'name').value).to.equal('From support');
  });

  it('clears the draft after a successful send', async () => {
    stubFetch(() => ok());
    const el = await make();
    await fill(el, valid);
    clock.tick(300);
    expect(drafts()).to.have.length(1);
    await send(el, 'broker-contact-success');
    clock.tick(300);
    expect(drafts()).to.have.length(0);
    el.remove();
    const next = await make();
    expect(control(next, 'name').value).to.equal('');
    clock.tick(100);
    await next.updateComplete;
    expect(statusText(next)).to.equal('');
  });

  it('retries under the same Idempotency-Key after a reload', async () => {
    let calls = 0;
    const requests = stubFetch(() => (++calls === 1 ? json({}, { status: 502 }) : ok()));
    const first = await make();
    await fill(first, valid);
    setTimeout(() => submitButton(first).click());
    await nextEvent(first, 'broker-contact-error');
    first.remove();

    const el = await make();
    expect(control(el, 'message').value).to.equal(valid.message);
    await send(el, 'broker-contact-success');
    expect(requests).to.have.length(2);
    expect(requests[1]!.headers.get('Idempotency-Key')).to.equal(requests[0]!.headers.get('Idempotency-Key'));
  });

  it('keeps working when storage refuses writes', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      stubFetch(() => ok());
      const el = await make();
      await fill(el, valid);
      window.dispatchEvent(new Event('pagehide'));
      clock.tick(300);
      await send(el, 'broker-contact-success');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('ignores a draft it cannot read', async () => {
    const first = await make();
    await fill(first, { name: 'Ada' });
    first.remove();
    const key = drafts()[0]!;
    sessionStorage.setItem(key, '{not json');
    const el = await make();
    expect(control(el, 'name').value).to.equal('');
    sessionStorage.setItem(key, JSON.stringify({ values: ['x'] }));
    el.remove();
    const again = await make();
    expect(control(again, 'name').value).to.equal('');
  });
});
