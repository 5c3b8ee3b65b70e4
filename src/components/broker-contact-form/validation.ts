import type { ControlName, FieldName, fieldSpecs, FormValues } from './fields.js';

/** Which of the shown controls must be filled in: the required fields, a topic when there are topics, consent. */
export interface ValidationRules {
  required: ReadonlySet<FieldName>;
  /** Each field's type, autocomplete and maximum length. */
  specs: typeof fieldSpecs;
  topics: readonly string[];
  consent: boolean;
}

/**
 * One problem with one control: the message `form.invalid.<key>`, plus what the message needs, so
 * the text is produced at render time in whatever language the element has then.
 */
export interface Problem {
  key: 'required' | 'choose' | 'email' | 'phone' | 'consent' | 'tooLong';
  max?: number;
}

/**
 * The problem with one shown control, or `undefined` when it is acceptable. The email check is the
 * one a typical backend applies (see demo/contact-validation.js): anything@host.tld.
 */
export function validateControl(name: ControlName, values: FormValues, rules: ValidationRules): Problem | undefined {
  if (name === 'consent') return rules.consent && !values.consent ? { key: 'consent' } : undefined;
  if (name === 'topic')
    return rules.topics.length && !rules.topics.includes(values.topic) ? { key: 'choose' } : undefined;

  const value = values[name].trim();
  const max = rules.specs[name][2];
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
