/**
 * ISO 8601 weeks in UTC: weeks start on Monday, and week 1 is the week with
 * the year's first Thursday — so 29 Dec 2025 belongs to 2026-W01. UTC keeps the
 * trend identical on every client whatever its time zone.
 */

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** Midnight UTC of the Monday of the week containing `millis`. */
export function weekStart(millis: number): number {
  const day = Math.floor(millis / DAY);
  // 1 Jan 1970 was a Thursday: day 0 has Monday-based weekday 3.
  const weekday = (((day + 3) % 7) + 7) % 7;
  return (day - weekday) * DAY;
}

export function nextWeekStart(millis: number): number {
  return weekStart(millis) + WEEK;
}

/** The ISO week label, e.g. "2026-W48". */
export function isoWeek(millis: number): string {
  const thursday = weekStart(millis) + 3 * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / WEEK);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export { WEEK as WEEK_MS };
