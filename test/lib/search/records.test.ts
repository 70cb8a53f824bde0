import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../../src/lib/search/records';
import { validateContent } from '../../../src/lib/validate';

const content = validateContent(path.resolve('test/fixtures/search')).content!;
const records = [...searchRecords(content)];

describe('searchRecords', () => {
  it('makes one record per release, person, site, rule and page', () => {
    expect(records.length).toBe(8 + 12 + 12 + 5 + 2);
  });

  it('links each rule to its anchor on the rules page', () => {
    const rule = records.find((r) => r.url === '/rules/#rule-3')!;
    expect(rule.meta).toMatchObject({ title: '第3条 垃圾分类', type: '文明条目' });
  });

  it('gives a person the filters the search page offers', () => {
    const person = records.find((r) => r.url === '/people/lyu-de-wang/')!;
    expect(person.filters).toEqual({ 类型: ['好人'], 县区: ['蒙城县'], 好人类别: ['见义勇为'], 年份: ['2021'] });
    expect(person.meta.date).toBe('2021-10');
    expect(person.sort.date).toBe('2021-10-01');
  });

  it('leaves drafts out of production builds only', () => {
    const draft = { ...content, people: content.people.map((p, i) => (i === 0 ? { ...p, data: { ...p.data, draft: true } } : p)) };
    expect([...searchRecords(draft)].length).toBe(records.length);
    expect([...searchRecords(draft, { production: true })].length).toBe(records.length - 1);
  });
});
