import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../../shared/events.js';
import { pageUrl } from '../../shared/url.js';
import type { StringKey } from '../../shared/trade-element.js';
import { DraftStore } from './draft.js';
import {
  emptyValues,
  fieldNames,
  type ControlName,
  type FieldName,
  type FormRules,
  type FormValues,
} from './fields.js';
import { loadSend, type SendModule } from './load-send.js';
import {
  ownFields,
  pageMeta,
  type ContactData,
  type ContactFormError,
  type IdempotencyState,
  type Notice,
  type Phase,
} from './submission.js';
import { checkExtra, validateAll, validateControl, type ExtraControl } from './validation.js';
import type { FieldIssue, FocusTarget, SubmissionSettings, SubmitInput } from './submission-types.js';
import { refusedAction, warnAboutAction } from './action.js';

type Host = ReactiveControllerHost & HTMLElement;

export type { FieldIssue, FocusTarget, SubmissionSettings, SubmitInput } from './submission-types.js';

/** The controls a draft keeps: text fields and topic (never the honeypot or consent). */
const draftControls: readonly (FieldName | 'topic')[] = [...fieldNames, 'topic'];

/**
 * The state of one contact form's message, from the first keystroke to its outcome: the values,
 * what is wrong with them, the phase, the alert, the rate limit, the idempotency key and the draft.
 * The element renders this state; this controller changes it and asks the element to update.
 * Checking fields happens here, at once; turning the values into a request and sending it is
 * done by the pure functions of `send.ts`, fetched when the person starts on the form.
 */
export class SubmissionController implements ReactiveController {
  /** What the person typed. */
  values: FormValues = { ...emptyValues };
  phase: Phase = 'editing';
  /** What is wrong with each control; a server's message stays until its control is edited. */
  issues = new Map<ControlName, FieldIssue>();
  /** Where focus goes after the next render, for the element to take with `takeFocus()`. */
  private _focus?: FocusTarget;
  /** What the alert says, unless `action` is refused (then it says so). */
  notice?: Notice;
  /** Once a send was attempted, every field is checked as it changes, not only on leaving it. */
  attempted = false;
  /** When a 429 said the next attempt may go (ms since the epoch). */
  retryAt = 0;
  /** The idempotency key in use and the message it belongs to; forgotten once a message went through. */
  idempotency?: IdempotencyState;

  private readonly _draft: DraftStore;
  /** From a press of send until its outcome shows (which covers the `sending` phase). */
  private _busy = false;
  private _restored = false;

  constructor(
    private readonly _host: Host,
    private readonly _settings: () => SubmissionSettings,
    private readonly _text: (key: StringKey, vars?: Record<string, string | number>) => string,
    /** Empties the rendered `<form>`, which also clears the trap field no binding controls. */
    private readonly _clearForm: () => void,
  ) {
    this._draft = new DraftStore(
      () => `trade-widgets:contact-draft:${location.pathname}|${this._settings().draftName}`,
    );
    _host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this._draft);
    document.addEventListener('visibilitychange', this._draft);
    if (!this._restored) this._restoreDraft();
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this._draft);
    document.removeEventListener('visibilitychange', this._draft);
    this._draft.flush();
  }

  /** The message under a control, in the form's language. */
  message(name: ControlName): string | undefined {
    const issue = this.issues.get(name);
    if (!issue || 'server' in issue) return issue?.server;
    const { key, max = 0 } = issue.problem;
    const field = name === 'consent' ? '' : this._text(`form.label.${name}`);
    return this._text(`form.invalid.${key}`, { field, max });
  }

  /** Where focus should go now that the form has rendered, once: the element moves it there. */
  takeFocus(): FocusTarget | undefined {
    const target = this._focus;
    this._focus = undefined;
    return target;
  }

  /** The alert's sentences. */
  alertLines(): string[] {
    const [key, vars, lines = []] =
      this.notice ?? (refusedAction(this._settings().action) ? ['form.error.config'] : []);
    return key ? [this._text(key, vars), ...lines] : lines;
  }

  /** Fetches the sending code ahead of need, once a person starts on the form. */
  prepare(): void {
    loadSend().catch(() => undefined);
  }

  /** A built-in control changed. */
  edit(name: ControlName, value: string | boolean): void {
    this.values = { ...this.values, [name]: value };
    if (this._fromServer(name)) this.issues.delete(name);
    // Corrections count at once; new complaints about typed text wait until the person leaves the
    // field, while a checkbox or select is complete the moment it changes.
    if (this.issues.has(name) || (this.attempted && (name === 'consent' || name === 'topic'))) this.check(name);
    this._saveDraft();
    this._host.requestUpdate();
  }

  /** An extra (slotted) control changed: once flagged, its flag follows its validity. */
  editExtra(control: ExtraControl): void {
    checkExtra(control);
  }

  /** The person left a built-in control. */
  leave(name: ControlName): void {
    const filled = name === 'consent' ? this.values.consent : this.values[name].trim();
    if (this.attempted || filled || this.issues.has(name)) this.check(name);
  }

  /** Checks one control again; a server's message stays until the field is edited. */
  check(name: ControlName): void {
    const problem = validateControl(name, this.values, this._settings().rules);
    if (problem) this.issues.set(name, { problem });
    else if (!this._fromServer(name)) this.issues.delete(name);
    this._host.requestUpdate();
  }

  /** Whether the message under `name` is one the endpoint sent. */
  private _fromServer(name: ControlName): boolean {
    const issue = this.issues.get(name);
    return issue !== undefined && 'server' in issue;
  }

  /** Empties the values, messages and draft; `sent` shows the success state. */
  reset(phase: 'editing' | 'sent' = 'editing'): void {
    this.values = { ...emptyValues };
    this.issues = new Map();
    this.notice = undefined;
    this.phase = phase;
    this.attempted = false;
    this.idempotency = undefined;
    this._draft.clear();
    this._clearForm();
    this._host.requestUpdate();
  }

  /**
   * What pressing send does: check every control, then (unless a listener cancels the submit
   * event) send the message under its idempotency key, and show and report the outcome. Nothing
   * escapes into the host page.
   */
  async submit(input: SubmitInput): Promise<void> {
    if (this._busy || this.phase === 'sent') return;
    this._busy = true;
    try {
      await this._submit(input);
    } catch (error) {
      console.error('<broker-contact-form>: unexpected failure while sending', error);
      this._failUnsent('network');
    } finally {
      this._busy = false;
    }
  }

  private async _submit({ trapped, extras }: SubmitInput): Promise<void> {
    const { rules, action, encoding, timeout, locale } = this._settings();
    this.attempted = true;
    this.notice = undefined;
    this.phase = 'editing';
    // A bot filled the trap: it sees the usual success, and nothing is sent or reported.
    if (trapped) return this.reset('sent');

    // Checked before the sending code is fetched, so the problems show even when it cannot be.
    const problems = validateAll(this.values, rules);
    this.issues = new Map([...problems].map(([name, problem]) => [name, { problem }]));
    const refused = extras.filter((control) => checkExtra(control, true));
    this._host.requestUpdate();
    const sending = loadSend();
    sending.catch(() => undefined); // Read below, on each path.

    if (problems.size || refused.length) {
      const fieldErrors: Record<string, string> = {};
      for (const name of problems.keys()) fieldErrors[name] = this.message(name)!;
      for (const control of refused) if (control.name) fieldErrors[control.name] = control.validationMessage;
      const count = problems.size + refused.length;
      const [first] = problems.keys();
      await this._focusAfterRender(first ?? refused[0]!);
      // The event carries the message as it would have been sent, extras included, when the
      // sending code is at hand; without it, the built-in fields.
      const own = this._ownData(locale, rules);
      const data = await sending.then(
        (send) => send.collect(own, extras).data,
        () => own,
      );
      return this._fail(data, {
        kind: 'validation',
        message: this._text('form.invalid.summary', { count }),
        fieldErrors,
      });
    }

    let send: SendModule;
    try {
      send = await sending;
    } catch {
      // The code that sends could not be fetched: the connection is gone.
      return this._failUnsent(navigator.onLine === false ? 'offline' : 'network');
    }
    const { data, fingerprint } = send.collect(this._ownData(locale, rules), extras);

    if (!emit(this._host, 'broker-contact-submit', { data }, { cancelable: true })) return;

    // The endpoint's last 429 named a time to wait: it is repeated, not asked again before then.
    const wait = Math.ceil((this.retryAt - Date.now()) / 1000);
    if (wait > 0) {
      const { notice, error } = send.rateLimited(wait);
      this.notice = notice;
      return this._fail(data, error);
    }

    const url = pageUrl(action);
    if (!url) {
      warnAboutAction(action);
      this.notice = ['form.error.config'];
      return this._fail(data, { kind: 'config' });
    }

    this.idempotency = send.idempotencyFor(this.idempotency, fingerprint);
    this.phase = 'sending';
    this._host.requestUpdate();
    // A reload while the request is in flight must still retry under the same key.
    this._saveDraft(true);
    const result = await send.sendContact({ url, encoding, data, idempotencyKey: this.idempotency.key, timeout });
    if (result.ok) {
      this.reset('sent');
      emit(this._host, 'broker-contact-success', { data, response: result.body, status: result.status });
      return this._focusAfterRender('send-another-button');
    }

    const { notice, error, fieldMessages } = send.describeFailure(result, rules.order);
    for (const [name, server] of fieldMessages ?? []) this.issues.set(name, { server });
    this.phase = 'editing';
    this.notice = notice;
    if (error.retryAfter) this.retryAt = Date.now() + error.retryAfter * 1000;
    this._fail(data, error);
    const first = rules.order.find((name) => this.issues.has(name));
    await this._focusAfterRender(first ?? 'submit-button');
  }

  /** The built-in controls' values as they would be sent, with `_meta`. */
  private _ownData(locale: string, rules: FormRules): ContactData {
    return { ...ownFields(this.values, rules), _meta: pageMeta(locale) };
  }

  /** Nothing went out: says so in the alert and the event, and keeps every value for another try. */
  private _failUnsent(kind: 'network' | 'offline'): void {
    const { locale, rules } = this._settings();
    this.attempted = true;
    this.phase = 'editing';
    this.notice = [`form.error.${kind}`];
    this._fail(this._ownData(locale, rules), { kind });
  }

  /** Reports a failure; its message is what the alert says unless `error` brings its own. */
  private _fail(data: ContactData, error: Omit<ContactFormError, 'message'> & { message?: string }): void {
    this._host.requestUpdate();
    emit(this._host, 'broker-contact-error', { data, error: { message: this.alertLines().join(' '), ...error } });
  }

  /** Has the element move focus to `target` in its next render, and waits for that render. */
  private async _focusAfterRender(target: FocusTarget): Promise<void> {
    this._focus = target;
    this._host.requestUpdate();
    await this._host.updateComplete;
  }

  private _restoreDraft(): void {
    this._restored = true;
    const draft = this._draft.load();
    let restored = false;
    for (const name of draftControls) {
      const value = draft?.values?.[name];
      if (typeof value === 'string' && value) {
        this.values[name] = value;
        restored = true;
      }
    }
    if (typeof draft?.idempotency?.key === 'string') this.idempotency = draft.idempotency as IdempotencyState;
    // Announced after the first render, so screen readers already know the (empty) status region.
    if (restored)
      setTimeout(() => {
        if (this.phase !== 'editing') return;
        this.phase = 'restored';
        this._host.requestUpdate();
      }, 100);
  }

  /** Keeps what was typed (and the key in use) for a reload; `now` writes it at once. */
  private _saveDraft(now?: boolean): void {
    const values: Record<string, string> = {};
    for (const name of draftControls) if (this.values[name]) values[name] = this.values[name];
    this._draft.save({ values, idempotency: this.idempotency });
    if (now) this._draft.flush();
  }
}
