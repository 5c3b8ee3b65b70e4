import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bodyOf, control, errorFor, fill, form, formTests, ok, statusText, valid } from './helpers.js';
import { $, focused, json, nextEvent, stubFetch, typeText } from '../../helpers/index.js';

/** Presses Tab and checks that the focus moved to `target`. */
async function tabTo(el: HTMLElement, target: Element | null, message?: string): Promise<void> {
  await sendKeys({ press: 'Tab' });
  expect(focused(el), message).to.equal(target);
}

describe('<broker-contact-form> keyboard-only use', function () {
  formTests(this);

  it('can be filled in, corrected and sent with Tab, typing and Enter alone', async () => {
    const requests = stubFetch(() => ok());
    const el = await form(
      html`<broker-contact-form action="/api/contact" topics="Clearance, Duties"></broker-contact-form>`,
    );
    const before = document.createElement('button');
    before.textContent = 'Before';
    el.before(before);
    before.focus();

    await tabTo(el, control(el, 'name'));
    await typeText('Ada Lovelace');
    await tabTo(el, control(el, 'email'));
    await typeText('ada@');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;

    // Enter in a field submits; the incomplete email is reported and receives focus.
    expect(requests).to.have.length(0);
    expect(errorFor(el, 'email')).to.equal('Enter an email address like name@example.com.');
    expect(focused(el)).to.equal(control(el, 'email'));
    await typeText('example.com');
    await el.updateComplete;
    expect(errorFor(el, 'email')).to.equal(undefined);

    await tabTo(el, control(el, 'phone'));
    await tabTo(el, control(el, 'company'));
    await tabTo(el, control(el, 'topic'));
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(el, control(el, 'message'));
    await typeText('Need help with a shipment.');
    await tabTo(el, $(el, '[part~="submit-button"]'), 'the honeypot is skipped');

    const success = nextEvent(el, 'broker-contact-success');
    await sendKeys({ press: 'Enter' });
    await success;
    await el.updateComplete;
    expect(requests).to.have.length(1);
    const body = await bodyOf(requests[0]!);
    expect(body).to.include({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      topic: 'Clearance',
      message: 'Need help with a shipment.',
    });
    expect(statusText(el)).to.equal('Thanks for submitting!');
    expect(focused(el)).to.equal($(el, '[part="send-another-button"]'));

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el) === control(el, 'name'), 'focus returns to the first field', {
      timeout: 4000,
    });
    expect(control(el, 'name').value).to.equal('');
    before.remove();
  });

  it('checks the consent box with Space', async () => {
    const el = await form(
      html`<broker-contact-form action="/api/contact" fields="email" consent="I agree."></broker-contact-form>`,
    );
    control(el, 'consent').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect((control(el, 'consent') as HTMLInputElement).checked).to.be.true;
  });
  it('keeps focus on the send button after a failure, so Enter retries', async () => {
    let calls = 0;
    const requests = stubFetch(() => (++calls === 1 ? json({}, { status: 500 }) : ok()));
    const el = await form();
    await fill(el, valid);
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.focus();
    const failed = nextEvent(el, 'broker-contact-error');
    await sendKeys({ press: 'Enter' });
    await failed;
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)).to.equal($(el, '[part~="submit-button"]'));
    const success = nextEvent(el, 'broker-contact-success');
    await sendKeys({ press: 'Enter' });
    await success;
    expect(requests).to.have.length(2);
  });
});
