import { formFeedbackStrings } from '../../shared/i18n/en/form-feedback.js';
import type { ControlName } from './fields.js';
import type {
  ContactData,
  ContactValue,
  Encoding,
  FailureReport,
  IdempotencyState,
  SendFailure,
  SendResult,
} from './submission.js';
import type { ExtraControl } from './validation.js';
import { hashText } from '../../shared/hash.js';

/**
 * What `<broker-contact-form>` needs only once a person presses send: turning the values into a
 * message, sending it, and putting a failure into words (with the English words for the
 * endpoint's answers). Each is a function from values to a result; the form's
 * `SubmissionController` holds the state and fetches this module when someone first focuses the
 * form (or presses send), so a page that only shows the form loads less.
 */
export { formFeedbackStrings };

/** A message ready to send, and the fingerprint that tells a retry of it from a new message. */
export interface CollectedMessage {
  data: ContactData;
  fingerprint: string;
}

/**
 * The message: the built-in fields (with `_meta`) plus the extra controls, sent as a browser would
 * submit them; a name used by several (a checkbox group, say) becomes a list, and none may replace a
 * built-in field.
 */
export function collect(own: ContactData, extras: readonly ExtraControl[]): CollectedMessage {
  const { _meta, ...fields } = own;
  // Controls nobody can see (CAPTCHA tokens: Turnstile's hidden input, reCAPTCHA's hidden textarea)
  // change on every attempt, so they do not make a retry a new message.
  const visible: Record<string, ContactValue> = { ...fields } as Record<string, ContactValue>;
  const all: Record<string, ContactValue> = { ...fields } as Record<string, ContactValue>;
  const taken = new Set([...Object.keys(fields), '_meta', 'website']);
  for (const control of extras) {
    const { name, type } = control;
    if (!name || control.disabled || taken.has(name) || /^(file|submit|button)$/.test(type)) continue;
    if (/^(checkbox|radio)$/.test(type) && !(control as HTMLInputElement).checked) continue;
    const value =
      type === 'select-multiple'
        ? [...(control as HTMLSelectElement).selectedOptions].map((option) => option.value)
        : control.value;
    for (const target of type === 'hidden' || !control.getClientRects().length ? [all] : [all, visible]) {
      target[name] = Object.hasOwn(target, name) ? ([target[name], value].flat() as string[]) : value;
    }
  }
  // Only a hash is kept (in the draft, in `sessionStorage`), never a copy of what was typed.
  return { data: { ...all, _meta }, fingerprint: hashText(JSON.stringify(visible)) };
}

/**
 * A random UUID. `crypto.randomUUID` exists only on https pages, and partner pages may be plain
 * http: there each digit of the version-4 template is drawn from `getRandomValues`, the variant
 * digit keeping its top bits.
 */
export const newIdempotencyKey = (): string =>
  crypto.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
    (+digit ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+digit / 4)))).toString(16),
  );

/**
 * One key per message: the key in use (`state`) when the fingerprint is unchanged (a retry of the
 * same message), so the server can drop the duplicate if the first attempt did arrive; a fresh key
 * for a changed message, or for the first attempt.
 */
export const idempotencyFor = (state: IdempotencyState | undefined, fingerprint: string): IdempotencyState =>
  state?.fingerprint === fingerprint ? state : { fingerprint, key: newIdempotencyKey() };

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

/** The body and content headers for `encoding`. A URLSearchParams body brings its own Content-Type. */
export function encode(data: ContactData, encoding: Encoding): { body: BodyInit; headers: Record<string, string> } {
  return encoding === 'form'
    ? { body: toFormBody(data), headers: {} }
    : { body: JSON.stringify(data), headers: { 'Content-Type': 'application/json' } };
}

/** Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date), at least 1. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim() ?? '';
  const seconds = /^\d+$/.test(value) ? +value : Math.ceil((Date.parse(value) - now) / 1000);
  return Number.isNaN(seconds) ? undefined : Math.max(1, seconds);
}

const offline = (): boolean => navigator.onLine === false;

/** One message on its way: where, how, what, under which idempotency key, and for how long (ms). */
export interface ContactRequest {
  url: URL;
  encoding: Encoding;
  data: ContactData;
  idempotencyKey: string;
  timeout: number;
}

/**
 * POSTs one message and classifies the result; never rejects. A browser that knows it is offline
 * is not asked to try. The `timeout` covers reading the body too, but once a 2xx status has
 * arrived the message counts as delivered even if its body never does.
 */
export async function sendContact({
  url,
  encoding,
  data,
  idempotencyKey,
  timeout,
}: ContactRequest): Promise<SendResult> {
  if (offline()) return { kind: 'offline' };
  const signal = AbortSignal.timeout(timeout);
  const { body: payload, headers } = encode(data, encoding);
  let response: Response | undefined;
  let body: unknown = null;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Idempotency-Key': idempotencyKey, ...headers },
      body: payload,
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
  const { ok, status } = response!;
  if (ok) return { ok, status, body };

  const failure: SendFailure = { kind: 'http', status };
  if (status === 429) {
    const retryAfter = parseRetryAfter(response!.headers.get('Retry-After'));
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
export const rateLimited = (seconds: number): FailureReport => ({
  notice: ['form.error.rateLimited', { seconds, count: seconds }],
  error: { kind: 'http', status: 429, retryAfter: seconds },
});

/**
 * Puts a failed send into words: the alert, and the event's error. A server's messages for fields
 * the form shows (`order`) go to those fields (the first per field); the rest are read out in the
 * alert.
 */
export function describeFailure({ errors, ...failure }: SendFailure, order: readonly ControlName[]): FailureReport {
  const { kind, status, retryAfter } = failure;
  if (kind !== 'http') return { notice: [`form.error.${kind}`], error: failure };
  if (status === 429) {
    return retryAfter ? rateLimited(retryAfter) : { notice: ['form.error.rateLimitedLater'], error: failure };
  }
  if (!errors) return { notice: ['form.error.http', { status: status! }], error: failure };
  const fieldErrors: Record<string, string> = {};
  const fieldMessages = new Map<ControlName, string>();
  const lines: string[] = [];
  for (const { field, message } of errors) {
    if (field) fieldErrors[field] = message;
    const name = field as ControlName;
    if (!order.includes(name)) lines.push(message);
    else if (!fieldMessages.has(name)) fieldMessages.set(name, message);
  }
  return {
    notice: [fieldMessages.size ? 'form.error.rejected' : undefined, undefined, lines],
    error: { ...failure, fieldErrors },
    fieldMessages,
  };
}
