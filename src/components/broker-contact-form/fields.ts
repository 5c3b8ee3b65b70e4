/** The built-in text fields, in their default order. */
export type FieldName = 'name' | 'email' | 'phone' | 'company' | 'message';

/** Every control the element renders itself, by the name it is sent under. */
export type ControlName = FieldName | 'topic' | 'consent';

/**
 * How each built-in field renders: its `<input type>` (the message is a `<textarea>`), its
 * `autocomplete`, and a `maxlength` matching the limits a typical backend (and the demo endpoint)
 * enforces. Each label is the message `form.label.<name>`.
 */
export const fieldSpecs: Readonly<Record<FieldName, readonly [type: string, autocomplete: string, maxlength: number]>> =
  {
    name: ['text', 'name', 200],
    email: ['email', 'email', 254],
    phone: ['tel', 'tel', 32],
    company: ['text', 'organization', 200],
    message: ['textarea', '', 5000],
  };

export const fieldNames = Object.keys(fieldSpecs) as FieldName[];

const words = (value: string | null | undefined): string[] =>
  (value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);

const isFieldName = (value: string): value is FieldName => fieldNames.includes(value as FieldName);

/**
 * The fields to show, in the author's order: unknown names and repeats are ignored, and a list
 * with no known name falls back to the default set rather than rendering a form nobody can use.
 */
export function parseFields(value: string | null | undefined): FieldName[] {
  const names = [...new Set(words(value).filter(isFieldName))];
  return names.length ? names : [...fieldNames];
}

/** The required subset of `shown`; names that are not shown are ignored. */
export function parseRequired(value: string | null | undefined, shown: readonly FieldName[]): Set<FieldName> {
  const wanted = words(value);
  return new Set(shown.filter((name) => wanted.includes(name)));
}

/**
 * Topics from a comma-separated list, trimmed, without blanks or repeats, and at most 200
 * characters each: topics come from the page author, and a backend should know the longest to expect.
 */
export function parseTopics(value: string | null | undefined): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((topic) => topic.trim().slice(0, 200))
        .filter(Boolean),
    ),
  ];
}

/**
 * The controls in document order: the topic select goes just before the message (what the message
 * is about comes first), or last when there is no message; the consent checkbox closes the form.
 */
export function controlOrder(fields: readonly FieldName[], hasTopics: boolean, hasConsent: boolean): ControlName[] {
  const order: ControlName[] = [...fields];
  const at = order.indexOf('message');
  if (hasTopics) order.splice(at < 0 ? order.length : at, 0, 'topic');
  if (hasConsent) order.push('consent');
  return order;
}

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

/** What the form shows and requires, read from its attributes. */
export interface FormRules {
  fields: FieldName[];
  required: ReadonlySet<FieldName>;
  topics: string[];
  consent: boolean;
  /** Every shown control, in document order. */
  order: ControlName[];
}

/** The rules for a form's `fields`, `required`, `topics` and `consent` attributes. */
export function formRules(attributes: {
  fields?: string | null;
  required?: string | null;
  topics?: string | null;
  consent?: string | null;
}): FormRules {
  const fields = parseFields(attributes.fields);
  const topics = parseTopics(attributes.topics);
  const consent = Boolean(attributes.consent?.trim());
  return {
    fields,
    required: parseRequired(attributes.required, fields),
    topics,
    consent,
    order: controlOrder(fields, topics.length > 0, consent),
  };
}
