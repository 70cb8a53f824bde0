import { describe, expect, it } from 'vitest';
import { forEachTerm, normalize, normalizeWithMap, parseQuery } from '../../../src/lib/search/grams';

const termsOf = (text: string) => {
  const out: string[] = [];
  const length = forEachTerm(normalize(text), (t) => out.push(t));
  return { out, length };
};

describe('forEachTerm', () => {
  it('indexes every 1-, 2- and 3-character substring of a Han run and counts its characters', () => {
    expect(termsOf('雨污分流')).toEqual({ out: ['雨', '雨污', '雨污分', '污', '污分', '污分流', '分', '分流', '流'], length: 4 });
  });

  it('indexes numbers and words whole, by their parts, and grouped numbers without commas', () => {
    const { out } = termsOf('服务８３８.５小时，共1,344个，电话0558-1234567');
    expect(out).toEqual(expect.arrayContaining(['838.5', '838', '5', '1,344', '1344', '0558-1234567', '0558', '1234567']));
  });

  it('folds case and full-width forms, and drops quotation marks so a phrase runs on across them', () => {
    expect(normalize('ＡＢＣ 2024年“学雷锋”《条例》')).toBe('abc 2024年学雷锋条例');
    expect(termsOf('“学雷锋”').out).toContain('学雷锋');
  });
});

describe('normalizeWithMap', () => {
  it('points each normalized character back to where it came from', () => {
    expect(normalizeWithMap('“学雷锋”')).toEqual({ norm: '学雷锋', from: [1, 2, 3] });
  });
});

describe('parseQuery', () => {
  it('looks up a token of up to three Han characters as one exact term', () => {
    expect(parseQuery('赵玉富')).toEqual([{ text: '赵玉富', terms: ['赵玉富'], han: true, phrase: false }]);
    expect(parseQuery('玉富')[0]!.terms).toEqual(['玉富']);
  });

  it('covers a longer Han token with 3-grams and marks it as a phrase to check', () => {
    expect(parseQuery('雨污分流')[0]).toMatchObject({ terms: ['雨污分', '污分流'], phrase: true });
    expect(parseQuery('学雷锋志愿服务月')[0]!.terms).toEqual(['学雷锋', '志愿服', '服务月']);
  });

  it('makes every part of a mixed query a token of its own', () => {
    expect(parseQuery('2019 好人').map((t) => t.text)).toEqual(['2019', '好人']);
    expect(parseQuery('2024年“学雷锋”').map((t) => t.text)).toEqual(['2024', '年学雷锋']);
  });

  it('leaves nothing to search for in punctuation and spaces', () => {
    expect(parseQuery(' ，。！ ')).toEqual([]);
  });
});
