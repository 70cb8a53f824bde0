import { describe, expect, it } from 'vitest';
import { shanghaiClock, todayLine, type TodayWords } from '../../../src/lib/hours/today';

const WORDS: TodayWords = ['今日开放', '今日不开放', '现在开放', '现在未开放'];
const WEEKDAYS_SPLIT = '510-720,870-1050|510-720,870-1050|510-720,870-1050|510-720,870-1050|510-720,870-1050||!';
/** 2026-12-02 is a Wednesday. */
const at = (iso: string) => new Date(iso);

describe('todayLine', () => {
  it('reads the clock in Asia/Shanghai whatever the time zone of the computer', () => {
    // 23:30 UTC on Tuesday is 07:30 on Wednesday in Shanghai.
    expect(shanghaiClock(at('2026-12-01T23:30:00Z'))).toEqual({ day: 2, minute: 7 * 60 + 30 });
  });

  it('says open now inside a range, and not open between the morning and the afternoon', () => {
    expect(todayLine(WEEKDAYS_SPLIT, at('2026-12-02T09:00:00+08:00'), WORDS)).toEqual({
      text: '今日开放 8:30\u2060–\u206012:00、14:30\u2060–\u206017:30 · 现在开放',
      openNow: true,
    });
    expect(todayLine(WEEKDAYS_SPLIT, at('2026-12-02T13:00:00+08:00'), WORDS)).toEqual({
      text: '今日开放 8:30\u2060–\u206012:00、14:30\u2060–\u206017:30 · 现在未开放',
      openNow: false,
    });
    expect(todayLine(WEEKDAYS_SPLIT, at('2026-12-02T17:30:00+08:00'), WORDS).openNow).toBe(false);
  });

  it('says closed today on a day without hours, and only 今日开放 when times are not given', () => {
    expect(todayLine(WEEKDAYS_SPLIT, at('2026-12-06T10:00:00+08:00'), WORDS)).toEqual({ text: '今日不开放', openNow: false });
    expect(todayLine('*|*|*|*|*||', at('2026-12-02T10:00:00+08:00'), WORDS)).toEqual({ text: '今日开放' });
  });
});
