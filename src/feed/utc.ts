// The one calendar check behind every date reader (ISO 8601 in dates.ts, RFC 822 in rfc-dates.ts).

/** Whether `day` exists in `month` (0–11) of `year`: no 30 February, no 31 April. */
export function dayExists(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day >= 1 && day <= (month === 1 ? (leap ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]!);
}

/** The instant as ISO 8601, or undefined when a part is out of range (30 February, 25:00). */
export function utc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offset: number,
) {
  if (hour > 23 || minute > 59 || second > 60 || !dayExists(year, month, day)) return undefined;
  return new Date(Date.UTC(year, month, day, hour, minute, Math.min(second, 59)) - offset * 60_000).toISOString();
}
