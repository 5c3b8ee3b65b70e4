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
  for (const [key, value] of new URLSearchParams(search)) {
    if (/^utm_/i.test(key) && !(key in utm)) utm[key] = value;
  }
  return utm;
}

export function pageMeta(locale: string, now = new Date()): ContactMeta {
  const page = location.href.split('#')[0] ?? '';
  return {
    page,
    referrer: document.referrer,
    locale,
    submittedAt: now.toISOString(),
    utm: utmParameters(location.search),
  };
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
    else if (value !== null && typeof value === 'object') {
      for (const [child, inner] of Object.entries(value)) add(`${key}[${child}]`, inner);
    } else if (value !== undefined) params.append(key, String(value));
  };
  for (const [key, value] of Object.entries(data)) add(key, value);
  return params;
}

/**
 * The endpoint as an absolute URL, or `undefined` unless it is http(s): a `javascript:` or `data:`
 * action must never be followed, whatever the page author wrote.
 */
export function safeAction(action: string | null | undefined, base = document.baseURI): URL | undefined {
  const trimmed = action?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A random UUID; `crypto.randomUUID` exists only on https pages, and partner pages may be plain http. */
export function newIdempotencyKey(): string {
  const cryptoApi = globalThis.crypto;
  if (typeof cryptoApi?.randomUUID === 'function') {
    try {
      return cryptoApi.randomUUID();
    } catch {
      // Falls through to the manual version below.
    }
  }
  const bytes = new Uint8Array(16);
  if (typeof cryptoApi?.getRandomValues === 'function') cryptoApi.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

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
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Math.max(1, Number(value));
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(1, Math.ceil((date - now) / 1000));
}

/** A server's complaint about one field, from a 4xx `{ errors: [{ field, message }] }` body. */
export interface ServerFieldError {
  field?: string;
  message: string;
}

/** Why a request did not succeed, before it is put into words. */
export interface SendFailure {
  kind: 'network' | 'timeout' | 'http' | 'offline';
  status?: number;
  retryAfter?: number;
  serverErrors?: ServerFieldError[];
}

export type SendResult = { ok: true; status: number; body: unknown } | { ok: false; failure: SendFailure };

export interface SendOptions {
  url: URL;
  encoding: Encoding;
  data: ContactData;
  idempotencyKey: string;
  /** Milliseconds for the whole exchange, body included. */
  timeout: number;
}

function parseJson(text: string): unknown {
  if (!text.trim()) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function serverErrors(body: unknown): ServerFieldError[] | undefined {
  const list = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(list)) return undefined;
  const errors: ServerFieldError[] = [];
  for (const item of list as unknown[]) {
    const { field, message } = (item ?? {}) as { field?: unknown; message?: unknown };
    if (typeof message !== 'string' || !message.trim()) continue;
    errors.push(typeof field === 'string' && field ? { field, message } : { message });
  }
  return errors.length ? errors : undefined;
}

const offline = (): boolean => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * POSTs one message and classifies the outcome; never rejects. A browser that knows it is offline
 * is not asked to try. The timeout covers reading the body too, but once a 2xx status has arrived
 * the message counts as delivered even if its body never does.
 */
export async function sendContact({ url, encoding, data, idempotencyKey, timeout }: SendOptions): Promise<SendResult> {
  if (offline()) return { ok: false, failure: { kind: 'offline' } };

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The contact endpoint did not answer in time.', 'TimeoutError'));
  }, timeout);

  const headers: Record<string, string> = { Accept: 'application/json', 'Idempotency-Key': idempotencyKey };
  let body: string;
  if (encoding === 'form') {
    headers['Content-Type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
    body = toFormBody(data).toString();
  } else {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(data);
  }

  try {
    let response: Response;
    try {
      response = await fetch(url.href, {
        method: 'POST',
        headers,
        body,
        signal: controller.signal,
        credentials: 'same-origin',
      });
    } catch {
      if (timedOut) return { ok: false, failure: { kind: 'timeout' } };
      return { ok: false, failure: { kind: offline() ? 'offline' : 'network' } };
    }

    let text = '';
    try {
      text = await response.text();
    } catch {
      if (!response.ok) return { ok: false, failure: { kind: timedOut ? 'timeout' : 'network' } };
    }
    const parsed = parseJson(text);
    if (response.ok) return { ok: true, status: response.status, body: parsed };

    const failure: SendFailure = { kind: 'http', status: response.status };
    if (response.status === 429) {
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      if (retryAfter !== undefined) failure.retryAfter = retryAfter;
    }
    if (response.status >= 400 && response.status < 500) {
      const errors = serverErrors(parsed);
      if (errors) failure.serverErrors = errors;
    }
    return { ok: false, failure };
  } finally {
    clearTimeout(timer);
  }
}
