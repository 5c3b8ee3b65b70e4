import { fieldSpecs, type ControlName, type FormRules, type FormValues } from './fields.js';

/**
 * One problem with one control: the message `form.invalid.<key>`, plus what the message needs, so
 * the text is produced at render time in whatever language the element has then.
 */
export interface Problem {
  key: 'required' | 'choose' | 'email' | 'phone' | 'consent' | 'tooLong';
  max?: number;
}

/** A form control a host page adds through the `extra` slot. */
export type ExtraControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * The problem with one shown control, or `undefined` when it is acceptable. The email check is the
 * one a typical backend applies (see demo/contact-validation.js): anything@host.tld.
 */
export function validateControl(name: ControlName, values: FormValues, rules: FormRules): Problem | undefined {
  if (name === 'consent') return rules.consent && !values.consent ? { key: 'consent' } : undefined;
  if (name === 'topic')
    return rules.topics.length && !rules.topics.includes(values.topic) ? { key: 'choose' } : undefined;

  const value = values[name].trim();
  const max = fieldSpecs[name][2];
  if (!value) return rules.required.has(name) ? { key: 'required' } : undefined;
  if (value.length > max) return { key: 'tooLong', max };
  if (
    name === 'email'
      ? !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
      : name === 'phone' && (!/^[+()\d\s.-]+$/.test(value) || value.replace(/\D/g, '').length < 5)
  ) {
    return { key: name as 'email' | 'phone' };
  }
  return undefined;
}

/** Every problem, in the order the controls appear (the first one is where focus goes). */
export function validateAll(values: FormValues, rules: FormRules): Map<ControlName, Problem> {
  const problems = new Map<ControlName, Problem>();
  for (const name of rules.order) {
    const problem = validateControl(name, values, rules);
    if (problem) problems.set(name, problem);
  }
  return problems;
}

const extraSelector = 'input, select, textarea';

/** The light-DOM controls assigned to `slot` (directly or inside a container), in document order. */
export const extraControls = (slot: HTMLSlotElement | null | undefined): ExtraControl[] =>
  (slot?.assignedElements({ flatten: true }) ?? []).flatMap((element) => [
    ...(element.matches(extraSelector) ? [element as ExtraControl] : []),
    ...element.querySelectorAll<ExtraControl>(extraSelector),
  ]);

/**
 * Whether a slotted extra control would be refused, as the browser checks it. A send attempt flags
 * it with `aria-invalid`; once flagged, the flag follows its validity as it changes.
 */
export function checkExtra(control: ExtraControl, flag?: boolean): boolean {
  const invalid = control.willValidate && !control.checkValidity();
  if ((flag && invalid) || control.hasAttribute('aria-invalid')) control.setAttribute('aria-invalid', `${invalid}`);
  return invalid;
}
