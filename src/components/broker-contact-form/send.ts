import { formFeedbackStrings } from '../../shared/i18n/en/form-feedback.js';
import type { BrokerContactForm } from './broker-contact-form.js';
import type { ControlName } from './fields.js';
import type { ContactData, Encoding, ExtraControl, Outcome, SendFailure, SendResult } from './submission.js';
import { validateAll, validateControl, type Problem } from './validation.js';

/**
 * What `<broker-contact-form>` needs only once a person works with it: checking what they typed,
 * collecting and sending the message, and the English words for both. The form fetches this module
 * when someone first focuses it (or presses send), so a page that only shows the form loads less.
 */
export { formFeedbackStrings };

const extraSelector = 'input, select, textarea';

/**
 * Whether a slotted extra control would be refused, as the browser checks it. A send attempt flags
 * it with `aria-invalid`; once flagged, the flag follows its validity as it changes.
 */
export function checkExtra(control: ExtraControl, flag?: boolean): boolean {
  const invalid = control.willValidate && !control.checkValidity();
  if ((flag && invalid) || control.hasAttribute('aria-invalid')) control.setAttribute('aria-invalid', `${invalid}`);
  return invalid;
}

/** The light-DOM controls of the `extra` slot, in document order. */
const extraControls = (form: BrokerContactForm): ExtraControl[] =>
  (form.renderRoot.querySelector('slot')?.assignedElements({ flatten: true }) ?? []).flatMap((element) => [
    ...(element.matches(extraSelector) ? [element as ExtraControl] : []),
    ...element.querySelectorAll<ExtraControl>(extraSelector),
  ]);

/**
 * What is sent, and the fingerprint that tells a retry from a new message. Extra controls are sent
 * as a browser would submit them; a name used by several (a checkbox group, say) becomes a list,
 * and none may replace a built-in field.
 */
function collect(form: BrokerContactForm, extras: ExtraControl[]): [ContactData, string] {
  const { _meta, ...fields } = form.ownData();

  // Controls nobody can see (CAPTCHA tokens: Turnstile's hidden input, reCAPTCHA's hidden textarea)
  // change on every attempt, so they do not make a retry a new message.
  const visible = { ...fields };
  const own = new Set([...Object.keys(fields), '_meta', 'website']);
  for (const control of extras) {
    const { name, type } = control;
    if (!name || control.disabled || own.has(name) || /^(file|submit|button)$/.test(type)) continue;
    if (/^(checkbox|radio)$/.test(type) && !(control as HTMLInputElement).checked) continue;
    const value =
      type === 'select-multiple'
        ? [...(control as HTMLSelectElement).selectedOptions].map((option) => option.value)
        : control.value;
    for (const target of type === 'hidden' || !control.getClientRects().length ? [fields] : [fields, visible]) {
      target[name] = Object.hasOwn(target, name) ? ([target[name], value].flat() as string[]) : value;
    }
  }
  return [{ ...fields, _meta }, JSON.stringify(visible)];
}

/**
 * Flattens the payload for `application/x-www-form-urlencoded` the way PHP, Rails and Express
 * (`qs`) read nested keys back: `_meta[page]`, `_meta[utm][utm_source]`; `true` becomes `"true"`
 * and a repeated name becomes a repeated key.
 */
export function toFormBody(data: ContactData): URLSearchParams {
  const params = new URLSearchParams();
  const add = (key: string, value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) add(key, item);
    else if (value && typeof value === 'object') {
      for (const [child, inner] of Object.entries(value)) add(key ? `${key}[${child}]` : child, inner);
    } else if (value !== undefined) params.append(key, String(value));
  };
  add('', data);
  return params;
}

/** Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date), at least 1. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim() ?? '';
  const seconds = /^\d+$/.test(value) ? +value : Math.ceil((Date.parse(value) - now) / 1000);
  return Number.isNaN(seconds) ? undefined : Math.max(1, seconds);
}

const offline = (): boolean => navigator.onLine === false;

/**
 * POSTs one message and classifies the outcome; never rejects. A browser that knows it is offline
 * is not asked to try. The `timeout` (ms) covers reading the body too, but once a 2xx status has
 * arrived the message counts as delivered even if its body never does.
 */
export async function sendContact(
  url: URL,
  encoding: Encoding,
  data: ContactData,
  idempotencyKey: string,
  timeout: number,
): Promise<SendResult> {
  if (offline()) return { kind: 'offline' };
  const signal = AbortSignal.timeout(timeout);
  const form = encoding === 'form';
  let response: Response | undefined;
  let body: unknown = null;
  try {
    response = await fetch(url, {
      method: 'POST',
      // A URLSearchParams body brings its own url-encoded Content-Type.
      headers: {
        Accept: 'application/json',
        'Idempotency-Key': idempotencyKey,
        ...(form ? {} : { 'Content-Type': 'application/json' }),
      },
      body: form ? toFormBody(data) : JSON.stringify(data),
      signal,
      credentials: 'same-origin',
    });
    body = JSON.parse(await response.text());
  } catch (error) {
    // A body that is not JSON is no body, and one that never arrives only matters when it had to
    // explain a failure.
    if (!response?.ok && !(error instanceof SyntaxError)) {
      return { kind: signal.aborted ? 'timeout' : offline() ? 'offline' : 'network' };
    }
  }
  const { ok, status, headers } = response!;
  if (ok) return { ok, status, body };

  const failure: SendFailure = { kind: 'http', status };
  if (status === 429) {
    const retryAfter = parseRetryAfter(headers.get('Retry-After'));
    if (retryAfter) failure.retryAfter = retryAfter;
  } else if (status >= 400 && status < 500) {
    const list = (body as { errors?: unknown } | null)?.errors;
    const errors = [];
    for (const item of Array.isArray(list) ? list : []) {
      const { field, message } = (item ?? {}) as { field?: unknown; message?: unknown };
      if (typeof message === 'string' && message.trim())
        errors.push({ field: typeof field === 'string' ? field : '', message });
    }
    if (errors.length) failure.errors = errors;
  }
  return failure;
}

/** The alert and error for a 429 that asked to wait `seconds`. */
export const rateLimited = (seconds: number): Outcome => [
  ['form.error.rateLimited', { seconds, count: seconds }],
  { kind: 'http', status: 429, retryAfter: seconds },
];

/**
 * Puts a failed send into words: the alert, and the event's error. A server's messages for fields
 * the form shows go onto those fields (in `problems`) unless the field already has one; the rest
 * are read out in the alert.
 */
export function describe(
  { errors, ...failure }: SendFailure,
  order: readonly ControlName[],
  problems: Map<ControlName, Problem | string>,
): Outcome {
  const { kind, status, retryAfter } = failure;
  if (kind !== 'http') return [[`form.error.${kind}`], failure];
  if (status === 429) return retryAfter ? rateLimited(retryAfter) : [['form.error.rateLimitedLater'], failure];
  if (!errors) return [['form.error.http', { status: status! }], failure];
  const fieldErrors: Record<string, string> = {};
  const lines: string[] = [];
  for (const { field, message } of errors) {
    if (field) fieldErrors[field] = message;
    if (!order.includes(field as ControlName)) lines.push(message);
    else if (!problems.has(field as ControlName)) problems.set(field as ControlName, message);
  }
  return [[problems.size ? 'form.error.rejected' : undefined, undefined, lines], { ...failure, fieldErrors }];
}

/** Checks one control again after an edit; a server's message stays until the field is edited. */
export function recheck(form: BrokerContactForm, name: ControlName): void {
  const problem = validateControl(name, form.values, form.rules);
  if (problem) form.problems.set(name, problem);
  else if (typeof form.problems.get(name) === 'object') form.problems.delete(name);
  form.requestUpdate();
}

/**
 * What pressing send does: check every control, then (unless a listener cancels the submit event)
 * POST the message under its idempotency key, and show and report the outcome.
 */
export async function send(form: BrokerContactForm): Promise<void> {
  const { rules } = form;
  const $ = <T extends HTMLElement>(selector: string) => form.renderRoot.querySelector<T>(selector);
  form.attempted = true;
  form.notice = undefined;
  form.phase = 'editing';
  // A bot filled the trap: it sees the usual success, and nothing is sent or reported.
  if ($<HTMLInputElement>('#field-website')?.value) return form.markSent();

  const problems = (form.problems = validateAll(rules.order, form.values, rules));
  const extras = extraControls(form);
  const bad = extras.filter((control) => checkExtra(control, true));
  const [data, fingerprint] = collect(form, extras);

  if (problems.size || bad.length) {
    const fieldErrors: Record<string, string> = {};
    for (const name of problems.keys()) fieldErrors[name] = form.message(name)!;
    for (const control of bad) if (control.name) fieldErrors[control.name] = control.validationMessage;
    const count = problems.size + bad.length;
    form.fail(data, { kind: 'validation', message: form.text('form.invalid.summary', { count }), fieldErrors });
    const [first] = problems.keys();
    return first ? form.focusOn(`#field-${first}`) : void bad[0]!.reportValidity();
  }

  const wait = Math.ceil((form.retryAt - Date.now()) / 1000);
  if (wait > 0) {
    const [notice, error] = rateLimited(wait);
    form.notice = notice;
    return form.fail(data, error);
  }

  if (!form.tell('broker-contact-submit', { data }, true)) return;

  const url = form.endpoint();
  if (!url) {
    form.notice = ['form.error.config'];
    return form.fail(data, { kind: 'config' });
  }

  const key = form.keys.keyFor(fingerprint);
  form.phase = 'sending';
  // A reload while the request is in flight must still retry under the same key.
  form.saveDraft(true);
  const { timeout } = form;
  const result = await sendContact(
    url,
    form.encoding,
    data,
    key,
    Number.isFinite(timeout) && timeout > 0 ? timeout : 15000,
  );
  if (result.ok) {
    form.markSent();
    form.tell('broker-contact-success', {
      data,
      response: result.body,
      status: result.status,
    });
    return form.focusOn('[part="send-another-button"]');
  }

  const [notice, error] = describe(result, rules.order, form.problems);
  form.phase = 'editing';
  form.notice = notice;
  if (error.retryAfter) form.retryAt = Date.now() + error.retryAfter * 1000;
  form.fail(data, error);
  await form.updateComplete;
  const first = rules.order.find((name) => form.problems.has(name));
  if (first) $(`#field-${first}`)?.focus();
  else if (!form.shadowRoot?.activeElement) $('[part~="submit-button"]')?.focus();
}
