import { LitElement } from 'lit';
import { property } from './decorators.js';
import { emit, type EventDetail, type TradeEventMap } from './events.js';
import {
  ensureLanguage,
  onLanguageRegistered,
  resolveLang,
  translate,
  type MessageKey,
  type MessageOverrides,
} from './i18n/index.js';

/** Built-in colour schemes; `auto` follows `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

const connected = new Set<TradeElement>();
let langObserver: MutationObserver | undefined;

/**
 * One observer for the whole page re-renders every element when the document's or an ancestor's
 * `lang` changes, so a page that switches language at run time needs no extra wiring.
 */
function watchLang(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  onLanguageRegistered(() => {
    for (const element of connected) element.requestUpdate();
  });
  langObserver = new MutationObserver(() => {
    for (const element of connected) element.requestUpdate();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** A plural string's key without its `_one`/`_other` ending: `translate` picks the form from `count`. */
type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;

/** Any string an element may ask for: a catalog key, or a plural key's base. */
export type StringKey = MessageKey | PluralBase<MessageKey>;

/**
 * What the three elements share: language resolution, string lookup with per-element overrides,
 * typed events, and the `theme` attribute.
 *
 * Conventions every element follows: private members (fields, handlers, render parts) are
 * `private _name`; a reactive property is declared once, by its decorator (`@property()` for the
 * public ones, `@state()` on a private typed field for the element's own state); each element's
 * styles are exported from its `*.styles.ts` as `<elementName>Styles`.
 */
export class TradeElement extends LitElement {
  /** Colour scheme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** Replaces any built-in UI string, by key (see the README's "Languages" section). */
  @property({ attribute: false }) messages: MessageOverrides = {};

  /** The language in use: `lang` on the element, else the nearest ancestor's, else `en`. */
  get locale(): string {
    return resolveLang(this);
  }

  /** A UI string in the element's language. */
  protected t(key: StringKey, vars?: Record<string, string | number>): string {
    return translate(this.locale, key, vars, this.messages);
  }

  /** Dispatches one of the library's events from this element; `false` when a listener canceled it. */
  protected emit<K extends keyof TradeEventMap>(
    name: K,
    detail: EventDetail<K>,
    options?: { cancelable?: boolean },
  ): boolean {
    return emit(this, name, detail, options);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // The page-wide observer does not see elements inside other shadow roots (a post in a feed),
    // so each element also watches its own `lang`.
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * Holds each update until the element's language is loaded, so a Spanish page never flashes
   * English first. English and loaded languages render at once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = ensureLanguage(this.locale);
    return waiting ? waiting.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }
}
