/**
 * RSS 2.0 dates (RFC 822) for the office's calendar days. A day is midnight in China, written
 * with its +0800 offset rather than converted to GMT, so readers show the date the office gave.
 */
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `2019-12-31` → `Tue, 31 Dec 2019 00:00:00 +0800`. */
export function rfc822Date(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${DAYS[weekday]}, ${String(d).padStart(2, '0')} ${MONTHS[m - 1]} ${y} 00:00:00 +0800`;
}

/** `2019-12-31` → `2019-12-31T00:00:00+08:00`, for JSON-LD and Open Graph. */
export function isoDateTime(date: string): string {
  return `${date}T00:00:00+08:00`;
}
