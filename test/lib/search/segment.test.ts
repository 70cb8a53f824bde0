import { describe, expect, it } from 'vitest';
import { desegment, pagefindQuery, segmentForIndex, segmentQuery } from '../../../src/lib/search/segment';

describe('segmentForIndex', () => {
  it('indexes Han text as bigrams plus the last character of each run', () => {
    expect(segmentForIndex('雨污分流，1344个')).toBe('雨污 污分 分流 流 , 1344 个');
  });

  it('keeps numbers with a decimal point whole and folds full-width digits', () => {
    expect(segmentForIndex('服务８３８.５小时')).toBe('服务 务 838.5 小时 时');
  });

  it('drops quotation marks so a phrase runs on across them', () => {
    expect(segmentForIndex('2024年“学雷锋”')).toBe('2024 年学 学雷 雷锋 锋');
  });
});

describe('pagefindQuery', () => {
  it('quotes a one-part query so it matches as an exact substring', () => {
    expect(pagefindQuery('玉富')).toBe('"玉富"');
    expect(pagefindQuery('雨污分流')).toBe('"雨污 污分 分流"');
  });

  it('leaves a single character and a query of several parts unquoted', () => {
    expect(pagefindQuery('富')).toBe('富');
    expect(pagefindQuery('2019 好人')).toBe('2019 好人');
  });

  it('returns null when nothing searchable is left', () => {
    expect(pagefindQuery(' ，。 ')).toBeNull();
    expect(segmentQuery('')).toBe('');
  });
});

describe('desegment', () => {
  it('rebuilds the text from segmented content and highlights matched bigrams', () => {
    const excerpt = segmentForIndex('开展雨污分流改造').replace('雨污 污分 分流', '<mark>雨污</mark> <mark>污分</mark> <mark>分流</mark>');
    expect(desegment(excerpt)).toBe('开展<mark>雨污分流</mark>改造');
  });
});

describe('dropTitleTail', () => {
  it('removes the copy of the title that ends a record, highlighted or not', async () => {
    const { dropTitleTail } = await import('../../../src/lib/search/render');
    expect(dropTitleTail('开展改造。<mark>韩振</mark>富', '韩振富')).toBe('开展改造');
    expect(dropTitleTail('开展<mark>改造</mark>。韩振', '韩振富')).toBe('开展<mark>改造</mark>');
    expect(dropTitleTail('开展改造。其他内容', '韩振富')).toBe('开展改造。其他内容');
  });
});
