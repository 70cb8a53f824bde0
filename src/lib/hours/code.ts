/**
 * WeeklyHours as a short string for the browser (a data attribute, the finder's data file):
 * seven days Monday first joined by "|", each "" (closed), "*" (open, times not given) or
 * "from-to,from-to" in minutes; a final "!" when public holidays are excepted.
 * `周一至周五 8:30-17:30（节假日除外）` → `510-1050|510-1050|510-1050|510-1050|510-1050||!`.
 */
import type { WeeklyHours } from './parse';

export function encodeHours(hours: WeeklyHours): string {
  const days = hours.days.map((d) => (d === true ? '*' : d === false ? '' : d.map(([a, b]) => `${a}-${b}`).join(',')));
  return days.join('|') + (hours.holidaysClosed ? '!' : '');
}
