import { describe, expect, it } from 'vitest';
import { cacheKey, withCacheKeys } from '../../../src/lib/build/cache-key';

describe('cacheKey', () => {
  const person = { id: 'wang', data: { name: '王秀兰', honors: ['亳州好人'], born: new Date('1950-01-02') }, body: '事迹。' };

  it('is the same for the same content written in another key order, and with undefined fields left out', () => {
    const reordered = {
      body: '事迹。',
      data: { born: new Date('1950-01-02'), honors: ['亳州好人'], name: '王秀兰', photo: undefined },
      id: 'wang',
    };
    expect(cacheKey(reordered)).toBe(cacheKey(person));
  });

  it('changes with any value anywhere in the props, a Map’s or a Set’s included', () => {
    const keys = new Set([
      cacheKey(person),
      cacheKey({ ...person, body: '事迹！' }),
      cacheKey({ ...person, data: { ...person.data, honors: ['中国好人'] } }),
      cacheKey({ ...person, data: { ...person.data, born: new Date('1950-01-03') } }),
      cacheKey(new Map([['a', 1]])),
      cacheKey(new Map([['a', 2]])),
      cacheKey(new Set(['a'])),
      cacheKey(new Set(['b'])),
      cacheKey(['a', null]),
      cacheKey(['a', 'c']),
      cacheKey({ a: '1' }),
      cacheKey({ a: 1 }),
      cacheKey('x', 'y'),
      cacheKey('xy'),
    ]);
    expect(keys.size).toBe(14);
  });

  it('refuses a function, naming the field, so nothing unhashable hides in a key', () => {
    expect(() => cacheKey({ data: { render: () => '' } })).toThrow('「render」 is a function');
    expect(() => withCacheKeys([{ params: { id: 'a' }, props: { list: [1, Symbol('s')] } }], {})).toThrow('「1」 is a symbol');
  });

  it('adds the shared inputs to every path’s key', () => {
    const paths = [{ params: { id: 'a' }, props: { n: 1 } }];
    expect(withCacheKeys(paths, { site: 'A' })[0]!.cacheKey).not.toBe(withCacheKeys(paths, { site: 'B' })[0]!.cacheKey);
  });
});
