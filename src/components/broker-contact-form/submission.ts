/** How a failed or refused submission is classified in `broker-contact-error`. */
export type ContactErrorKind = 'network' | 'timeout' | 'http' | 'offline' | 'validation' | 'config';

/**
 * The `error` of `broker-contact-error`. `message` is the sentence the person was shown;
 * `fieldErrors` maps a field name to its message (client-side validation, or a server's 4xx
 * `{ errors: [{ field, message }] }`); `retryAfter` is in seconds, from a 429's `Retry-After`.
 */
export interface ContactFormError {
  kind: ContactErrorKind;
  status?: number;
  message: string;
  fieldErrors?: Record<string, string>;
  retryAfter?: number;
}

/** Page context sent with every message, under `_meta`. */
export interface ContactMeta {
  /** The page the form is on (`location.href` without the fragment). */
  page: string;
  referrer: string;
  /** The language the form was shown in. */
  locale: string;
  /** ISO 8601, from the visitor's clock. */
  submittedAt: string;
  /** The page URL's `utm_*` parameters under their own names, e.g. `{ utm_source: 'newsletter' }`. */
  utm: Record<string, string>;
}

/** A field value: text, the consent checkbox, or several values of one repeated `extra` name. */
export type ContactValue = string | boolean | string[];

/** What is sent: every field by name, plus `_meta`. */
export interface ContactData {
  [field: string]: ContactValue | ContactMeta;
  _meta: ContactMeta;
}

/** `json` sends `application/json`; `form` sends `application/x-www-form-urlencoded`. */
export type Encoding = 'json' | 'form';

/** The page URL's `utm_*` parameters (first value of each), under their own names. */
export function utmParameters(search: string): Record<string, string> {
  const utm: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(search)) if (/^utm_/i.test(key)) utm[key] ??= value;
  return utm;
}

export const pageMeta = (locale: string): ContactMeta => ({
  page: location.href.split('#')[0]!,
  referrer: document.referrer,
  locale,
  submittedAt: new Date().toISOString(),
  utm: utmParameters(location.search),
});

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

/** The key in use and the message it belongs to; kept in the draft so a retry after a reload reuses it. */
export interface IdempotencyState {
  fingerprint: string;
  key: string;
}

/**
 * One key per message: asking again for the same fingerprint (a retry of an unchanged message)
 * returns the same key, so the server can drop the duplicate if the first attempt did arrive; a
 * changed message gets a fresh key.
 */
export class IdempotencyKeys {
  state: IdempotencyState | undefined;

  keyFor(fingerprint: string): string {
    if (this.state?.fingerprint !== fingerprint) this.state = { fingerprint, key: newIdempotencyKey() };
    return this.state.key;
  }

  /** After a message went through: the next one, even with the same words, is a new message. */
  forget(): void {
    this.state = undefined;
  }
}

/** Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date), at least 1. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim() ?? '';
  const seconds = /^\d+$/.test(value) ? +value : Math.ceil((Date.parse(value) - now) / 1000);
  return Number.isNaN(seconds) ? undefined : Math.max(1, seconds);
}

/**
 * Why a request did not succeed, before it is put into words; `errors` are a 4xx body's
 * `{ errors: [{ field, message }] }` (`field` is empty when the server named none).
 */
export interface SendFailure {
  ok?: false;
  kind: 'network' | 'timeout' | 'http' | 'offline';
  status?: number;
  retryAfter?: number;
  errors?: { field: string; message: string }[];
}

export type SendResult = { ok: true; status: number; body: unknown } | SendFailure;

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
