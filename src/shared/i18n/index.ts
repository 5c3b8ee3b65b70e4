import type { MessageKey, Messages } from './en.js';
import { cached, safeLocale } from './intl.js';
import { languageLoaders } from './load-language.js';

export type { MessageKey, Messages };

/** English strings of the elements defined on this page; each entry point adds its own. */
const english: Partial<Messages> = {};

/** Translations loaded so far, by base language (`es`, `fr`). */
const loaded: Record<string, Messages> = {};
const failed = new Set<string>();
const pending = new Map<string, Promise<void>>();

/**
 * Adds English strings. Entry points call this for the elements they define, so a bundle holds
 * only the strings of the elements in it.
 */
export function addEnglish(...catalogs: Partial<Messages>[]): void {
  Object.assign(english, ...catalogs);
}

function baseLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? 'en';
}

/**
 * Makes sure the catalog for `lang` is loaded. Returns `undefined` when there is nothing to wait
 * for (English, a language already loaded, or one without a built-in catalog), else a promise that
 * settles once the catalog is there — or has failed to load, in which case English stands in.
 */
export function ensureLanguage(lang: string): Promise<void> | undefined {
  const base = baseLanguage(lang);
  const load = languageLoaders[base];
  if (!load || loaded[base] || failed.has(base)) return undefined;
  let waiting = pending.get(base);
  if (!waiting) {
    waiting = load().then(
      (messages) => {
        loaded[base] = messages;
      },
      () => {
        failed.add(base);
      },
    );
    pending.set(base, waiting);
  }
  return waiting;
}

/** Strings a host page supplies to replace built-in ones, by key. */
export type MessageOverrides = Partial<Record<MessageKey, string>>;

/** Languages the page registered, by lower-case tag (`de`, `pt-br`), merged call over call. */
const registered: Record<string, MessageOverrides> = {};
const languageListeners = new Set<() => void>();

/**
 * Adds a language, or changes strings of one, for every element on the page whose language is
 * `lang` (or, for a base tag like `de`, any regional `de-…`). Elements already on the page
 * re-render. Keys missing from `messages` fall back to the built-in catalog, then English.
 */
export function registerLanguage(lang: string, messages: MessageOverrides): void {
  // Called from page scripts, so a wrong argument is reported, never thrown into the page.
  if (typeof lang !== 'string' || !lang.trim() || !messages || typeof messages !== 'object') {
    console.warn('trade-widgets: registerLanguage(lang, messages) needs a language tag and an object of strings.');
    return;
  }
  // Only strings can be shown; anything else would fail later, while an element renders.
  const strings = Object.fromEntries(Object.entries(messages).filter(([, text]) => typeof text === 'string'));
  const tag = lang.trim().toLowerCase();
  registered[tag] = { ...registered[tag], ...strings };
  for (const listener of languageListeners) listener();
}

/** Calls `listener` after each `registerLanguage`; returns a function that stops it. */
export function onLanguageRegistered(listener: () => void): () => void {
  languageListeners.add(listener);
  return () => languageListeners.delete(listener);
}

type Vars = Record<string, string | number>;

/**
 * The language of an element: its own `lang`, else the nearest ancestor's (crossing shadow roots,
 * so a `<trade-post>` inside a feed follows the feed), else the document's, else `en`.
 */
export function resolveLang(element: Element): string {
  // Duck-typed rather than `instanceof Element`/`ShadowRoot`: a server renderer (@lit-labs/ssr)
  // has neither class, and its elements have attributes but no parents.
  let node: Node | null | undefined = element;
  while (node) {
    const lang = (node as Partial<Element>).getAttribute?.('lang');
    if (lang) return lang;
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host;
  }
  return 'en';
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number formatted for `lang` ("1,234" in English, "1234" or "1 234" elsewhere). */
export function formatNumber(value: number, lang: string): string {
  const locale = safeLocale(lang);
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
}

/**
 * Looks `key` up in the overrides, then the loaded catalog for `lang`, then English, and fills
 * `{placeholders}` from `vars`. A numeric `count` var picks the plural form (`key_one`, `key_other`)
 * and is formatted for the language.
 */
export function translate(lang: string, key: string, vars: Vars = {}, overrides: MessageOverrides = {}): string {
  const base = baseLanguage(lang);
  const catalog: Partial<Messages> = loaded[base] ?? english;
  const exact = registered[lang.toLowerCase()] as Record<string, string | undefined> | undefined;
  const general = registered[base] as Record<string, string | undefined> | undefined;
  const lookup = (k: string): string | undefined =>
    (overrides as Record<string, string | undefined>)[k] ??
    exact?.[k] ??
    general?.[k] ??
    (catalog as Record<string, string | undefined>)[k] ??
    (english as Record<string, string | undefined>)[k];

  let template: string | undefined;
  const count = vars['count'];
  if (typeof count === 'number') {
    const locale = safeLocale(lang);
    const category = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
    template = lookup(`${key}_${category}`) ?? lookup(`${key}_other`);
  }
  template ??= lookup(key) ?? key;

  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = vars[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}
