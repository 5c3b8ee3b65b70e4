import { formReplyStrings } from '../../shared/i18n/en/form-replies.js';
import type { ControlName } from './fields.js';
import type { ContactData, Encoding, Outcome, SendFailure, SendResult } from './submission.js';
import type { Problem } from './validation.js';

/**
 * What the form needs only once a message goes out: the request itself and the English words for
 * the server's answers. Loaded when a person starts filling the form in (or on the first send), so
 * a page that only shows the form does not pay for it.
 */
export { formReplyStrings };

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
