import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { emit, type EventDetail } from '../../shared/events.js';
import { pageUrl } from '../../shared/url.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { TradeElement, type StringKey } from '../../shared/trade-element.js';
import { brokerContactFormStyles } from './broker-contact-form.styles.js';
import { DraftStore } from './draft.js';
import {
  controlOrder,
  emptyValues,
  fieldNames,
  fieldSpecs,
  parseFields,
  parseRequired,
  parseTopics,
  type ControlName,
  type FieldName,
  type FormValues,
} from './fields.js';
import { loadSend } from './load-send.js';
import type * as Send from './send.js';
import {
  IdempotencyKeys,
  ownFields,
  pageMeta,
  type ContactData,
  type ContactFormError,
  type Encoding,
  type ExtraControl,
  type IdempotencyState,
  type Notice,
  type Phase,
  type Rules,
} from './submission.js';
import type { Problem } from './validation.js';

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

/** What a draft keeps. */
const textControls: readonly (FieldName | 'topic')[] = [...fieldNames, 'topic'];
const mark = html`<span class="mark" aria-hidden="true">*</span>`;

const $ = <T extends HTMLElement = HTMLElement>(el: BrokerContactForm, selector: string): T | null | undefined =>
  el.renderRoot?.querySelector<T>(selector);

/** True when `action` is set but is not http(s) or relative: the form must not send to it. */
const refused = (action: string | null | undefined): boolean => Boolean(action?.trim()) && !pageUrl(action);

const warned = new Set<string>();

/** Tells the developer, once per value, that `action` cannot be sent to. */
function warn(action: string | null | undefined): void {
  const trimmed = action?.trim() ?? '';
  if (warned.has(trimmed)) return;
  warned.add(trimmed);
  console.warn(`<broker-contact-form>: ${trimmed ? `refused action "${trimmed}"` : 'no action'}; nothing was sent.`);
}

/** Fetches the sending code once a person starts on the form, so pressing send does not wait for it. */
function warmUp(): void {
  loadSend().catch(() => undefined);
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
  static override styles = [themeStyles, brokerContactFormStyles];
  static override properties: PropertyDeclarations = {
    action: {},
    encoding: {},
    fields: {},
    required: {},
    topics: {},
    consent: {},
    heading: {},
    submitLabel: { attribute: 'submit-label' },
    successMessage: { attribute: 'success-message' },
    timeout: { type: Number },
    values: { state: true },
    phase: { state: true },
    problems: { state: true },
    notice: { state: true },
  };

  /** Endpoint the message is POSTed to: http(s) or relative. Anything else is refused, never followed. */
  action?: string;

  /** `json` (`application/json`) or `form` (`application/x-www-form-urlencoded`, `_meta[page]` style keys). */
  encoding: Encoding = 'json';

  /** Fields to show, in this order, from `name email phone company message`; unknown names are ignored. */
  fields = 'name email phone company message';

  /** Which of the shown fields must be filled in (space-separated). */
  required = 'name email message';

  /** Comma-separated topics; when set, a required "Topic" select is shown and sent as `topic`. */
  topics = '';

  /** Text of a required consent checkbox, sent as `consent: true`; no checkbox when empty. */
  consent = '';

  /** Heading above the form; defaults to the localized "Need assistance…"; an empty string hides it. */
  heading?: string;

  /** Label of the send button; defaults to the localized "Send". */
  submitLabel?: string;

  /** Shown once a message is accepted; defaults to the localized "Thanks for submitting!". */
  successMessage?: string;

  /** Milliseconds to wait for the endpoint before failing with kind `timeout`. */
  timeout = 15000;

  // What the sending code (`send.ts`, loaded later) works on: internal, not part of the API.
  /** @internal */
  values: FormValues = { ...emptyValues };
  /** @internal */
  phase: Phase = 'editing';
  /** @internal Client-side problems, and a server's messages (strings) until their field is edited. */
  problems = new Map<ControlName, Problem | string>();
  /** @internal */
  notice?: Notice;
  /** @internal Once a send was attempted, every field is checked as it changes, not only on leaving it. */
  attempted = false;
  /** @internal When a 429 said the next attempt may go (ms since the epoch). */
  retryAt = 0;
  /** @internal */
  rules!: Rules;
  /** @internal */
  readonly keys = new IdempotencyKeys();

  private readonly draft = new DraftStore(
    () => `trade-widgets:contact-draft:${location.pathname}|${this.id || this.action || ''}`,
  );
  /** From a press of send until its outcome shows (which covers the `sending` phase). */
  private busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.draft);
    document.addEventListener('visibilitychange', this.draft);
    if (!this.hasUpdated) this.restoreDraft();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.draft);
    document.removeEventListener('visibilitychange', this.draft);
    this.draft.flush();
  }

  /** Sends the message as if the person pressed the send button (validation included). */
  submit(): void {
    $<HTMLFormElement>(this, 'form')?.requestSubmit();
  }

  /** Empties the form, its messages and its saved draft, and shows the form again. */
  reset(): void {
    this.clear('editing');
  }

  /**
   * Shows the success state and forgets the message, as after a successful send. For hosts that
   * cancel `broker-contact-submit` and deliver the message themselves.
   */
  markSent(): void {
    this.clear('sent');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const fields = parseFields(this.fields);
    const topics = parseTopics(this.topics);
    const consent = Boolean(this.consent?.trim());
    const required = parseRequired(this.required, fields);
    this.rules = {
      fields,
      required,
      topics,
      consent,
      order: controlOrder(fields, topics.length > 0, consent),
      specs: fieldSpecs,
    };
    if (changed.has('action') && refused(this.action)) warn(this.action);
  }

  private restoreDraft(): void {
    const draft = this.draft.load();
    let restored = false;
    for (const name of textControls) {
      const value = draft?.values?.[name];
      if (typeof value === 'string' && value) {
        this.values[name] = value;
        restored = true;
      }
    }
    if (typeof draft?.idempotency?.key === 'string') this.keys.state = draft.idempotency as IdempotencyState;
    // Announced after the first render, so screen readers already know the (empty) status region.
    if (restored)
      setTimeout(() => {
        if (this.phase === 'editing') this.phase = 'restored';
      }, 100);
  }

  /** @internal Keeps what was typed (and the key in use) for a reload; `now` writes it at once. */
  saveDraft(now?: boolean): void {
    const values: Record<string, string> = {};
    for (const name of textControls) if (this.values[name]) values[name] = this.values[name];
    this.draft.save({ values, idempotency: this.keys.state });
    if (now) this.draft.flush();
  }

  private clear(phase: Phase): void {
    this.values = { ...emptyValues };
    this.problems = new Map();
    this.notice = undefined;
    this.phase = phase;
    this.attempted = false;
    this.keys.forget();
    this.draft.clear();
    // Also empties the honeypot, which no binding controls.
    $<HTMLFormElement>(this, 'form')?.reset();
  }

  /** @internal The message shown under a control, in the current language. */
  message(name: ControlName): string | undefined {
    const problem = this.problems.get(name);
    if (typeof problem !== 'object') return problem;
    const field = name === 'consent' ? '' : this.t(`form.label.${name}`);
    return this.t(`form.invalid.${problem.key}`, { field, max: problem.max ?? 0 });
  }

  private alertLines(): string[] {
    const [key, vars, lines = []] = this.notice ?? (refused(this.action) ? ['form.error.config'] : []);
    return key ? [this.t(key, vars), ...lines] : lines;
  }

  /** One of the form's own shown controls (not a slotted extra control, not the honeypot). */
  private ownControl(target: EventTarget | null): ControlName | undefined {
    const name = (target as ExtraControl).name as ControlName;
    return (target as Node).getRootNode() === this.renderRoot && this.rules.order.includes(name) ? name : undefined;
  }

  /** Runs `task` once the sending code is here (at once when it already is). */
  private later(task: (send: typeof Send) => void): void {
    loadSend().then(task, () => undefined);
  }

  private onInput(event: Event): void {
    const target = event.target as ExtraControl;
    const name = this.ownControl(target);
    if (!name) return this.later((send) => send.checkExtra(target));
    this.values = { ...this.values, [name]: name === 'consent' ? (target as HTMLInputElement).checked : target.value };
    if (typeof this.problems.get(name) === 'string') this.problems.delete(name);
    // Corrections count at once; new complaints about typed text wait until the person leaves the
    // field, while a checkbox or select is complete the moment it changes.
    if (this.problems.has(name) || (this.attempted && (name === 'consent' || name === 'topic')))
      this.later((send) => send.recheck(this, name));
    this.saveDraft();
  }

  private onFocusOut(event: FocusEvent): void {
    const name = this.ownControl(event.target);
    if (!name) return;
    const filled = name === 'consent' ? this.values.consent : this.values[name].trim();
    if (this.attempted || filled || this.problems.has(name)) this.later((send) => send.recheck(this, name));
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy || this.phase === 'sent') return;
    this.busy = true;
    try {
      let send: typeof Send;
      try {
        send = await loadSend();
      } catch {
        // The code that checks and sends could not be fetched: the connection is gone.
        return this.failUnsent(navigator.onLine === false ? 'offline' : 'network');
      }
      try {
        await send.send(this);
      } catch (error) {
        // Nothing may escape into the host page; the person still gets a way to try again.
        console.error('<broker-contact-form>: unexpected failure while sending', error);
        this.failUnsent('network');
      }
    } finally {
      this.busy = false;
    }
  }

  /** Nothing went out: says so in the alert and the event, and keeps every value for another try. */
  private failUnsent(kind: 'network' | 'offline'): void {
    this.attempted = true;
    this.phase = 'editing';
    this.notice = [`form.error.${kind}`];
    this.fail(this.ownData(), { kind });
  }

  /** @internal The built-in controls' values as they would be sent, with `_meta`. */
  ownData(): ContactData {
    return { ...ownFields(this.values, this.rules), _meta: pageMeta(this.locale) };
  }

  /** @internal Where to send: `action` as a URL, or `undefined` (with a console warning) when it can't be one. */
  endpoint(): URL | undefined {
    const url = pageUrl(this.action);
    if (!url) warn(this.action);
    return url;
  }

  /** @internal Dispatches one of the form's events; `false` when a listener cancelled it. */
  tell<K extends 'broker-contact-submit' | 'broker-contact-success'>(
    type: K,
    detail: EventDetail<K>,
    cancelable?: boolean,
  ): boolean {
    return emit(this, type, detail, { cancelable });
  }

  /** @internal A string in the form's language. */
  text(key: StringKey, vars?: Record<string, string | number>): string {
    return this.t(key, vars);
  }

  /** @internal Reports a failure; its message is what the alert says unless `error` brings its own. */
  fail(data: ContactData, error: Omit<ContactFormError, 'message'> & { message?: string }): void {
    emit(this, 'broker-contact-error', {
      data,
      error: { message: this.alertLines().join(' '), ...error },
    });
  }

  /** @internal Moves focus to `selector` in the form once it has rendered. */
  async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    $(this, selector)?.focus();
  }

  private sendAnother(): void {
    this.reset();
    void this.focusOn(`#field-${this.rules.order[0]}`);
  }

  override render(): TemplateResult {
    const { phase, values } = this;
    const { order, required, topics } = this.rules;
    const sending = phase === 'sending';
    const heading = this.heading ?? this.t('form.heading');
    const alert = this.alertLines();
    const halves = order.filter((name) => name !== 'message' && name !== 'consent');
    const lastHalf = halves.length % 2 ? halves[halves.length - 1] : undefined;
    const chosen = topics.includes(values.topic) ? values.topic : '';
    const choose = this.t('form.topicPlaceholder');

    const field = (name: ControlName): TemplateResult => {
      const message = this.message(name);
      const invalid = message ? 'true' : nothing;
      const describedBy = message ? `error-${name}` : nothing;
      const isRequired = name === 'topic' || required.has(name as FieldName);
      const [type, autocomplete, maxlength] = fieldSpecs[name as FieldName] ?? [];
      const control =
        name === 'consent'
          ? html`<label class="consent" part="consent" for="field-consent">
              <input
                id="field-consent"
                name="consent"
                part="checkbox"
                type="checkbox"
                required
                ?disabled=${sending}
                aria-invalid=${invalid}
                aria-describedby=${describedBy}
                .checked=${values.consent}
              />
              <span>${this.consent}${mark}</span>
            </label>`
          : html`<label for="field-${name}" part="label"
                >${this.t(`form.label.${name}`)}${
                  isRequired ? mark : html` <span class="optional">(${this.t('form.optional')})</span>`
                }</label
              >
              ${
                name === 'topic'
                  ? html`<select
                      id="field-topic"
                      name="topic"
                      part="input input-topic"
                      required
                      ?disabled=${sending}
                      aria-invalid=${invalid}
                      aria-describedby=${describedBy}
                      .value=${values.topic}
                    >
                      ${['', ...topics].map(
                        (topic) =>
                          html`<option .value=${topic} ?selected=${topic === chosen}>${topic || choose}</option>`,
                      )}
                    </select>`
                  : type === 'textarea'
                    ? html`<textarea
                        id="field-${name}"
                        name=${name}
                        part="input input-${name}"
                        rows="6"
                        maxlength=${maxlength!}
                        ?required=${isRequired}
                        ?readonly=${sending}
                        aria-invalid=${invalid}
                        aria-describedby=${describedBy}
                        .value=${values[name as FieldName]}
                      ></textarea>`
                    : html`<input
                        id="field-${name}"
                        name=${name}
                        part="input input-${name}"
                        type=${type!}
                        autocomplete=${autocomplete!}
                        spellcheck=${type === 'email' ? 'false' : nothing}
                        maxlength=${maxlength!}
                        ?required=${isRequired}
                        ?readonly=${sending}
                        aria-invalid=${invalid}
                        aria-describedby=${describedBy}
                        .value=${values[name as FieldName]}
                      />`
              }`;
      const wide = name === 'message' || name === 'consent' || name === lastHalf;
      return html`<div class="field ${wide ? 'wide' : ''}" part="field field-${name}">
        ${control} ${message ? html`<p class="error" id="error-${name}" part="error">${message}</p>` : nothing}
      </div>`;
    };

    return html`<div class="base" part="base">
      ${heading ? html`<h2 id="heading" part="heading">${heading}</h2>` : nothing}
      <div class=${phase === 'sent' ? 'box' : phase === 'restored' ? 'box draft' : ''} part="status" role="status">
        ${
          phase === 'sent'
            ? this.successMessage || this.t('form.success')
            : phase === 'restored'
              ? this.t('form.draftRestored')
              : sending
                ? html`<span class="visually-hidden">${this.t('form.sending')}</span>`
                : ''
        }
      </div>
      <form
        part="form"
        novalidate
        ?hidden=${phase === 'sent'}
        aria-labelledby=${heading ? 'heading' : nothing}
        aria-busy=${`${sending}`}
        @submit=${this.onSubmit}
        @input=${this.onInput}
        @focusout=${this.onFocusOut}
        @focusin=${warmUp}
      >
        ${order.map(field)}
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
        @click=${this.sendAnother}
      >
        ${this.t('form.sendAnother')}
      </button>
    </div>`;
  }
}
