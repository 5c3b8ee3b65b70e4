const locales = new Map<string, string>();

/**
 * A valid BCP 47 locale for `Intl`, or `en` for a `lang` value that is not one. Remembered per
 * value: every date, count and string of every card asks.
 */
export function safeLocale(lang: string): string {
  return cached(locales, lang, () => {
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  });
}

/**
 * The value cached under `key`, made once. `Intl` formatters cost far more to build than to use,
 * so each is built once per locale and options.
 */
export function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
