// The one calendar check behind every date reader (ISO 8601 in dates.ts, RFC 822 in rfc-dates.ts).

/** Whether `day` exists in `month` (0–11) of `year`: no 30 February, no 31 April. */
export function dayExists(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day >= 1 && day <= (month === 1 ? (leap ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]!);
}
