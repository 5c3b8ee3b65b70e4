import { fieldDefinitions, type ControlName, type FieldName } from './fields.js';

/** What the person typed, by control; `consent` is the checkbox state. */
export interface FormValues {
  name: string;
  email: string;
  phone: string;
  company: string;
  message: string;
  topic: string;
  consent: boolean;
}

export const emptyValues: Readonly<FormValues> = {
  name: '',
  email: '',
  phone: '',
  company: '',
  message: '',
  topic: '',
  consent: false,
};

/** Which controls exist and which of them must be filled in. */
export interface ValidationRules {
  fields: readonly FieldName[];
  required: ReadonlySet<FieldName>;
  topics: readonly string[];
  consent: boolean;
}

/**
 * One problem with one control, as a message key plus what the message needs, so the text is
 * produced at render time in whatever language the element has then.
 */
export type Problem =
  | { key: 'form.invalid.required' | 'form.invalid.choose' | 'form.invalid.email' | 'form.invalid.phone' }
  | { key: 'form.invalid.consent' }
  | { key: 'form.invalid.tooLong'; max: number };

// The same shape check a typical backend applies (see demo/contact-validation.js): anything@host.tld.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phoneCharacters = /^[+()\d\s.-]+$/;

/** The problem with one control, or `undefined` when it is acceptable. */
export function validateControl(name: ControlName, values: FormValues, rules: ValidationRules): Problem | undefined {
  if (name === 'consent') return rules.consent && !values.consent ? { key: 'form.invalid.consent' } : undefined;
  if (name === 'topic') {
    if (!rules.topics.length) return undefined;
    return rules.topics.includes(values.topic) ? undefined : { key: 'form.invalid.choose' };
  }
  if (!rules.fields.includes(name)) return undefined;

  const value = values[name].trim();
  if (!value) return rules.required.has(name) ? { key: 'form.invalid.required' } : undefined;
  const max = fieldDefinitions[name].maxlength;
  if (value.length > max) return { key: 'form.invalid.tooLong', max };
  if (name === 'email' && !emailPattern.test(value)) return { key: 'form.invalid.email' };
  if (name === 'phone' && (!phoneCharacters.test(value) || value.replace(/\D/g, '').length < 5)) {
    return { key: 'form.invalid.phone' };
  }
  return undefined;
}

/** Every problem, in the order the controls appear (the first one is where focus goes). */
export function validateAll(
  order: readonly ControlName[],
  values: FormValues,
  rules: ValidationRules,
): Map<ControlName, Problem> {
  const problems = new Map<ControlName, Problem>();
  for (const name of order) {
    const problem = validateControl(name, values, rules);
    if (problem) problems.set(name, problem);
  }
  return problems;
}

/** Light-DOM controls from the `extra` slot that the browser would refuse, in document order. */
export function invalidExtras(controls: readonly ExtraControl[]): ExtraControl[] {
  return controls.filter((control) => control.willValidate && !control.checkValidity());
}

/** A form control a host page adds through the `extra` slot. */
export type ExtraControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
