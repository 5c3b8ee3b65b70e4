import { expect, html } from '@open-wc/testing';
import { control, controlNames, form, formTests, submitButton } from './helpers.js';
import { $, shadow } from '../../helpers/index.js';

const labelOf = (el: HTMLElement, name: string) =>
  shadow(el).querySelector(`label[for="field-${name}"]`)!.textContent!.replace(/\s+/g, ' ').trim();

describe('<broker-contact-form> rendering', function () {
  formTests(this);

  it('shows the default fields in order with labels, types, autocomplete and length limits', async () => {
    const el = await form();
    const names = controlNames(el, '[part~="field"] [part~="input"]');
    expect(names).to.deep.equal(['name', 'email', 'phone', 'company', 'message']);

    const expected: Record<string, [string, string | null]> = {
      name: ['text', 'name'],
      email: ['email', 'email'],
      phone: ['tel', 'tel'],
      company: ['text', 'organization'],
    };
    for (const [name, [type, autocomplete]] of Object.entries(expected)) {
      const input = control(el, name) as HTMLInputElement;
      expect(input.localName, name).to.equal('input');
      expect(input.type, name).to.equal(type);
      expect(input.getAttribute('autocomplete'), name).to.equal(autocomplete);
      expect(input.maxLength, name).to.be.within(30, 300);
    }
    expect(control(el, 'message').localName).to.equal('textarea');
    expect((control(el, 'message') as HTMLTextAreaElement).maxLength).to.equal(5000);

    expect(labelOf(el, 'name')).to.equal('Name*');
    expect(labelOf(el, 'email')).to.equal('Email*');
    expect(labelOf(el, 'phone')).to.equal('Phone (optional)');
    expect(labelOf(el, 'company')).to.equal('Company (optional)');
    expect(labelOf(el, 'message')).to.equal('Message*');
    await expect(el).to.be.accessible();
  });

  it('marks required fields for assistive tech and keeps the visual mark out of their names', async () => {
    const el = await form();
    expect(control(el, 'name').required).to.be.true;
    expect(control(el, 'phone').required).to.be.false;
    expect($(el, 'label[for="field-name"] .mark')!.getAttribute('aria-hidden')).to.equal('true');
    expect($<HTMLFormElement>(el, 'form')!.noValidate).to.be.true;
  });

  it('shows the heading, submit label and a form named by the heading', async () => {
    const el = await form();
    const heading = $(el, '[part="heading"]')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent).to.equal('Need assistance from a licensed customs broker?');
    expect($(el, 'form')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(submitButton(el).textContent!.trim()).to.equal('Send');
  });

  it('takes heading and submit-label from attributes, and hides an empty heading', async () => {
    const el = await form(html`<broker-contact-form heading="Talk to us" submit-label="Ask"></broker-contact-form>`);
    expect($(el, '[part="heading"]')!.textContent).to.equal('Talk to us');
    expect(submitButton(el).textContent!.trim()).to.equal('Ask');
    el.heading = '';
    await el.updateComplete;
    expect($(el, '[part="heading"]')).to.equal(null);
    expect($(el, 'form')!.hasAttribute('aria-labelledby')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('shows only known fields from `fields`, in the given order, and requires only shown ones', async () => {
    const el = await form(
      html`<broker-contact-form fields="message bogus email message" required="email phone"></broker-contact-form>`,
    );
    expect(controlNames(el)).to.deep.equal(['message', 'email']);
    expect(control(el, 'email').required).to.be.true;
    expect(control(el, 'message').required).to.be.false;
    expect($(el, '#field-phone')).to.equal(null);
    expect(labelOf(el, 'message')).to.equal('Message (optional)');
  });

  it('adds a required Topic select before the message from a comma-separated `topics`', async () => {
    const el = await form(
      html`<broker-contact-form topics="Customs clearance, Import duties ,, Customs clearance"></broker-contact-form>`,
    );
    const select = control(el, 'topic') as HTMLSelectElement;
    expect(select.localName).to.equal('select');
    expect(select.required).to.be.true;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal([
      'Choose a topic',
      'Customs clearance',
      'Import duties',
    ]);
    expect(select.value).to.equal('');
    expect(labelOf(el, 'topic')).to.equal('Topic*');
    expect(controlNames(el)).to.deep.equal(['name', 'email', 'phone', 'company', 'topic', 'message']);
    await expect(el).to.be.accessible();
  });

  it('adds a required consent checkbox labelled with the `consent` text', async () => {
    const el = await form({ consent: 'I agree that you store my details to answer me.' });
    const box = control(el, 'consent') as HTMLInputElement;
    expect(box.type).to.equal('checkbox');
    expect(box.required).to.be.true;
    expect(box.labels![0]!.textContent!.trim()).to.equal('I agree that you store my details to answer me.*');
    expect(box.closest('[part~="consent"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('has a honeypot hidden from people, keyboard and assistive tech', async () => {
    const el = await form();
    const trap = $<HTMLInputElement>(el, 'input[name="website"]')!;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.getAttribute('autocomplete')).to.equal('off');
    const wrapper = trap.closest('[aria-hidden="true"]')!;
    expect(wrapper).to.exist;
    const box = wrapper.getBoundingClientRect();
    expect(box.width * box.height).to.be.at.most(1);
  });

  it('does not show light-DOM fallback content once defined, but does show the extra slot', async () => {
    const el = await form(
      html`<broker-contact-form>
        <p id="fallback">Write to us: <a href="mailto:help@example.com">help@example.com</a></p>
        <label slot="extra">Reference <input name="reference" /></label>
      </broker-contact-form>`,
    );
    const fallback = el.querySelector('#fallback')!;
    expect(fallback.assignedSlot).to.equal(null);
    expect(fallback.getClientRects().length).to.equal(0);
    const extra = el.querySelector('[slot="extra"]')!;
    expect(extra.assignedSlot).to.exist;
    expect(extra.getClientRects().length).to.be.greaterThan(0);
  });

  it('uses Spanish labels and button text with lang="es"', async () => {
    const el = await form(html`<broker-contact-form lang="es" topics="Aduanas"></broker-contact-form>`);
    expect(labelOf(el, 'name')).to.equal('Nombre*');
    expect(labelOf(el, 'email')).to.equal('Correo electrónico*');
    expect(labelOf(el, 'phone')).to.equal('Teléfono (opcional)');
    expect(labelOf(el, 'company')).to.equal('Empresa (opcional)');
    expect(labelOf(el, 'message')).to.equal('Mensaje*');
    expect(labelOf(el, 'topic')).to.equal('Tema*');
    expect(submitButton(el).textContent!.trim()).to.equal('Enviar');
    expect($(el, '[part="heading"]')!.textContent).to.equal('¿Necesita ayuda de un agente de aduanas autorizado?');
  });

  it('follows a change of its own lang attribute', async () => {
    const el = await form();
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(labelOf(el, 'name')).to.equal('Nom*');
    expect(submitButton(el).textContent!.trim()).to.equal('Envoyer');
  });

  it('reflects the theme attribute and stays accessible in the dark theme', async () => {
    const el = await form(html`<broker-contact-form theme="dark"></broker-contact-form>`);
    expect(el.getAttribute('theme')).to.equal('dark');
    await expect(el).to.be.accessible();
  });
  it('takes no room for the alert and status regions until they have something to say', async () => {
    const el = await form();
    for (const selector of ['[role="alert"]', '[role="status"]']) {
      const region = $(el, selector)!;
      expect(region.textContent!.trim(), selector).to.equal('');
      expect(region.getBoundingClientRect().height, selector).to.equal(0);
    }
  });
});
