import type { MessageKey } from '../../shared/i18n/index.js';
import type { ControlName, FormRules, FormValues } from './fields.js';

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

/** Where the form is; `restored` is editing while the "draft restored" note shows. */
export type Phase = 'editing' | 'restored' | 'sending' | 'sent';

/** The alert's content: a catalog key and its values, then any sentences a server sent verbatim. */
export type Notice = [key?: MessageKey, vars?: Record<string, string | number>, lines?: string[]];

/**
 * A failed send put into words: what the alert says, the event's `error` (its `message` becomes the
 * alert's text), and a server's messages for fields the form shows.
 */
export interface FailureReport {
  notice: Notice;
  error: Omit<ContactFormError, 'message'>;
  fieldMessages?: Map<ControlName, string>;
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

/** The key in use and the message it belongs to; kept in the draft so a retry after a reload reuses it. */
export interface IdempotencyState {
  fingerprint: string;
  key: string;
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

/** The built-in controls' values as they are sent: trimmed text, the topic and consent when shown. */
export function ownFields(values: FormValues, rules: FormRules): Record<string, ContactValue> {
  const fields: Record<string, ContactValue> = {};
  for (const name of rules.fields) fields[name] = values[name].trim();
  if (rules.topics.length) fields['topic'] = values.topic;
  if (rules.consent) fields['consent'] = values.consent;
  return fields;
}
