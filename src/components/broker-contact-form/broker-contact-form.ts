import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../../shared/events.js';
import type { MessageKey } from '../../shared/i18n/index.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { TradeElement } from '../../shared/trade-element.js';
import { styles } from './broker-contact-form.styles.js';
import { DraftStore, draftKey } from './draft.js';
import {
  controlOrder,
  fieldDefinitions,
  honeypotName,
  isFieldName,
  parseFields,
  parseRequired,
  parseTopics,
  type ControlName,
  type FieldDefinition,
  type FieldName,
} from './fields.js';
import {
  IdempotencyKeys,
  pageMeta,
  safeAction,
  sendContact,
  type ContactData,
  type ContactFormError,
  type ContactValue,
  type Encoding,
  type SendFailure,
} from './submission.js';
import {
  emptyValues,
  invalidExtras,
  validateAll,
  validateControl,
  type ExtraControl,
  type FormValues,
  type Problem,
  type ValidationRules,
} from './validation.js';

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

declare global {
  interface GlobalEventHandlersEventMap {
    'broker-contact-submit': CustomEvent<BrokerContactSubmitDetail>;
    'broker-contact-success': CustomEvent<BrokerContactSuccessDetail>;
    'broker-contact-error': CustomEvent<BrokerContactErrorDetail>;
  }
}

type Phase = 'editing' | 'sending' | 'sent';

/** A message for the alert region: a catalog key, plus any sentences a server sent verbatim. */
interface Notice {
  key?: MessageKey;
  vars?: Record<string, string | number>;
  lines?: string[];
}

const textControls: readonly (FieldName | 'topic')[] = ['name', 'email', 'phone', 'company', 'message', 'topic'];
const extraSelector = 'input, select, textarea';
const warnedActions = new Set<string>();

const asList = (value: ContactValue): string[] => (Array.isArray(value) ? value : [String(value)]);

/** A name used by several extra controls (a checkbox group, say) is sent as a list of their values. */
function merge(previous: ContactValue | undefined, value: string | string[]): ContactValue {
  return previous === undefined ? value : [...asList(previous), ...asList(value)];
}

function isControlName(value: string): value is ControlName {
  return value === 'topic' || value === 'consent' || isFieldName(value);
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
 * @fires {CustomEvent<BrokerContactSubmitDetail>} broker-contact-submit - Cancelable. Detail `{ data }` just before sending; cancel it to
 *   send the message yourself (the form keeps its values; call `markSent()` once you have sent it).
 * @fires {CustomEvent<BrokerContactSuccessDetail>} broker-contact-success - Detail `{ data, response, status }` once the endpoint accepted the
 *   message; `response` is its parsed JSON body or `null`.
 * @fires {CustomEvent<BrokerContactErrorDetail>} broker-contact-error - Detail `{ data, error }`; `error.kind` is `validation`, `config`,
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
  static override styles = [themeStyles, styles];

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

  @state() private values: FormValues = { ...emptyValues };
  @state() private phase: Phase = 'editing';
  @state() private problems = new Map<ControlName, Problem>();
  @state() private serverProblems = new Map<ControlName, string>();
  @state() private notice?: Notice;
  @state() private statusKind?: 'draft' | 'success';
  /** Whether anything is slotted into `extra`; an empty slot must not leave a gap in the layout. */
  @state() private hasExtra = false;

  /** Once a send was attempted, every field is checked as it changes, not only on leaving it. */
  private attempted = false;
  private draftLoaded = false;
  private retryAt = 0;
  private readonly keys = new IdempotencyKeys();
  private readonly draft = new DraftStore(() => draftKey(location.pathname, this.id, this.action ?? ''));
  private readonly flushDraft = (): void => this.draft.flush();
  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.draft.flush();
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // The page-wide observer cannot see a form inside another shadow root, so watch our own `lang`.
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.flushDraft);
    document.addEventListener('visibilitychange', this.onVisibility);
    if (!this.draftLoaded) {
      this.draftLoaded = true;
      this.restoreDraft();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.flushDraft);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.draft.flush();
  }

  /** Sends the message as if the person pressed the send button (validation included). */
  submit(): void {
    if (this.phase !== 'editing') return;
    this.formElement?.requestSubmit();
  }

  /** Empties the form, its messages and its saved draft, and shows the form again. */
  reset(): void {
    this.clearMessage();
    this.notice = undefined;
    this.statusKind = undefined;
    this.phase = 'editing';
  }

  /**
   * Shows the success state and forgets the message, as after a successful send. For hosts that
   * cancel `broker-contact-submit` and deliver the message themselves.
   */
  markSent(): void {
    this.clearMessage();
    this.notice = undefined;
    this.statusKind = 'success';
    this.phase = 'sent';
  }

  private get formElement(): HTMLFormElement | null {
    return this.renderRoot?.querySelector('form') ?? null;
  }

  private get rules(): ValidationRules & { order: ControlName[] } {
    const fields = parseFields(this.fields);
    const topics = parseTopics(this.topics);
    const consent = Boolean(this.consent?.trim());
    return {
      fields,
      required: parseRequired(this.required, fields),
      topics,
      consent,
      order: controlOrder(fields, topics.length > 0, consent),
    };
  }

  /** True when `action` is set but is not http(s) or relative: the form must not send to it. */
  private get hostileAction(): boolean {
    return Boolean(this.action?.trim()) && !safeAction(this.action);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('action') && this.hostileAction) this.warnAction();
  }

  private warnAction(): void {
    const action = this.action?.trim() ?? '';
    if (warnedActions.has(action)) return;
    warnedActions.add(action);
    console.warn(
      action
        ? `<broker-contact-form>: refusing action "${action}": only http(s) and relative URLs are sent to. No message will be sent.`
        : '<broker-contact-form>: no action is set and no broker-contact-submit listener handled the message, so it was not sent.',
    );
  }

  private restoreDraft(): void {
    const draft = this.draft.load();
    if (!draft) return;
    const values = { ...this.values };
    let restored = false;
    for (const name of textControls) {
      const value = draft.values[name];
      if (typeof value === 'string' && value) {
        values[name] = value;
        restored = true;
      }
    }
    if (draft.idempotency) this.keys.state = draft.idempotency;
    if (!restored) return;
    this.values = values;
    // Announced after the first render, so screen readers already know the (empty) status region.
    setTimeout(() => {
      if (this.phase === 'editing' && !this.statusKind) this.statusKind = 'draft';
    }, 100);
  }

  private saveDraft(): void {
    const values: Record<string, string> = {};
    for (const name of textControls) if (this.values[name]) values[name] = this.values[name];
    this.draft.save(this.keys.state ? { values, idempotency: this.keys.state } : { values });
  }

  private clearMessage(): void {
    this.values = { ...emptyValues };
    this.problems = new Map();
    this.serverProblems = new Map();
    this.attempted = false;
    this.keys.forget();
    this.draft.clear();
    const honeypot = this.renderRoot?.querySelector<HTMLInputElement>(`input[name="${honeypotName}"]`);
    if (honeypot) honeypot.value = '';
  }

  /** The light-DOM controls of the `extra` slot, in document order. */
  private extraControls(): ExtraControl[] {
    const slot = this.renderRoot?.querySelector<HTMLSlotElement>('slot[name="extra"]');
    const controls: ExtraControl[] = [];
    for (const element of slot?.assignedElements({ flatten: true }) ?? []) {
      if (element.matches(extraSelector)) controls.push(element as ExtraControl);
      controls.push(...element.querySelectorAll<ExtraControl>(extraSelector));
    }
    return controls;
  }

  private collectData(rules: ValidationRules): { data: ContactData; fingerprint: string } {
    const fields: Record<string, ContactValue> = {};
    for (const name of rules.fields) fields[name] = this.values[name].trim();
    if (rules.topics.length) fields['topic'] = this.values.topic;
    if (rules.consent) fields['consent'] = this.values.consent;

    // Controls nobody can see (CAPTCHA tokens: Turnstile's hidden input, reCAPTCHA's hidden textarea)
    // change on every attempt, so they do not make a retry a new message.
    const visible: Record<string, ContactValue> = { ...fields };
    const own = new Set([...Object.keys(fields), '_meta', honeypotName]);
    for (const control of this.extraControls()) {
      const name = control.name;
      if (!name || control.disabled || own.has(name)) continue;
      if (control instanceof HTMLInputElement) {
        if ((control.type === 'checkbox' || control.type === 'radio') && !control.checked) continue;
        if (control.type === 'file' || control.type === 'submit' || control.type === 'button') continue;
      }
      const value =
        control instanceof HTMLSelectElement && control.multiple
          ? [...control.selectedOptions].map((option) => option.value)
          : control.value;
      const unseen = control.type === 'hidden' || control.getClientRects().length === 0;
      for (const target of unseen ? [fields] : [fields, visible]) {
        target[name] = merge(target[name], value);
      }
    }
    return { data: { ...fields, _meta: pageMeta(this.locale) }, fingerprint: JSON.stringify(visible) };
  }

  private problemText(name: ControlName, problem: Problem): string {
    const field =
      name === 'topic' ? this.t('form.label.topic') : name === 'consent' ? '' : this.t(fieldDefinitions[name].label);
    return this.t(problem.key, { field, ...('max' in problem ? { max: problem.max } : {}) });
  }

  private messageFor(name: ControlName): string | undefined {
    const problem = this.problems.get(name);
    return problem ? this.problemText(name, problem) : this.serverProblems.get(name);
  }

  private recheck(name: ControlName): void {
    const problem = validateControl(name, this.values, this.rules);
    const problems = new Map(this.problems);
    if (problem) problems.set(name, problem);
    else problems.delete(name);
    this.problems = problems;
  }

  private onInput(event: Event): void {
    const target = event.target as ExtraControl;
    if (target.getRootNode() !== this.renderRoot) {
      // A slotted extra control: once it was flagged, keep its flag in step with its validity.
      if (target.hasAttribute('aria-invalid')) target.setAttribute('aria-invalid', String(!target.checkValidity()));
      return;
    }
    const name = target.name;
    if (!isControlName(name)) return;
    if (name === 'consent') this.values = { ...this.values, consent: (target as HTMLInputElement).checked };
    else this.values = { ...this.values, [name]: target.value };
    if (this.serverProblems.has(name)) {
      const serverProblems = new Map(this.serverProblems);
      serverProblems.delete(name);
      this.serverProblems = serverProblems;
    }
    // Corrections count at once; new complaints about typed text wait until the person leaves the
    // field, while a checkbox or select is complete the moment it changes.
    if (this.problems.has(name) || (this.attempted && (name === 'consent' || name === 'topic'))) this.recheck(name);
    this.saveDraft();
  }

  private onFocusOut(event: FocusEvent): void {
    const target = event.target as ExtraControl;
    if (target.getRootNode() !== this.renderRoot || !isControlName(target.name)) return;
    const name = target.name;
    const filled = name === 'consent' ? this.values.consent : Boolean(this.values[name].trim());
    if (this.attempted || filled || this.problems.has(name)) this.recheck(name);
  }

  private async focusControl(name: ControlName): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#field-${name}`)?.focus();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.phase !== 'editing') return;
    try {
      await this.send();
    } catch (error) {
      // Nothing may escape into the host page; the person still gets a way to try again.
      console.error('<broker-contact-form>: unexpected failure while sending', error);
      this.phase = 'editing';
      this.notice = { key: 'form.error.network' };
    }
  }

  private fail(data: ContactData, error: ContactFormError): void {
    emit<BrokerContactErrorDetail>(this, 'broker-contact-error', { data, error });
  }

  private async send(): Promise<void> {
    this.attempted = true;
    this.notice = undefined;
    this.statusKind = undefined;
    this.serverProblems = new Map();
    const rules = this.rules;

    const honeypot = this.renderRoot.querySelector<HTMLInputElement>(`input[name="${honeypotName}"]`);
    if (honeypot?.value) {
      // A bot filled the trap: it sees the usual success, and nothing is sent or reported.
      this.markSent();
      return;
    }

    this.problems = validateAll(rules.order, this.values, rules);
    const extras = this.extraControls();
    const badExtras = invalidExtras(extras);
    for (const control of extras) {
      if (badExtras.includes(control)) control.setAttribute('aria-invalid', 'true');
      else if (control.getAttribute('aria-invalid') === 'true') control.setAttribute('aria-invalid', 'false');
    }
    const { data, fingerprint } = this.collectData(rules);

    if (this.problems.size || badExtras.length) {
      const fieldErrors: Record<string, string> = {};
      for (const [name, problem] of this.problems) fieldErrors[name] = this.problemText(name, problem);
      for (const control of badExtras) if (control.name) fieldErrors[control.name] = control.validationMessage;
      const count = this.problems.size + badExtras.length;
      this.fail(data, { kind: 'validation', message: this.t('form.invalid.summary', { count }), fieldErrors });
      const first = this.problems.keys().next();
      if (!first.done) void this.focusControl(first.value);
      else badExtras[0]?.reportValidity();
      return;
    }

    const wait = Math.ceil((this.retryAt - Date.now()) / 1000);
    if (wait > 0) {
      this.notice = { key: 'form.error.rateLimited', vars: { seconds: wait, count: wait } };
      const message = this.t('form.error.rateLimited', { seconds: wait, count: wait });
      this.fail(data, { kind: 'http', status: 429, message, retryAfter: wait });
      return;
    }

    if (!emit<BrokerContactSubmitDetail>(this, 'broker-contact-submit', { data }, { cancelable: true })) return;

    const url = safeAction(this.action);
    if (!url) {
      this.warnAction();
      this.notice = { key: 'form.error.config' };
      this.fail(data, { kind: 'config', message: this.t('form.error.config') });
      return;
    }

    const idempotencyKey = this.keys.keyFor(fingerprint);
    this.phase = 'sending';
    // A reload while the request is in flight must still retry under the same key.
    this.saveDraft();
    this.draft.flush();
    const timeout = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : 15000;
    const result = await sendContact({
      url,
      encoding: this.encoding === 'form' ? 'form' : 'json',
      data,
      idempotencyKey,
      timeout,
    });

    if (result.ok) {
      this.clearMessage();
      this.phase = 'sent';
      this.statusKind = 'success';
      emit<BrokerContactSuccessDetail>(this, 'broker-contact-success', {
        data,
        response: result.body,
        status: result.status,
      });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.send-another')?.focus();
      return;
    }

    this.phase = 'editing';
    this.fail(data, this.describeFailure(result.failure, rules));
    await this.updateComplete;
    const firstServerProblem = rules.order.find((name) => this.serverProblems.has(name));
    if (firstServerProblem) void this.focusControl(firstServerProblem);
    else if (!this.shadowRoot?.activeElement)
      this.renderRoot.querySelector<HTMLElement>('[part~="submit-button"]')?.focus();
  }

  /** Puts a failure into words (the alert, and fields for a server's per-field errors). */
  private describeFailure(failure: SendFailure, rules: ValidationRules & { order: ControlName[] }): ContactFormError {
    const error: ContactFormError = { kind: failure.kind, message: '' };
    if (failure.status !== undefined) error.status = failure.status;

    if (failure.kind !== 'http') {
      this.notice = { key: `form.error.${failure.kind}` as const };
    } else if (failure.status === 429) {
      const seconds = failure.retryAfter;
      if (seconds !== undefined) {
        error.retryAfter = seconds;
        this.retryAt = Date.now() + seconds * 1000;
        this.notice = { key: 'form.error.rateLimited', vars: { seconds, count: seconds } };
      } else {
        this.notice = { key: 'form.error.rateLimitedLater' };
      }
    } else if (failure.serverErrors) {
      const serverProblems = new Map<ControlName, string>();
      const fieldErrors: Record<string, string> = {};
      const lines: string[] = [];
      for (const { field, message } of failure.serverErrors) {
        if (field) fieldErrors[field] = message;
        if (field && isControlName(field) && rules.order.includes(field)) {
          if (!serverProblems.has(field)) serverProblems.set(field, message);
        } else lines.push(message);
      }
      this.serverProblems = serverProblems;
      error.fieldErrors = fieldErrors;
      this.notice = serverProblems.size ? { key: 'form.error.rejected', lines } : { lines };
    } else {
      this.notice = { key: 'form.error.http', vars: { status: failure.status ?? 0 } };
    }
    error.message = this.noticeText(this.notice).join(' ');
    return error;
  }

  private noticeText(notice: Notice | undefined): string[] {
    if (!notice) return [];
    return [...(notice.key ? [this.t(notice.key, notice.vars)] : []), ...(notice.lines ?? [])];
  }

  override render(): TemplateResult {
    const heading = this.heading ?? this.t('form.heading');
    const status =
      this.statusKind === 'success'
        ? this.successMessage || this.t('form.success')
        : this.statusKind === 'draft'
          ? this.t('form.draftRestored')
          : '';
    return html`<div class="base" part="base">
      ${heading ? html`<h2 class="heading" id="heading" part="heading">${heading}</h2>` : nothing}
      <div class="status ${this.statusKind ?? ''}" part="status" role="status">
        ${this.phase === 'sending' ? html`<span class="visually-hidden">${this.t('form.sending')}</span>` : status}
      </div>
      ${this.renderForm(Boolean(heading))}
      <div class="sent" ?hidden=${this.phase !== 'sent'}>
        <button class="send-another secondary" part="send-another-button" type="button" @click=${this.sendAnother}>
          ${this.t('form.sendAnother')}
        </button>
      </div>
    </div>`;
  }

  private onSlotChange(event: Event): void {
    this.hasExtra = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }

  private sendAnother(): void {
    this.reset();
    const first = this.rules.order[0];
    if (first) void this.focusControl(first);
  }

  private renderForm(labelled: boolean): TemplateResult {
    const rules = this.rules;
    const sending = this.phase === 'sending';
    const alert = this.noticeText(this.notice ?? (this.hostileAction ? { key: 'form.error.config' } : undefined));
    const halves = rules.order.filter((name) => name !== 'message' && name !== 'consent');
    const lastHalf = halves.length % 2 ? halves[halves.length - 1] : undefined;
    return html`<form
      part="form"
      novalidate
      ?hidden=${this.phase === 'sent'}
      aria-labelledby=${labelled ? 'heading' : nothing}
      aria-busy=${sending ? 'true' : 'false'}
      @submit=${this.onSubmit}
      @input=${this.onInput}
      @focusout=${this.onFocusOut}
    >
      ${rules.order.map((name) => {
        if (name === 'consent') return this.renderConsent(sending);
        const wide = name === 'message' || name === lastHalf;
        if (name === 'topic') return this.renderTopic(rules.topics, sending, wide);
        return this.renderField(fieldDefinitions[name], rules.required.has(name), sending, wide);
      })}
      <div class="honeypot" aria-hidden="true">
        <label for="field-${honeypotName}">${this.t('form.honeypot')}</label>
        <input id="field-${honeypotName}" name=${honeypotName} type="text" tabindex="-1" autocomplete="off" />
      </div>
      <div class="extra wide" ?hidden=${!this.hasExtra}>
        <slot name="extra" @slotchange=${this.onSlotChange}></slot>
      </div>
      <div class="actions wide">
        <div class="alert ${alert.length ? 'shown' : ''}" part="alert" role="alert">
          ${alert.map((line) => html`<p>${line}</p>`)}
        </div>
        <button part="submit-button" type="submit" ?disabled=${sending}>
          ${sending ? this.t('form.sending') : this.submitLabel || this.t('form.submit')}
        </button>
      </div>
    </form>`;
  }

  private renderLabel(name: ControlName, text: string, required: boolean): TemplateResult {
    return html`<label for="field-${name}" part="label"
      >${text}${
        required
          ? html`<span class="mark" aria-hidden="true">*</span>`
          : html` <span class="optional">(${this.t('form.optional')})</span>`
      }</label
    >`;
  }

  private renderError(name: ControlName, message: string | undefined): TemplateResult | typeof nothing {
    return message ? html`<p class="error" id="error-${name}" part="error">${message}</p>` : nothing;
  }

  private renderField(def: FieldDefinition, required: boolean, sending: boolean, wide: boolean): TemplateResult {
    const { name } = def;
    const message = this.messageFor(name);
    const common = {
      id: `field-${name}`,
      invalid: message ? 'true' : nothing,
      describedBy: message ? `error-${name}` : nothing,
    };
    const control =
      def.type === 'textarea'
        ? html`<textarea
            id=${common.id}
            name=${name}
            part="input input-${name}"
            rows="6"
            maxlength=${def.maxlength}
            ?required=${required}
            ?readonly=${sending}
            aria-invalid=${common.invalid}
            aria-describedby=${common.describedBy}
            .value=${this.values[name]}
          ></textarea>`
        : html`<input
            id=${common.id}
            name=${name}
            part="input input-${name}"
            type=${def.type}
            autocomplete=${def.autocomplete ?? nothing}
            inputmode=${def.inputmode ?? nothing}
            spellcheck=${def.type === 'email' ? 'false' : nothing}
            maxlength=${def.maxlength}
            ?required=${required}
            ?readonly=${sending}
            aria-invalid=${common.invalid}
            aria-describedby=${common.describedBy}
            .value=${this.values[name]}
          />`;
    return html`<div class="field ${wide ? 'wide' : ''}" part="field field-${name}">
      ${this.renderLabel(name, this.t(def.label), required)} ${control} ${this.renderError(name, message)}
    </div>`;
  }

  private renderTopic(topics: readonly string[], sending: boolean, wide: boolean): TemplateResult {
    const message = this.messageFor('topic');
    return html`<div class="field ${wide ? 'wide' : ''}" part="field field-topic">
      ${this.renderLabel('topic', this.t('form.label.topic'), true)}
      <select
        id="field-topic"
        name="topic"
        part="input input-topic"
        required
        ?disabled=${sending}
        aria-invalid=${message ? 'true' : nothing}
        aria-describedby=${message ? 'error-topic' : nothing}
        .value=${this.values.topic}
      >
        <option value="" ?selected=${!topics.includes(this.values.topic)}>${this.t('form.topicPlaceholder')}</option>
        ${topics.map((topic) => html`<option .value=${topic} ?selected=${topic === this.values.topic}>${topic}</option>`)}
      </select>
      ${this.renderError('topic', message)}
    </div>`;
  }

  private renderConsent(sending: boolean): TemplateResult {
    const message = this.messageFor('consent');
    return html`<div class="field wide" part="field field-consent">
      <label class="consent" part="consent" for="field-consent">
        <input
          id="field-consent"
          name="consent"
          part="checkbox"
          type="checkbox"
          required
          ?disabled=${sending}
          aria-invalid=${message ? 'true' : nothing}
          aria-describedby=${message ? 'error-consent' : nothing}
          .checked=${this.values.consent}
        />
        <span>${this.consent}<span class="mark" aria-hidden="true">*</span></span>
      </label>
      ${this.renderError('consent', message)}
    </div>`;
  }
}
