import { expect, waitUntil } from '@open-wc/testing';
import type { BrokerContactErrorDetail } from '../../../src/components/broker-contact-form/broker-contact-form.js';
import { control, fill, form, ok, submit, valid } from './helpers.js';
import { nextEvent, stubFetch } from '../../helpers/index.js';

const sendModuleLoaded = (): boolean =>
  performance
    .getEntriesByType('resource')
    .some((entry) => /\/broker-contact-form\/send\.(ts|js)(\?|$)/.test(entry.name));

describe('<broker-contact-form> sending code', () => {
  it('is fetched only once a person starts on the form, and then sends as usual', async () => {
    const requests = stubFetch(() => ok());
    const el = await form();
    expect(sendModuleLoaded(), 'loaded before anyone touched the form').to.equal(false);

    control(el, 'name').focus();
    await waitUntil(sendModuleLoaded, 'focusing a field did not fetch the sending code');

    await fill(el, valid);
    const success = nextEvent(el, 'broker-contact-success');
    await submit(el);
    await success;
    expect(requests).to.have.length(1);
  });

  it('is fetched by a press of send on a form nobody focused, which then shows its problems', async () => {
    const el = await form();
    const failed = nextEvent(el, 'broker-contact-error');
    el.submit();
    const { detail } = (await failed) as CustomEvent<BrokerContactErrorDetail>;
    await el.updateComplete;
    expect(detail.error.kind).to.equal('validation');
    expect(control(el, 'name').getAttribute('aria-invalid')).to.equal('true');
  });
});
