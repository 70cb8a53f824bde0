import { describe, expect, it } from 'vitest';
import { shorterQueries } from '../../../src/lib/search/suggest';

describe('shorterQueries', () => {
  it('offers each part of a query of several parts, then the ends of its long Han parts', () => {
    expect(shorterQueries('韩振福')).toEqual(['韩振', '振福']);
    expect(shorterQueries('2019 火星基地')).toEqual(['2019', '火星基地', '火星', '基地']);
    expect(shorterQueries('好人')).toEqual([]);
    expect(shorterQueries('xyzzy')).toEqual([]);
  });
});
