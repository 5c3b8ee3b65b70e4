import { html, nothing, type TemplateResult } from 'lit';
import { fieldSpecs, type ControlName, type FieldName } from './fields.js';

/** What every control's template needs to know about its control. */
export interface ControlState {
  name: ControlName;
  /** Its label, in the form's language. */
  label: string;
  /** What is wrong with it, in the form's language; its presence marks the control invalid. */
  message: string | undefined;
  required: boolean;
  /** A message is on its way: text becomes read-only, choices disabled. */
  sending: boolean;
}

const mark = html`<span class="mark" aria-hidden="true">*</span>`;

/** `aria-invalid` and `aria-describedby` of a control, pointing at its message when it has one. */
const invalidOf = ({ message }: ControlState) => (message ? 'true' : nothing);
const describedByOf = ({ name, message }: ControlState) => (message ? `error-${name}` : nothing);

/** The label of a text field or the topic select: a mark when required, "(optional)" otherwise. */
export function label(state: ControlState, optional: string): TemplateResult {
  return html`<label for="field-${state.name}" part="label"
    >${state.label}${state.required ? mark : html` <span class="optional">(${optional})</span>`}</label
  >`;
}

/** A one-line text field: name, email, phone, company. */
export function textInput(state: ControlState, value: string): TemplateResult {
  const { name } = state;
  const [type, autocomplete, maxlength] = fieldSpecs[name as FieldName];
  return html`<input
    id="field-${name}"
    name=${name}
    part="input input-${name}"
    type=${type}
    autocomplete=${autocomplete}
    spellcheck=${type === 'email' ? 'false' : nothing}
    maxlength=${maxlength}
    ?required=${state.required}
    ?readonly=${state.sending}
    aria-invalid=${invalidOf(state)}
    aria-describedby=${describedByOf(state)}
    .value=${value}
  />`;
}

/** The message `<textarea>`. */
export function textArea(state: ControlState, value: string): TemplateResult {
  const { name } = state;
  return html`<textarea
    id="field-${name}"
    name=${name}
    part="input input-${name}"
    rows="6"
    maxlength=${fieldSpecs[name as FieldName][2]}
    ?required=${state.required}
    ?readonly=${state.sending}
    aria-invalid=${invalidOf(state)}
    aria-describedby=${describedByOf(state)}
    .value=${value}
  ></textarea>`;
}

/** The topic `<select>`, with a placeholder option first; a value that is not a topic selects it. */
export function topicSelect(state: ControlState, value: string, topics: readonly string[], placeholder: string) {
  const chosen = topics.includes(value) ? value : '';
  return html`<select
    id="field-topic"
    name="topic"
    part="input input-topic"
    required
    ?disabled=${state.sending}
    aria-invalid=${invalidOf(state)}
    aria-describedby=${describedByOf(state)}
    .value=${value}
  >
    ${['', ...topics].map(
      (topic) => html`<option .value=${topic} ?selected=${topic === chosen}>${topic || placeholder}</option>`,
    )}
  </select>`;
}

/** The consent checkbox inside its label, which holds the page author's text. */
export function consentCheckbox(state: ControlState, checked: boolean, text: string): TemplateResult {
  return html`<label class="consent" part="consent" for="field-consent">
    <input
      id="field-consent"
      name="consent"
      part="checkbox"
      type="checkbox"
      required
      ?disabled=${state.sending}
      aria-invalid=${invalidOf(state)}
      aria-describedby=${describedByOf(state)}
      .checked=${checked}
    />
    <span>${text}${mark}</span>
  </label>`;
}

/** A control's wrapper: the control, then its message. `wide` spans both columns. */
export function field(state: ControlState, control: unknown, wide: boolean): TemplateResult {
  const { name, message } = state;
  return html`<div class="field ${wide ? 'wide' : ''}" part="field field-${name}">
    ${control} ${message ? html`<p class="error" id="error-${name}" part="error">${message}</p>` : nothing}
  </div>`;
}
