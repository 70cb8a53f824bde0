import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../src/lib/summary';

describe('deriveSummary', () => {
  it('takes whole sentences of the first paragraph up to the limit and never cuts one', () => {
    const body = '## 一、标题\n\n一是对标对表找差距。制定《手册》,梳理19类问题,列出责任清单。二是谋篇布局建机制。\n\n第二段。';
    expect(deriveSummary(body, 45)).toBe('一是对标对表找差距。制定《手册》,梳理19类问题,列出责任清单。二是谋篇布局建机制。');
    expect(deriveSummary(body, 35)).toBe('一是对标对表找差距。制定《手册》,梳理19类问题,列出责任清单。');
    expect(deriveSummary(body, 5)).toBe('一是对标对表找差距。');
  });

  it('keeps closing quotation marks with their sentence and drops Markdown', () => {
    expect(deriveSummary('他说：“**好**。”[链接](/x/)也在。还有第三句很长很长很长很长很长。', 14)).toBe('他说：“好。”链接也在。');
  });

  it('returns a paragraph without a sentence mark whole', () => {
    expect(deriveSummary('没有句号的一段话')).toBe('没有句号的一段话');
  });

  it('gives the 2019 work report a summary that starts at its beginning and ends with a full stop', () => {
    const seed =
      '## 一、砥砺奋进\n\n一是对标对表找差距。制定《亳州市创建全国文明城市指导手册》,通过实地考察、座谈交流、走访群众等途径,梳理排查城市管理、交通秩序、公益宣传等19类问题,剖析根源,明确举措,列出责任清单。二是谋篇布局建机制。';
    const summary = deriveSummary(seed);
    expect(summary.startsWith('一是对标对表找差距。')).toBe(true);
    expect(summary.endsWith('。')).toBe(true);
    expect(summary).not.toContain('…');
  });
});
