import { describe, expect, it } from 'vitest';
import { excerpt, markTitle } from '../../../src/lib/search/excerpt';
import { parseQuery } from '../../../src/lib/search/segment';

const marked = (pieces: { text: string; mark: boolean }[]) => pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('excerpt', () => {
  it('marks a phrase across quotation marks, and a number however its digits are grouped', () => {
    expect(marked(excerpt('开展“学雷锋”活动', parseQuery('学雷锋')))).toBe('开展“[学雷锋]”活动');
    expect(marked(excerpt('建成1344个站', parseQuery('1,344')))).toBe('建成[1344]个站');
    expect(marked(excerpt('累计838.5小时', parseQuery('838.5')))).toBe('累计[838.5]小时');
  });

  it('cuts a long text around the first match, with an ellipsis where it was cut', () => {
    const text = `${'甲'.repeat(150)}雨污分流${'乙'.repeat(150)}`;
    const out = marked(excerpt(text, parseQuery('雨污分流')));
    expect(out).toMatch(/^…甲+\[雨污分流\]乙+…$/);
    expect(Array.from(out).length).toBeLessThan(90);
  });

  it('marks every part of the query and shows the start when only the title matched', () => {
    expect(marked(excerpt('2019年评出好人', parseQuery('2019 好人')))).toBe('[2019]年评出[好人]');
    expect(marked(excerpt('古城镇退休教师', parseQuery('韩振富')))).toBe('古城镇退休教师');
  });

  it('matches Latin letters whatever their case', () => {
    expect(marked(excerpt('下载APP', parseQuery('app')))).toBe('下载[APP]');
  });
});

describe('markTitle', () => {
  it('marks a given name inside a full name', () => {
    expect(marked(markTitle('韩振富', parseQuery('振富')))).toBe('韩[振富]');
  });
});
