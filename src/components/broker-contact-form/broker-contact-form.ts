import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from '../../shared/decorators.js';
import { positive } from '../../shared/converters.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { TradeElement } from '../../shared/trade-element.js';
import { brokerContactFormStyles } from './broker-contact-form.styles.js';
import { consentCheckbox, field, label, textArea, textInput, topicSelect, type ControlState } from './controls.js';
import { fieldSpecs, formRules, type ControlName, type FieldName, type FormRules } from './fields.js';
import { refusedAction, warnAboutAction } from './action.js';
import { SubmissionController, type FocusTarget } from './submission-controller.js';
import type { ContactData, ContactFormError, Encoding } from './submission.js';
import { extraControls, type ExtraControl } from './validation.js';

export type { ContactData, ContactFormError, ContactMeta, ContactErrorKind, Encoding } from './submission.js';

/** Detail of `broker-contact-submit`: exactly what will be sent. */
export interface BrokerContactSubmitDetail {
  data: ContactData;
}

/**
 * Detail of `broker-contact-success`: what was sent, the endpoint's parsed JSON answer (`null` when
 * it sent none or not JSON) and the HTTP status.
 */
export interface BrokerContactSuccessDetail {
  data: ContactData;
  response: unknown;
  status: number;
}

/** Detail of `broker-contact-error`: what was (or would have been) sent, and why it did not go through. */
export interface BrokerContactErrorDetail {
  data: ContactData;
  error: ContactFormError;
}

export type BrokerContactSubmitEvent = CustomEvent<BrokerContactSubmitDetail>;
export type BrokerContactSuccessEvent = CustomEvent<BrokerContactSuccessDetail>;
export type BrokerContactErrorEvent = CustomEvent<BrokerContactErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'broker-contact-submit': BrokerContactSubmitEvent;
    'broker-contact-success': BrokerContactSuccessEvent;
    'broker-contact-error': BrokerContactErrorEvent;
  }
}

/** An empty `extra` slot must not leave a gap in the layout. */
function onSlotChange(event: Event): void {
  const slot = event.target as HTMLSlotElement;
  slot.parentElement!.hidden = !slot.assignedElements().length;
}

/**
 * The contact form of the broker's page ("Need assistance from a licensed customs broker?"),
 * usable on any partner site. It validates before anything is sent, posts JSON or a url-encoded
 * body with an `Idempotency-Key`, keeps a draft in `sessionStorage` so nothing typed is lost, and
 * reports every outcome as a visible state and an event.
 *
 * @tagname broker-contact-form
 * @summary A lead form that never loses a message.
 *
 * @slot extra - Light-DOM `input`/`select`/`textarea` elements (or a container holding them, such
 *   as a Turnstile or reCAPTCHA widget) shown after the built-in fields. They are checked with the
 *   browser's own validation and sent under their `name`; hidden inputs are simply sent. Any other
 *   light-DOM child is fallback content, shown only until the element is defined.
 *
 * @fires {BrokerContactSubmitEvent} broker-contact-submit - Cancelable. Detail `{ data }` just before sending; cancel it to
 *   send the message yourself (the form keeps its values; call `markSent()` once you have sent it).
 * @fires {BrokerContactSuccessEvent} broker-contact-success - Detail `{ data, response, status }` once the endpoint accepted the
 *   message; `response` is its parsed JSON body or `null`.
 * @fires {BrokerContactErrorEvent} broker-contact-error - Detail `{ data, error }`; `error.kind` is `validation`, `config`,
 *   `offline`, `network`, `timeout` or `http` (with `status`, and `fieldErrors`/`retryAfter` when the
 *   server gave them).
 *
 * @attr lang - UI language (`en`, `es`, `fr` built in); inherited from the nearest ancestor with `lang`.
 *
 * @csspart base - The card around heading, messages and form.
 * @csspart heading - The heading (an `h2`).
 * @csspart form - The `<form>` element.
 * @csspart field - Each field's wrapper (label, control, message); also `field-<name>`, e.g. `field-email`.
 * @csspart label - Each field's `<label>`.
 * @csspart input - Each text input, the message `<textarea>` and the topic `<select>`; also `input-<name>`.
 * @csspart error - The message under a field that needs correcting.
 * @csspart consent - The consent checkbox's label, holding the checkbox and its text.
 * @csspart checkbox - The consent checkbox.
 * @csspart alert - The `role="alert"` region for failures.
 * @csspart status - The `role="status"` region for success and the "draft restored" note.
 * @csspart submit-button - The send button.
 * @csspart send-another-button - The "Send another message" button shown after success.
 *
 * @cssprop --trade-font-family - Font of the whole form (inherits by default).
 * @cssprop --trade-color-text - Text and field text colour.
 * @cssprop --trade-color-muted - Secondary text, such as "(optional)".
 * @cssprop --trade-color-surface - Card and field background.
 * @cssprop --trade-color-subtle - Background of read-only fields and message boxes.
 * @cssprop --trade-color-border - Card and field borders.
 * @cssprop --trade-color-accent - The send button and links.
 * @cssprop --trade-color-accent-text - Text on the send button.
 * @cssprop --trade-color-danger - Field errors, the alert bar and the required mark.
 * @cssprop --trade-color-success - The success bar.
 * @cssprop --trade-focus-color - The focus ring.
 * @cssprop --trade-radius - Corner radius of the card, fields and buttons.
 * @cssprop --trade-space - Base spacing unit.
 */
export class BrokerContactForm extends TradeElement {
  static override styles = [themeStyles, brokerContactFormStyles];

  /** Endpoint the message is POSTed to: http(s) or relative. Anything else is refused, never followed. */
  @property() action?: string;

  /** `json` (`application/json`) or `form` (`application/x-www-form-urlencoded`, `_meta[page]` style keys). */
  @property() encoding: Encoding = 'json';

  /** Fields to show, in this order, from `name email phone company message`; unknown names are ignored. */
  @property() fields = 'name email phone company message';

  /** Which of the shown fields must be filled in (space-separated). */
  @property() required = 'name email message';

  /** Comma-separated topics; when set, a required "Topic" select is shown and sent as `topic`. */
  @property() topics = '';

  /** Text of a required consent checkbox, sent as `consent: true`; no checkbox when empty. */
  @property() consent = '';

  /** Heading above the form; defaults to the localized "Need assistance…"; an empty string hides it. */
  @property() heading?: string;

  /** Label of the send button; defaults to the localized "Send". */
  @property({ attribute: 'submit-label' }) submitLabel?: string;

  /** Shown once a message is accepted; defaults to the localized "Thanks for submitting!". */
  @property({ attribute: 'success-message' }) successMessage?: string;

  /** Milliseconds to wait for the endpoint before failing with kind `timeout`. */
  @property({ type: Number }) timeout = 15000;

  /** The message's state, from the first keystroke to its outcome. */
  private readonly _submission = new SubmissionController(
    this,
    () => ({
      action: this.action,
      encoding: this.encoding === 'form' ? 'form' : 'json',
      timeout: positive(this.timeout, 15000),
      locale: this.locale,
      rules: this._rules,
      draftName: this.id || this.action || '',
    }),
    (key, vars) => this.t(key, vars),
    // Also empties the honeypot, which no binding controls.
    () => this._form()?.reset(),
  );
  /** `fields`, `required`, `topics` and `consent`, read. */
  private _rules: FormRules = formRules({});

  /** Sends the message as if the person pressed the send button (validation included). */
  submit(): void {
    this._form()?.requestSubmit();
  }

  /** Empties the form, its messages and its saved draft, and shows the form again. */
  reset(): void {
    this._submission.reset('editing');
  }

  /**
   * Shows the success state and forgets the message, as after a successful send. For hosts that
   * cancel `broker-contact-submit` and deliver the message themselves.
   */
  markSent(): void {
    this._submission.reset('sent');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._rules = formRules(this);
    if (changed.has('action') && refusedAction(this.action)) warnAboutAction(this.action);
  }

  protected override updated(): void {
    const target = this._submission.takeFocus();
    if (target) this._focusOn(target);
  }

  /** The rendered `<form>`. */
  private _form(): HTMLFormElement | null | undefined {
    return this.renderRoot?.querySelector('form');
  }

  /** Moves focus where the message's state says it goes. */
  private _focusOn(target: FocusTarget): void {
    if (typeof target !== 'string') return void target.reportValidity();
    // The send button takes focus only when nothing in the form has it (a retry keeps it there).
    if (target === 'submit-button' && this.shadowRoot?.activeElement) return;
    const selector = target.endsWith('-button') ? `[part~="${target}"]` : `#field-${target}`;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** One of the form's own shown controls (not a slotted extra control, not the honeypot). */
  private _ownControl(target: EventTarget | null): ControlName | undefined {
    const name = (target as ExtraControl).name as ControlName;
    return (target as Node).getRootNode() === this.renderRoot && this._rules.order.includes(name) ? name : undefined;
  }

  private _onInput(event: Event): void {
    const target = event.target as ExtraControl;
    const name = this._ownControl(target);
    if (!name) return this._submission.editExtra(target);
    this._submission.edit(name, name === 'consent' ? (target as HTMLInputElement).checked : target.value);
  }

  private _onFocusOut(event: FocusEvent): void {
    const name = this._ownControl(event.target);
    if (name) this._submission.leave(name);
  }

  private _onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    void this._submission.submit({
      trapped: Boolean((form.elements.namedItem('website') as HTMLInputElement | null)?.value),
      extras: extraControls(form.querySelector<HTMLSlotElement>('slot[name="extra"]')),
    });
  }

  private async _sendAnother(): Promise<void> {
    this.reset();
    await this.updateComplete;
    this._focusOn(this._rules.order[0]!);
  }

  /** One built-in control in its wrapper: its label, the control, and its message. */
  private _control(name: ControlName, wide: boolean): TemplateResult {
    const { values, phase } = this._submission;
    const state: ControlState = {
      name,
      label: name === 'consent' ? '' : this.t(`form.label.${name}`),
      message: this._submission.message(name),
      required: name === 'topic' || this._rules.required.has(name as FieldName),
      sending: phase === 'sending',
    };
    if (name === 'consent') return field(state, consentCheckbox(state, values.consent, this.consent), wide);
    const control =
      name === 'topic'
        ? topicSelect(state, values.topic, this._rules.topics, this.t('form.topicPlaceholder'))
        : fieldSpecs[name][0] === 'textarea'
          ? textArea(state, values[name])
          : textInput(state, values[name]);
    return field(state, html`${label(state, this.t('form.optional'))} ${control}`, wide);
  }

  /** The `role="status"` region: success, "draft restored", or (for screen readers) "Sending…". */
  private _status(): TemplateResult {
    const { phase } = this._submission;
    return html`<div
      class=${phase === 'sent' ? 'box' : phase === 'restored' ? 'box draft' : ''}
      part="status"
      role="status"
    >
      ${
        phase === 'sent'
          ? this.successMessage || this.t('form.success')
          : phase === 'restored'
            ? this.t('form.draftRestored')
            : phase === 'sending'
              ? html`<span class="visually-hidden">${this.t('form.sending')}</span>`
              : ''
      }
    </div>`;
  }

  override render(): TemplateResult {
    const { phase } = this._submission;
    const { order } = this._rules;
    const sending = phase === 'sending';
    const heading = this.heading ?? this.t('form.heading');
    const alert = this._submission.alertLines();
    // Fields sit two to a row; the message, the consent and an odd last field take a whole row.
    const halves = order.filter((name) => name !== 'message' && name !== 'consent');
    const lastHalf = halves.length % 2 ? halves[halves.length - 1] : undefined;
    return html`<div class="base" part="base">
      ${heading ? html`<h2 id="heading" part="heading">${heading}</h2>` : nothing} ${this._status()}
      <form
        part="form"
        novalidate
        ?hidden=${phase === 'sent'}
        aria-labelledby=${heading ? 'heading' : nothing}
        aria-busy=${`${sending}`}
        @submit=${this._onSubmit}
        @input=${this._onInput}
        @focusout=${this._onFocusOut}
        @focusin=${() => this._submission.prepare()}
      >
        ${order.map((name) => this._control(name, name === 'message' || name === 'consent' || name === lastHalf))}
        <div class="visually-hidden" aria-hidden="true">
          <label for="field-website">${this.t('form.honeypot')}</label>
          <input id="field-website" name="website" tabindex="-1" autocomplete="off" />
        </div>
        <div class="wide" hidden><slot name="extra" @slotchange=${onSlotChange}></slot></div>
        <div class="actions wide">
          <div class="alert ${alert.length ? 'box' : ''}" part="alert" role="alert">
            ${alert.map((line) => html`<p>${line}</p>`)}
          </div>
          <button part="submit-button" type="submit" ?disabled=${sending}>
            ${sending ? this.t('form.sending') : this.submitLabel || this.t('form.submit')}
          </button>
        </div>
      </form>
      <button
        class="secondary"
        part="send-another-button"
        type="button"
        ?hidden=${phase !== 'sent'}
        @click=${this._sendAnother}
      >
        ${this.t('form.sendAnother')}
      </button>
    </div>`;
  }
}
