import { expect } from '@open-wc/testing';
import type { BrokerContactErrorDetail } from '../../../src/components/broker-contact-form/broker-contact-form.js';
import { alertText, control, errorFor, fill, form, ok, submit, submitButton, valid } from './helpers.js';
import { focused, makeUnreachable, nextEvent, stubFetch } from '../../helpers/index.js';

// The form's sending module fails, as if the connection dropped between showing the form and
// sending it (even if the module is cached).
let registration: ServiceWorkerRegistration;

describe('<broker-contact-form> when its sending code cannot be fetched', () => {
  before(async () => {
    registration = await makeUnreachable('/broker-contact-form/send.ts');
  });
  after(async () => {
    await registration.unregister();
  });

  it('reports a network error in the alert and an event, sends nothing and keeps every value', async () => {
    const requests = stubFetch(() => ok());
    const el = await form();
    await fill(el, valid);
    const failed = nextEvent(el, 'broker-contact-error');
    await submit(el);
    const { detail } = (await failed) as CustomEvent<BrokerContactErrorDetail>;
    await el.updateComplete;

    expect(detail.error.kind).to.equal('network');
    expect(detail.data).to.include(valid);
    expect(requests).to.have.length(0);
    expect(alertText(el)).to.equal('We couldn’t reach the server. Your message is still here; please try again.');
    expect(control(el, 'message').value).to.equal(valid.message);
    expect(submitButton(el).disabled).to.equal(false);
  });

  it('still checks a field when the person leaves it', async () => {
    const el = await form();
    const email = control(el, 'email');
    email.focus();
    await fill(el, { email: 'ada@' });
    email.blur();
    await el.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(errorFor(el, 'email')).to.equal('Enter an email address like name@example.com.');
  });

  it('shows the problems and focuses the first field when send is pressed on an incomplete form', async () => {
    const el = await form();
    await fill(el, { name: 'Ada', email: 'ada@' });
    const failed = nextEvent(el, 'broker-contact-error');
    await submit(el);
    const { detail } = (await failed) as CustomEvent<BrokerContactErrorDetail>;

    expect(detail.error.kind).to.equal('validation');
    expect(detail.data).to.include({ name: 'Ada', email: 'ada@' });
    expect(errorFor(el, 'email')).to.equal('Enter an email address like name@example.com.');
    expect(focused(el)).to.equal(control(el, 'email'));
  });
});
