import { describe, expect, it } from 'vitest';
import { HOURS_EXAMPLES, parseHours } from '../../../src/lib/hours/parse';
import { encodeHours } from '../../../src/lib/hours/code';

const code = (text: string) => {
  const h = parseHours(text);
  return h && encodeHours(h);
};
const WEEKDAYS_FULL = '510-1050|510-1050|510-1050|510-1050|510-1050||';

describe('parseHours', () => {
  it('reads a span of days with one time range', () => {
    expect(code('周一至周五 8:30-17:30')).toBe(WEEKDAYS_FULL);
  });

  it('reads two ranges a day, split by a full-width comma, with full-width colons and dashes', () => {
    expect(code('周一至周五 8:30-12:00，14:30-17:30')).toBe(
      '510-720,870-1050|510-720,870-1050|510-720,870-1050|510-720,870-1050|510-720,870-1050||',
    );
    expect(code('周一至周五 ８：３０－１７：３０')).toBe(WEEKDAYS_FULL);
  });

  it('reads a list of days written with 、 and 每周, and 星期 for 周', () => {
    expect(code('每周一、三、五 8:30-11:30')).toBe('510-690||510-690||510-690||');
    expect(code('星期二、星期四 9:00-17:00')).toBe('|540-1020||540-1020|||');
  });

  it('reads several clauses split by ；, and 周日 / 周天 as Sunday', () => {
    expect(code('周一至周五 8:30-17:30；周六、周日 9:00-12:00')).toBe(`${WEEKDAYS_FULL.slice(0, -1)}540-720|540-720`);
    expect(code('周二至周天 9:00-17:00')).toBe('|540-1020|540-1020|540-1020|540-1020|540-1020|540-1020');
  });

  it('marks 节假日除外 and its variants, in brackets or not', () => {
    expect(code('周二至周日 9:00-17:00（节假日除外）')).toBe('|540-1020|540-1020|540-1020|540-1020|540-1020|540-1020!');
    expect(parseHours('周一至周五 8:30-17:30，法定节假日休息')?.holidaysClosed).toBe(true);
    expect(parseHours('周一至周五 8:30-17:30')?.holidaysClosed).toBe(false);
  });

  it('reads 上午 / 下午 and 点 times, 每天, 工作日, 周末 and 全天', () => {
    expect(code('工作日 上午8:30-11:30，下午2:30-5:30')).toBe(
      '510-690,870-1050|510-690,870-1050|510-690,870-1050|510-690,870-1050|510-690,870-1050||',
    );
    expect(code('每天 9点-21点')).toBe(Array(7).fill('540-1260').join('|'));
    expect(code('周末 8点半-11点')).toBe('|||||510-660|510-660');
    expect(code('每天全天开放')).toBe(Array(7).fill('0-1440').join('|'));
  });

  it('takes days without times as open on those days, at times not given', () => {
    expect(code('周一至周五')).toBe('*|*|*|*|*||');
  });

  it('reads every example it offers editors', () => {
    for (const example of HOURS_EXAMPLES) expect(parseHours(example), example).toBeDefined();
  });

  it('cannot read times without days, an end before the start, a backwards span of days or free text', () => {
    for (const text of [
      '8:30-17:30',
      '周一至周五 17:30-8:30',
      '周五至周一 9:00-17:00',
      '预约开放',
      '周一至周五 8:30-17:30，请提前电话预约',
      '周一至周五 25:00-26:00',
    ])
      expect(parseHours(text), text).toBeUndefined();
  });
});
