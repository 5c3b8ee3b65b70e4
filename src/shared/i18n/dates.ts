/** How a date is written: "November 28, 2026", "11/28/26" or "3 days ago". */
export type DateStyle = 'long' | 'short' | 'relative';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function locale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

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
  const loc = locale(lang);
  if (style === 'relative') {
    let rtf = relativeFormats.get(loc);
    if (!rtf) {
      rtf = new Intl.RelativeTimeFormat(loc, { numeric: 'auto' });
      relativeFormats.set(loc, rtf);
    }
    const seconds = Math.round((time - now) / 1000);
    const [unit, size] = units.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
    return rtf.format(Math.round(seconds / size), unit);
  }
  const key = `${loc}|${style}`;
  let dtf = dateFormats.get(key);
  if (!dtf) {
    dtf = new Intl.DateTimeFormat(loc, style === 'long' ? { dateStyle: 'long' } : { dateStyle: 'short' });
    dateFormats.set(key, dtf);
  }
  return dtf.format(time);
}
