/**
 * RFC 822 / 1123 / 2822 as RSS writes it: `Tue, 10 Jun 2003 04:00:00 GMT`, with or without the
 * weekday or the seconds, two- or four-digit years, a numeric or named zone. Also the common
 * `June 10, 2003 04:00 PM EST` a few systems write.
 */
const RFC_DATE =
  /^(?:[^\d\s,]{2,12}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{4}|\d{2})(?!\d),?(?:\s+(\d{1,2}):(\d\d)(?::(\d\d))?)?\s*(.*)$/i;
const US_DATE =
  /^(?:[a-z]{2,9}\.?,?\s*)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}),?(?:\s+(?:at\s+)?(\d{1,2}):(\d\d)(?::(\d\d))?(?:\s*([ap])\.?m\.?)?)?\s*(.*)$/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Named zones in minutes east of UTC: RFC 822's, and the ones feeds in the wild write. */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  bst: 60,
  ist: 60,
  west: 60,
  cet: 60,
  met: 60,
  mez: 60,
  cest: 120,
  mest: 120,
  mesz: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  ast: -240,
  adt: -180,
  nst: -210,
  ndt: -150,
  jst: 540,
  kst: 540,
  hkt: 480,
  sgt: 480,
  awst: 480,
  acst: 570,
  acdt: 630,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
};

/** Minutes east of UTC for `+0100`, `+01:00`, `-05`, a zone name, or nothing (UTC); undefined if unreadable. */
function zoneOffset(zone: string): number | undefined {
  const text = zone.trim().replace(/^\(|\)$/g, '');
  if (!text) return 0;
  const numeric = /^(?:gmt|utc)?([+-])(\d\d):?(\d\d)?$/i.exec(text);
  if (numeric) {
    const minutes = +numeric[2]! * 60 + +(numeric[3] ?? 0);
    return minutes > 14 * 60 ? undefined : numeric[1] === '-' ? -minutes : minutes;
  }
  // `EST (Eastern Standard Time)`: the name before the explanation counts.
  return ZONES[text.split(/\s/)[0]!.toLowerCase()];
}

function monthOf(name: string): number | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index;
}

/** RFC 2822 §4.3: two-digit years below 50 are 20xx, the others 19xx. */
const fullYear = (year: string) => (year.length === 2 ? (+year < 50 ? 2000 : 1900) + +year : +year);

/**
 * An RFC 822 / 1123 / 2822 date as RSS writes it (or the US form a few systems write) in
 * `toISOString()` form, or undefined when a part cannot be read without a guess. No zone is UTC.
 * Loaded on demand: RSS needs it, JSON feeds rarely do (dates.ts reads ISO 8601).
 */
export function rfcDate(text: string): string | undefined {
  const rfc = RFC_DATE.exec(text);
  const us = rfc ? undefined : US_DATE.exec(text);
  const parts = rfc
    ? { day: rfc[1], month: rfc[2], year: rfc[3], hour: rfc[4], minute: rfc[5], second: rfc[6], zone: rfc[7] }
    : us && { day: us[2], month: us[1], year: us[3], hour: us[4], minute: us[5], second: us[6], zone: us[8] };
  if (!parts) return undefined;
  const month = monthOf(parts.month!);
  const offset = zoneOffset(parts.zone ?? '');
  if (month === undefined || offset === undefined) return undefined;
  let hour = +(parts.hour ?? 0);
  const meridiem = us?.[7]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  return utc(fullYear(parts.year!), month, +parts.day!, hour, +(parts.minute ?? 0), +(parts.second ?? 0), offset);
}

/** The instant as ISO 8601, or undefined when a part is out of range (30 February, 25:00). */
function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: number) {
  const time = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  // A day the month does not have (30 February) rolls over into the next month.
  if (hour > 23 || minute > 59 || second > 60 || new Date(time).getUTCDate() !== day) return undefined;
  return new Date(time - offset * 60_000).toISOString();
}
