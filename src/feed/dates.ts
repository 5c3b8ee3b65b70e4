import { str } from './util.js';

/**
 * ISO 8601 / RFC 3339 as feeds write it: `2023-12-01`, `2023-12-01T14:30`, `2023-12-01 14:30:00.5`,
 * `…Z`, `…+01:00`, `…+0100`, `…+01`, and the basic form `20231201T143000Z`.
 */
const ISO_DATE =
  /^(\d{4})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?:[T ]([01]\d|2[0-3]):?([0-5]\d)(?::?([0-5]\d|60)([.,]\d{1,9})?)?)?\s*(z|utc|gmt|[+-]\d\d(?::?\d\d)?)?$/i;

/** The RFC 822 reader (rfc-dates.ts), once installed; ISO 8601 is read without it. */
let readRfcDate: ((text: string) => string | undefined) | undefined;
/** Set when a date that may be RFC 822 was met before the reader was installed. */
let missed = false;

/** Installs the RFC 822 reader (the public entry does at import; the elements load it on demand). */
export function useRfcDates(reader: (text: string) => string | undefined): void {
  readRfcDate = reader;
}

/** Loads the RFC 822 reader, once. */
export async function loadRfcDates(): Promise<void> {
  if (!readRfcDate) useRfcDates((await import('./rfc-dates.js')).rfcDate);
}

/**
 * Whether text read since the last call held a date only the RFC 822 reader knows while it was not
 * installed. The loader then loads it and reads the feed again (RSS loads it with its reader).
 */
export function takeMissedDate(): boolean {
  const value = missed;
  missed = false;
  return value;
}

/** Whether `day` exists in `month` (0–11) of `year`: no 30 February, no 31 April. */
function dayExists(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day >= 1 && day <= (month === 1 ? (leap ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]!);
}

/**
 * An ISO 8601 date-time, or undefined when the value is not a date that can be read without a
 * guess. ISO input keeps its offset; a time without a zone is UTC, whatever the machine's time zone;
 * RFC 822 dates become `toISOString()` form once their reader is installed (see
 * {@link loadRfcDates}). `Date.parse` is never used: it reads "1" as 2001 and zoneless times in
 * local time.
 */
export function isoDate(value: unknown): string | undefined {
  const text = str(value)?.trim() ?? '';
  if (text.length > 80) return undefined;
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second, fraction, zone] = iso;
    if (!dayExists(+year!, +month! - 1, +day!) || +(second ?? 0) > 60) return undefined;
    const time = hour ? `T${hour}:${minute}:${second ?? '00'}${fraction ? '.' + fraction.slice(1) : ''}` : 'T00:00:00';
    const offset =
      !zone || /^(z|utc|gmt)$/i.test(zone)
        ? 'Z'
        : zone.replace(/^([+-]\d\d):?(\d\d)?$/, (_, h, m) => `${h}:${m ?? '00'}`);
    return `${year}-${month}-${day}${time}${offset}`;
  }
  if (readRfcDate) return readRfcDate(text);
  // Only a text with a number and a word may be an RFC 822 date: the reader for those is loaded.
  if (/\d/.test(text) && /[a-z]{2}/i.test(text)) missed = true;
  return undefined;
}
