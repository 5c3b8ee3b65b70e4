import { aTimeout, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/broker-contact-form.js';
import type { BrokerContactForm } from '../../../src/components/broker-contact-form/broker-contact-form.js';
import { loadSend } from '../../../src/components/broker-contact-form/load-send.js';
import { $ } from '../../helpers/page.js';
import { json } from '../../helpers/responses.js';

/** What a form endpoint answers when it accepts a message. */
export const ok = (body: unknown = { ok: true, id: 'msg-1' }): Response => json(body);

export async function form(
  template: TemplateResult = html`<broker-contact-form action="/api/contact"></broker-contact-form>`,
) {
  return fixture<BrokerContactForm>(template);
}

export { $ };

export const control = (el: BrokerContactForm, name: string) =>
  $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, `#field-${name}`)!;

/** Types into a built-in control the way a person does: value, then an `input` event. */
export async function fill(el: BrokerContactForm, values: Record<string, string | boolean>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const input = control(el, name);
    if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
    else input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await settle(el);
}

export const valid = { name: 'Ada Lovelace', email: 'ada@example.com', message: 'We import machine parts from Italy.' };

export const submitButton = (el: BrokerContactForm) => $<HTMLButtonElement>(el, '[part~="submit-button"]')!;
export const alertText = (el: BrokerContactForm) => $(el, '[role="alert"]')!.textContent!.trim();
export const statusText = (el: BrokerContactForm) => $(el, '[role="status"]')!.textContent!.trim();
export const errorFor = (el: BrokerContactForm, name: string) => $(el, `#error-${name}`)?.textContent?.trim();

/**
 * Waits until the form has acted on what just happened: the code that checks and sends arrives
 * (fetched on the first focus or press, then at once), runs, and the form renders its result.
 */
export async function settle(el: BrokerContactForm): Promise<void> {
  await loadSend().catch(() => undefined);
  await aTimeout(0);
  await el.updateComplete;
}

export async function submit(el: BrokerContactForm): Promise<void> {
  submitButton(el).click();
  await settle(el);
}

/** JSON body of a recorded request. */
export async function bodyOf(request: Request): Promise<Record<string, unknown>> {
  return (await request.clone().json()) as Record<string, unknown>;
}
