/** Dates as the office sees them: calendar days in Asia/Shanghai. Runs in Node and at build time. */

const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in China, `YYYY-MM-DD`. */
export function todayInShanghai(now: Date = new Date()): string {
  return DAY.format(now);
}

/** `2019-12-31` → `2019年12月31日`. */
export function formatChineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** `2019-Q2` → `2019年第二季度`, `2019-05` → `2019年5月`. */
export function formatPeriod(period: string): string {
  const [y, rest = ''] = period.split('-');
  if (rest.startsWith('Q')) return `${y}年第${'一二三四'[Number(rest.slice(1)) - 1]}季度`;
  return `${y}年${Number(rest)}月`;
}

/** Sort key of a period: the first month it covers, `2019-04` for `2019-Q2`. */
export function periodStart(period: string): string {
  const [y, rest = ''] = period.split('-');
  if (!rest.startsWith('Q')) return period;
  return `${y}-${String((Number(rest.slice(1)) - 1) * 3 + 1).padStart(2, '0')}`;
}
