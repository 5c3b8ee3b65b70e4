import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/broker-contact-form.js';
import type { BrokerContactForm } from '../../../src/components/broker-contact-form/broker-contact-form.js';
import { loadSend } from '../../../src/components/broker-contact-form/load-send.js';
import { $, drain, json, nextEvent, shadow } from '../../helpers/index.js';

/**
 * Gives a block of form tests room and a clean page: accessibility scans are slow on a shared, busy
 * machine (behaviour does not depend on this limit), each test starts without a stored draft, and
 * the real `fetch` comes back after it. Call as `formTests(this)` inside `describe(…, function () {…})`.
 */
export function formTests(suite: Mocha.Suite): void {
  suite.timeout(20_000);
  beforeEach(() => sessionStorage.clear());
}

/** The names of the form's controls, in order. */
export const controlNames = (el: BrokerContactForm, selector = '[part~="input"]'): string[] =>
  [...shadow(el).querySelectorAll<HTMLInputElement>(selector)].map((input) => input.name);

/** What a form endpoint answers when it accepts a message. */
export const ok = (body: unknown = { ok: true, id: 'msg-1' }): Response => json(body);

/** A form rendered from `template`, or with these attributes (and no content). */
export async function form(
  template: TemplateResult | Record<string, string> = html`<broker-contact-form
    action="/api/contact"
  ></broker-contact-form>`,
): Promise<BrokerContactForm> {
  if ('strings' in template) return fixture<BrokerContactForm>(template as TemplateResult);
  const el = document.createElement('broker-contact-form');
  for (const [name, value] of Object.entries(template)) el.setAttribute(name, value);
  return fixture<BrokerContactForm>(html`${el}`);
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
  await drain();
  await el.updateComplete;
}

/** Clicks send and waits for the event that ends the attempt (and the render that follows it). */
export async function send<T>(
  el: BrokerContactForm,
  outcome: 'broker-contact-success' | 'broker-contact-error',
): Promise<CustomEvent<T>> {
  setTimeout(() => submitButton(el).click());
  const event = (await nextEvent(el, outcome)) as CustomEvent<T>;
  await el.updateComplete;
  await el.updateComplete;
  return event;
}

export async function submit(el: BrokerContactForm): Promise<void> {
  submitButton(el).click();
  await settle(el);
}

/** JSON body of a recorded request. */
export async function bodyOf(request: Request): Promise<Record<string, unknown>> {
  return (await request.clone().json()) as Record<string, unknown>;
}
