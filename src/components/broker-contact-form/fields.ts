import type { MessageKey } from '../../shared/i18n/index.js';

/** The built-in text fields, in their default order. */
export type FieldName = 'name' | 'email' | 'phone' | 'company' | 'message';

/** How one built-in field renders: what browsers and assistive tech need to fill it in well. */
export interface FieldDefinition {
  name: FieldName;
  label: MessageKey;
  /** `textarea` renders a `<textarea>`; the rest are `<input type>`. */
  type: 'text' | 'email' | 'tel' | 'textarea';
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel';
  /** Matches the limits a typical backend (and the demo endpoint) enforces. */
  maxlength: number;
}

export const fieldDefinitions: Readonly<Record<FieldName, FieldDefinition>> = {
  name: { name: 'name', label: 'form.label.name', type: 'text', autocomplete: 'name', maxlength: 200 },
  email: {
    name: 'email',
    label: 'form.label.email',
    type: 'email',
    autocomplete: 'email',
    inputmode: 'email',
    maxlength: 254,
  },
  phone: {
    name: 'phone',
    label: 'form.label.phone',
    type: 'tel',
    autocomplete: 'tel',
    inputmode: 'tel',
    maxlength: 32,
  },
  company: { name: 'company', label: 'form.label.company', type: 'text', autocomplete: 'organization', maxlength: 200 },
  message: { name: 'message', label: 'form.label.message', type: 'textarea', maxlength: 5000 },
};

/** The longest topic a backend should expect; topics come from the page author, not the visitor. */
export const topicMaxLength = 200;

/** Name of the honeypot input: plausible enough that form-filling bots complete it. */
export const honeypotName = 'website';

const defaultFields = 'name email phone company message';

function words(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean);
}

export function isFieldName(value: string): value is FieldName {
  return Object.prototype.hasOwnProperty.call(fieldDefinitions, value);
}

/**
 * The fields to show, in the author's order: unknown names and repeats are ignored, and a list
 * with no known name falls back to the default set rather than rendering a form nobody can use.
 */
export function parseFields(value: string | null | undefined): FieldName[] {
  const names = [...new Set(words(value).filter(isFieldName))];
  return names.length ? names : (words(defaultFields) as FieldName[]);
}

/** The required subset of `shown`; names that are not shown are ignored. */
export function parseRequired(value: string | null | undefined, shown: readonly FieldName[]): Set<FieldName> {
  const wanted = new Set(words(value));
  return new Set(shown.filter((name) => wanted.has(name)));
}

/** Topics from a comma-separated list, trimmed, without blanks or repeats. */
export function parseTopics(value: string | null | undefined): string[] {
  const topics = (value ?? '')
    .split(',')
    .map((topic) => topic.trim().slice(0, topicMaxLength))
    .filter(Boolean);
  return [...new Set(topics)];
}

/** Every control the element renders itself, by the name it is sent under. */
export type ControlName = FieldName | 'topic' | 'consent';

/**
 * The controls in document order: the topic select goes just before the message (what the message
 * is about comes first), or last when there is no message; the consent checkbox closes the form.
 */
export function controlOrder(fields: readonly FieldName[], hasTopics: boolean, hasConsent: boolean): ControlName[] {
  const order: ControlName[] = [...fields];
  if (hasTopics) {
    const at = order.indexOf('message');
    order.splice(at === -1 ? order.length : at, 0, 'topic');
  }
  if (hasConsent) order.push('consent');
  return order;
}
