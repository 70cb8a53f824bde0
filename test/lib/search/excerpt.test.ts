import { describe, expect, it } from 'vitest';
import { excerpt, holdsPhrases, markTitle } from '../../../src/lib/search/excerpt';
import { parseQuery } from '../../../src/lib/search/grams';

const marked = (pieces: { text: string; mark: boolean }[]) => pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('excerpt', () => {
  it('marks the original text even where quotation marks and full-width digits were folded', () => {
    expect(marked(excerpt('开展“学雷锋”活动', parseQuery('学雷锋')))).toBe('开展“[学雷锋]”活动');
    expect(marked(excerpt('累计８３８.５小时', parseQuery('838.5')))).toBe('累计[８３８.５]小时');
  });

  it('cuts a long text around the first match, with an ellipsis where it was cut', () => {
    const text = `${'甲'.repeat(150)}雨污分流${'乙'.repeat(150)}`;
    const out = marked(excerpt(text, parseQuery('雨污分流')));
    expect(out).toMatch(/^…甲+\[雨污分流\]乙+…$/);
    expect(Array.from(out).length).toBeLessThan(90);
  });

  it('marks every token of the query and shows the start when only the title matched', () => {
    expect(marked(excerpt('2019年评出好人', parseQuery('2019 好人')))).toBe('[2019]年评出[好人]');
    expect(marked(excerpt('古城镇退休教师', parseQuery('韩振富')))).toBe('古城镇退休教师');
  });
});

describe('markTitle', () => {
  it('marks a given name inside a full name', () => {
    expect(marked(markTitle('韩振富', parseQuery('振富')))).toBe('韩[振富]');
  });
});

describe('holdsPhrases', () => {
  it('accepts a document holding the phrase and refuses one holding only its 3-grams apart', () => {
    const tokens = parseQuery('志愿服务');
    expect(holdsPhrases({ title: '', text: '开展志愿服务' }, tokens)).toBe(true);
    expect(holdsPhrases({ title: '', text: '志愿服装，愿服务好' }, tokens)).toBe(false);
    expect(holdsPhrases({ title: '任何', text: '' }, parseQuery('任何'))).toBe(true);
  });
});
