import { cached, safeLocale } from '../../shared/i18n/intl.js';

const listFormats = new Map<string, Intl.ListFormat>();

/** "A, B and C" in `lang`, each name rendered as its entry of `parts`. */
export function joinList(lang: string, names: string[], parts: unknown[]): unknown[] {
  if (names.length < 2) return parts;
  let index = 0;
  const locale = safeLocale(lang);
  return cached(listFormats, locale, () => new Intl.ListFormat(locale))
    .formatToParts(names)
    .map((piece) => (piece.type === 'element' ? parts[index++] : piece.value));
}
