import { expect } from '@open-wc/testing';
import { control, fill, form, ok, submit, valid } from './helpers.js';
import { $, nextEvent, stubFetch } from '../../helpers/index.js';

/** The markup a person (and a screen reader) gets in each state, compared structurally. */
describe('<broker-contact-form> markup of each state', () => {
  it('a field with a problem: invalid, described by its message', async () => {
    const el = await form();
    control(el, 'email').focus();
    await fill(el, { email: 'ada@' });
    control(el, 'email').blur();
    await el.updateComplete;
    expect($(el, '[part~="field-email"]')).dom.to.equal(
      `<div class="field" part="field field-email">
        <label for="field-email" part="label">Email<span class="mark" aria-hidden="true">*</span></label>
        <input id="field-email" name="email" part="input input-email" type="email" autocomplete="email"
          spellcheck="false" maxlength="254" required aria-invalid="true" aria-describedby="error-email">
        <p class="error" id="error-email" part="error">Enter an email address like name@example.com.</p>
      </div>`,
    );
  });

  it('sent: the success message in the status region, the form hidden, "Send another message" shown', async () => {
    stubFetch(() => ok());
    const el = await form();
    await fill(el, valid);
    const sent = nextEvent(el, 'broker-contact-success');
    await submit(el);
    await sent;
    await el.updateComplete;
    expect($(el, '[part~="status"]')).dom.to.equal(
      '<div class="box" part="status" role="status">Thanks for submitting!</div>',
    );
    expect($(el, 'form')!.hidden).to.equal(true);
    expect($(el, '[part~="send-another-button"]')).dom.to.equal(
      '<button class="secondary" part="send-another-button" type="button">Send another message</button>',
    );
  });
});
