import { en, type MessageKey, type Messages } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

export type { MessageKey, Messages };

const catalogs: Record<string, Messages> = { en, es, fr };

/** Languages with a built-in catalog. */
export const builtInLanguages = Object.keys(catalogs);

/** Strings a host page supplies to replace built-in ones, by key. */
export type MessageOverrides = Partial<Record<MessageKey, string>>;

type Vars = Record<string, string | number>;

/**
 * The language of an element: its own `lang`, else the nearest ancestor's (crossing shadow roots,
 * so a `<trade-post>` inside a feed follows the feed), else the document's, else `en`.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

/** The built-in catalog closest to `lang` (`es-MX` → `es`), English when there is none. */
export function catalogFor(lang: string): Messages {
  const base = lang.toLowerCase().split('-')[0] ?? 'en';
  return catalogs[base] ?? en;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function safeLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A number formatted for `lang` ("1,234" in English, "1234" or "1 234" elsewhere). */
export function formatNumber(value: number, lang: string): string {
  const locale = safeLocale(lang);
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
}

/**
 * Looks `key` up in the overrides, then the catalog for `lang`, then English, and fills
 * `{placeholders}` from `vars`. A numeric `count` var picks the plural form (`key_one`, `key_other`)
 * and is formatted for the language.
 */
export function translate(lang: string, key: string, vars: Vars = {}, overrides: MessageOverrides = {}): string {
  const catalog = catalogFor(lang);
  const lookup = (k: string): string | undefined =>
    (overrides as Record<string, string | undefined>)[k] ??
    (catalog as Record<string, string | undefined>)[k] ??
    (en as Record<string, string | undefined>)[k];

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
