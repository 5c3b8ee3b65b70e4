import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BrokerContactForm } from '../../../src/components/broker-contact-form/broker-contact-form.js';
import { fill, formTests, submit, valid } from './helpers.js';
import { drain, json, stubFetch } from '../../helpers/index.js';

/** What the form keeps in `sessionStorage`: the draft while typing, never more than needed. */
const drafts = () => Object.keys(sessionStorage).filter((key) => key.startsWith('trade-widgets:contact-draft:'));
const stored = () => sessionStorage.getItem(drafts()[0] ?? '') ?? '';

const make = () =>
  fixture<BrokerContactForm>(html`<broker-contact-form id="storage" action="/api/contact"></broker-contact-form>`);

describe('<broker-contact-form> draft storage', function () {
  formTests(this);

  it('removes the sessionStorage entry once every field is emptied', async () => {
    const el = await make();
    await fill(el, { name: 'Ada', message: 'Hello' });
    await waitUntil(() => drafts().length === 1, 'draft written', { timeout: 4000 });
    await fill(el, { name: '', message: '  ' });
    await waitUntil(() => drafts().length === 0, 'draft removed', { timeout: 4000 });
  });

  it('removes it too after a failed send, key and all, once every field is emptied', async () => {
    stubFetch(() => json({ error: 'busy' }, { status: 503 }));
    const el = await make();
    await fill(el, valid);
    await submit(el);
    await waitUntil(() => stored().includes('"idempotency"'), 'key kept for a retry', { timeout: 4000 });
    await fill(el, { name: '', email: '', message: '' });
    await waitUntil(() => drafts().length === 0, 'draft removed', { timeout: 4000 });
  });

  it('keeps a hash of the message for the retry, not a copy of what was typed', async () => {
    const requests = stubFetch(() => json({ error: 'busy' }, { status: 503 }));
    const el = await make();
    await fill(el, { ...valid, message: 'Confidential: our supplier in Milan ships 400 units' });
    await submit(el);
    await waitUntil(() => stored().includes('"idempotency"'), 'key kept for a retry', { timeout: 4000 });
    const { idempotency } = JSON.parse(stored()) as { idempotency: { fingerprint: string; key: string } };
    expect(idempotency.fingerprint).to.match(/^[0-9a-f]{16}$/);
    expect(idempotency.fingerprint).not.to.contain('Milan');

    // The same message again is a retry under the same key; a changed message gets a new one.
    await submit(el);
    await drain();
    await fill(el, { message: 'Confidential: our supplier in Milan ships 500 units' });
    await submit(el);
    await waitUntil(() => requests.length === 3, 'three attempts', { timeout: 4000 });
    const keys = requests.map((request) => request.headers.get('Idempotency-Key'));
    expect(keys[1]).to.equal(keys[0]);
    expect(keys[2]).not.to.equal(keys[0]);
  });
});
