/**
 * 「今日开放 8:30–17:30 · 现在开放」 from an encoded week (code.ts) and the time now. Runs in the
 * reader's browser (bundled into the directory's script: keep it tiny) and in Node for tests.
 * Asia/Shanghai has kept UTC+8 with no daylight saving since 1991, so its wall clock is the UTC
 * clock moved on 8 hours: no time-zone data is needed.
 */

/** The words, from strings.ts through the page: 今日开放, 今日不开放, 现在开放, 现在未开放. */
export type TodayWords = [open: string, closed: string, openNow: string, closedNow: string];

export function shanghaiClock(now: Date): { day: number; minute: number } {
  const t = new Date(now.getTime() + 8 * 3600e3);
  return { day: (t.getUTCDay() + 6) % 7, minute: t.getUTCHours() * 60 + t.getUTCMinutes() };
}

const hhmm = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;

/** The line for today, and whether the site is open at this minute (`undefined`: times not given). */
export function todayLine(code: string, now: Date, words: TodayWords): { text: string; openNow?: boolean } {
  const { day, minute } = shanghaiClock(now);
  const today = code.replace('!', '').split('|')[day] ?? '';
  if (!today) return { text: words[1], openNow: false };
  if (today === '*') return { text: words[0] };
  const spans = today.split(',').map((s) => s.split('-').map(Number) as [number, number]);
  const openNow = spans.some(([a, b]) => minute >= a && minute < b);
  return {
    // Word joiners (U+2060) keep 8:30–17:30 on one line, as no-break.ts does for the editor's text.
    text: `${words[0]} ${spans.map(([a, b]) => `${hhmm(a)}\u2060–\u2060${hhmm(b)}`).join('、')} · ${words[openNow ? 2 : 3]}`,
    openNow,
  };
}
