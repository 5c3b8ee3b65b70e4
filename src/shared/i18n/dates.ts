import { cached, safeLocale } from './intl.js';

/** How a date is written: "November 28, 2026", "11/28/26" or "3 days ago". */
export type DateStyle = 'long' | 'short' | 'relative';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/**
 * An ISO date written for `lang` in `style`. Formatters are made once per language and style
 * because building an `Intl` formatter costs far more than using one. Returns '' for a date that
 * does not parse.
 */
export function formatDate(iso: string, style: DateStyle, lang: string, now: number = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const loc = safeLocale(lang);
  if (style === 'relative') {
    const rtf = cached(relativeFormats, loc, () => new Intl.RelativeTimeFormat(loc, { numeric: 'auto' }));
    const seconds = Math.round((time - now) / 1000);
    const [unit, size] = units.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
    return rtf.format(Math.round(seconds / size), unit);
  }
  const dtf = cached(dateFormats, `${loc}|${style}`, () => new Intl.DateTimeFormat(loc, { dateStyle: style }));
  return dtf.format(time);
}
