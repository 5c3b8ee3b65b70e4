import { expect, html } from '@open-wc/testing';
import type { BrokerContactErrorDetail } from '../../../src/components/broker-contact-form/broker-contact-form.js';
import { bodyOf, control, errorFor, fill, form, formTests, ok, send, settle, submit, valid } from './helpers.js';
import { $, focused, stubFetch } from '../../helpers/index.js';

const blur = async (el: HTMLElement & { updateComplete: Promise<boolean> }, name: string) => {
  control(el as never, name).dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await settle(el as never);
};

describe('<broker-contact-form> validation', function () {
  formTests(this);

  it('shows a message next to each missing field, sends nothing and focuses the first one', async () => {
    const requests = stubFetch(() => ok());
    const el = await form();
    const { detail } = await send<BrokerContactErrorDetail>(el, 'broker-contact-error');

    expect(requests).to.have.length(0);
    expect(errorFor(el, 'name')).to.equal('Please fill in Name.');
    expect(errorFor(el, 'email')).to.equal('Please fill in Email.');
    expect(errorFor(el, 'message')).to.equal('Please fill in Message.');
    expect(errorFor(el, 'phone')).to.equal(undefined);
    for (const name of ['name', 'email', 'message']) {
      expect(control(el, name).getAttribute('aria-invalid'), name).to.equal('true');
      expect(control(el, name).getAttribute('aria-describedby'), name).to.equal(`error-${name}`);
    }
    expect(control(el, 'phone').hasAttribute('aria-invalid')).to.be.false;
    expect(focused(el)).to.equal(control(el, 'name'));

    expect(detail.error.kind).to.equal('validation');
    expect(detail.error.message).to.equal('Please correct 3 fields.');
    expect(detail.error.fieldErrors).to.deep.equal({
      name: 'Please fill in Name.',
      email: 'Please fill in Email.',
      message: 'Please fill in Message.',
    });
    await expect(el).to.be.accessible();
  });

  it('focuses the first invalid field in form order, not the first field', async () => {
    const el = await form();
    await fill(el, { name: 'Ada', email: 'not-an-email' });
    await submit(el);
    await el.updateComplete;
    expect(errorFor(el, 'email')).to.equal('Enter an email address like name@example.com.');
    expect(focused(el)).to.equal(control(el, 'email'));
  });

  it('checks email and phone formats and treats blanks as empty', async () => {
    const el = await form();
    await fill(el, { name: '   ', email: 'ada@example', phone: 'call me', message: 'Hi' });
    await submit(el);
    expect(errorFor(el, 'name')).to.equal('Please fill in Name.');
    expect(errorFor(el, 'email')).to.equal('Enter an email address like name@example.com.');
    expect(errorFor(el, 'phone')).to.equal('Enter a phone number using digits, spaces and + ( ) - only.');
    await fill(el, { phone: '+1 (555) 010-9999' });
    await submit(el);
    expect(errorFor(el, 'phone')).to.equal(undefined);
  });

  it('rejects text longer than the limit even when it arrives without typing', async () => {
    const el = await form();
    const input = control(el, 'name') as HTMLInputElement;
    input.removeAttribute('maxlength');
    await fill(el, { ...valid, name: 'x'.repeat(201) });
    await submit(el);
    expect(errorFor(el, 'name')).to.equal('Use at most 200 characters.');
  });

  it('updates messages as the person corrects a field after a submit attempt', async () => {
    const el = await form();
    await submit(el);
    await fill(el, { email: 'ada' });
    expect(errorFor(el, 'email')).to.equal('Enter an email address like name@example.com.');
    await fill(el, { email: 'ada@example.com' });
    expect(errorFor(el, 'email')).to.equal(undefined);
    expect(control(el, 'email').hasAttribute('aria-invalid')).to.be.false;
    expect(control(el, 'email').hasAttribute('aria-describedby')).to.be.false;
    await fill(el, { name: 'Ada' });
    expect(errorFor(el, 'name')).to.equal(undefined);
    expect(errorFor(el, 'message')).to.equal('Please fill in Message.');
    await expect(el).to.be.accessible();
  });

  it('before any submit, checks a filled field when the person leaves it, and not an untouched one', async () => {
    const el = await form();
    await blur(el, 'name');
    expect(errorFor(el, 'name')).to.equal(undefined);
    await fill(el, { email: 'ada@' });
    expect(errorFor(el, 'email'), 'not while typing').to.equal(undefined);
    await blur(el, 'email');
    expect(errorFor(el, 'email')).to.equal('Enter an email address like name@example.com.');
    await fill(el, { email: 'ada@example.com' });
    expect(errorFor(el, 'email')).to.equal(undefined);
  });

  it('requires a topic and consent when they are shown, and sends them', async () => {
    const requests = stubFetch(() => ok());
    const el = await form({ action: '/api/contact', topics: 'Clearance, Duties', consent: 'I agree.' });
    await fill(el, valid);
    await submit(el);
    expect(requests).to.have.length(0);
    expect(errorFor(el, 'topic')).to.equal('Please choose a Topic.');
    expect(errorFor(el, 'consent')).to.equal('Please confirm to continue.');
    await el.updateComplete;
    expect(focused(el)).to.equal(control(el, 'topic'));
    await expect(el).to.be.accessible();

    await fill(el, { topic: 'Duties', consent: true });
    expect(errorFor(el, 'topic')).to.equal(undefined);
    expect(errorFor(el, 'consent')).to.equal(undefined);
    await send(el, 'broker-contact-success');
    const body = await bodyOf(requests[0]!);
    expect(body['topic']).to.equal('Duties');
    expect(body['consent']).to.equal(true);
  });

  it('validates extra slotted controls natively and sends them with hidden CAPTCHA tokens', async () => {
    const requests = stubFetch(() => ok());
    const el = await form(
      html`<broker-contact-form action="/api/contact">
        <label slot="extra">Reference <input name="reference" required /></label>
        <div slot="extra" class="cf-turnstile">
          <input type="hidden" name="cf-turnstile-response" value="token-123" />
          <textarea name="g-recaptcha-response" hidden>recaptcha-token</textarea>
        </div>
        <input slot="extra" type="checkbox" name="newsletter" value="yes" aria-label="Newsletter" />
      </broker-contact-form>`,
    );
    const reference = el.querySelector<HTMLInputElement>('input[name="reference"]')!;
    await fill(el, valid);
    await submit(el);
    expect(requests).to.have.length(0);
    expect(reference.getAttribute('aria-invalid')).to.equal('true');
    expect(document.activeElement).to.equal(reference);

    reference.value = 'PO-77';
    reference.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(reference.getAttribute('aria-invalid')).to.equal('false');
    await send(el, 'broker-contact-success');
    const body = await bodyOf(requests[0]!);
    expect(body['reference']).to.equal('PO-77');
    expect(body['cf-turnstile-response']).to.equal('token-123');
    expect(body['g-recaptcha-response']).to.equal('recaptcha-token');
    expect(body).not.to.have.property('newsletter');
  });

  it('shows Spanish validation messages with lang="es"', async () => {
    const el = await form(html`<broker-contact-form lang="es"></broker-contact-form>`);
    await fill(el, { email: 'x' });
    await submit(el);
    expect(errorFor(el, 'name')).to.equal('Complete el campo Nombre.');
    expect(errorFor(el, 'email')).to.equal('Escriba un correo como nombre@ejemplo.com.');
  });

  it('re-translates shown messages when the language changes', async () => {
    const el = await form();
    await submit(el);
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(errorFor(el, 'name')).to.equal('Veuillez renseigner le champ Nom.');
    expect($(el, '#error-message')).to.exist;
  });
});
