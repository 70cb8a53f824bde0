import { describe, expect, it } from 'vitest';
import { desegment, parseQuery, segment } from '../../../src/lib/search/segment';

describe('segment', () => {
  it('indexes Han text as 2-grams plus the last character of each run; numbers stay whole', () => {
    expect(segment('雨污分流，1344个')).toBe('雨污 污分 分流 流 ， 1344 个');
    expect(segment('韩')).toBe('韩');
  });

  it('folds full-width digits and keeps Chinese punctuation', () => {
    expect(segment('服务８３８.５小时。')).toBe('服务 务 838.5 小时 时 。');
  });

  it('runs a phrase on across quotation marks, which ride on the word after them', () => {
    expect(segment('2024年“学雷锋”活动')).toBe('2024 年学 “学雷 雷锋 锋活 ”活动 动');
  });

  it('marks a word that followed a space, so the text reads back with it', () => {
    expect(segment('评选 2019 好人')).toBe('评选 选 `2019 `好人 人');
  });
});

describe('desegment', () => {
  it('gives back the text that was segmented, quotation marks and spaces included', () => {
    for (const text of [
      '我市启动2024年“学雷锋志愿服务月”活动',
      '评选“2019 好人”榜单',
      '0558-1111111 周一至周五 8:30-17:30',
      'Pagefind 与 WebAssembly',
      '“APP”下载',
    ])
      expect(desegment(segment(text))).toBe(text);
  });

  it('turns a literal backtick into a full-width one rather than a space', () => {
    expect(desegment(segment('a`b'))).toBe('a｀b');
  });
});

describe('parseQuery', () => {
  it('splits the query at spaces into parts of 2-grams, without quotation marks or punctuation', () => {
    expect(parseQuery(' 2024年“学雷锋”  韩 1,344 ，')).toEqual([
      { text: '2024年学雷锋', words: ['2024', '年学', '学雷', '雷锋'], single: false },
      { text: '韩', words: ['韩'], single: true },
      { text: '1,344', words: ['1,344'], single: false },
    ]);
  });

  it('keeps the last character of a Han run that a number follows, as the index does, so 文明20条 is found in a row', () => {
    expect(parseQuery('文明20条')[0]!.words).toEqual(['文明', '明', '20', '条']);
    expect(segment('亳州文明20条')).toBe('亳州 州文 文明 明 20 条');
    expect(parseQuery('第20条')[0]!.words).toEqual(['第', '20', '条']);
  });

  it('returns nothing when nothing searchable is left', () => {
    expect(parseQuery(' ，。 ')).toEqual([]);
  });
});
