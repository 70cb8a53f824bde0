import { describe, expect, it } from 'vitest';
import { countyId } from '../../src/lib/counties';
import { checkFigures } from '../../src/lib/figure-checks';
import { pageHref, paginate } from '../../src/lib/pagination';
import { peopleFacets } from '../../src/lib/people-facets';
import type { Figure, Person, PracticeSite } from '../../src/lib/schemas';

const person = (id: string, over: Partial<Person>): { id: string; data: Person } => ({
  id,
  data: {
    name: id,
    group: false,
    category: '助人为乐',
    county: '谯城区',
    honors: [{ title: '亳州好人', period: '2019-05' }],
    summary: 's',
    consent: true,
    draft: false,
    sample: false,
    ...over,
  },
});
const BOZHOU_LEVELS = [
  { title: '亳州好人', id: 'bozhou' },
  { title: '安徽好人', id: 'anhui' },
  { title: '中国好人', id: 'china' },
] as const;
const site = (level: PracticeSite['level']) => ({ data: { level, county: '谯城区' } as PracticeSite });
const figure = (id: string, value: number, asOf = '2019-12-31'): Figure => ({
  id,
  label: id,
  value,
  unit: '个',
  asOf,
  source: 'r',
});

describe('paginate and pageHref', () => {
  it('cuts 41 items into pages of 20, 20 and 1, the first at the section root', () => {
    const pages = paginate([...Array(41).keys()], 20);
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 1]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
    expect([1, 2, 3].map((n) => pageHref('/releases/', n))).toEqual(['/releases/', '/releases/page/2/', '/releases/page/3/']);
  });

  it('keeps one empty page for an empty list', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, items: [], total: 1 }]);
  });
});

describe('countyId', () => {
  it('is the pinyin of the name without 区, 县 or 市, joined, for any city', () => {
    expect(['谯城区', '蒙城县', '利辛县'].map((c) => countyId(c))).toEqual(['qiaocheng', 'mengcheng', 'lixin']);
    expect(['颍州区', '临泉县', '界首市', '长阳土家族自治县'].map((c) => countyId(c))).toEqual([
      'yingzhou',
      'linquan',
      'jieshou',
      'changyang',
    ]);
  });

  it("takes site.yaml's countyIds for a name the pinyin library reads wrongly, and only for that name", () => {
    expect(countyId('涡阳县')).toBe('woyang'); // pinyin-pro reads 涡 as wō; in 涡阳 it is guō
    const overrides = [{ county: '涡阳县', id: 'guoyang' }];
    expect(['谯城区', '涡阳县', '蒙城县', '利辛县'].map((c) => countyId(c, overrides))).toEqual([
      'qiaocheng',
      'guoyang',
      'mengcheng',
      'lixin',
    ]);
  });
});

describe('peopleFacets', () => {
  it('counts a person once per level and year, and keeps empty values', () => {
    const people = [
      person('a', {
        honors: [
          { title: '亳州好人', period: '2019-05' },
          { title: '亳州好人', period: '2019-Q3' },
          { title: '中国好人', period: '2020-01' },
        ],
      }),
      person('b', { category: '孝老爱亲', county: '利辛县' }),
    ];
    const facets = peopleFacets(people, {
      honors: BOZHOU_LEVELS,
      counties: [
        { name: '谯城区', id: 'qiaocheng' },
        { name: '利辛县', id: 'lixin' },
      ],
    });
    const n = (facet: string, id: string) => facets.find((v) => v.facet === facet && v.id === id)?.people.length;
    expect([n('level', 'bozhou'), n('level', 'china'), n('level', 'anhui')]).toEqual([2, 1, 0]);
    expect([n('year', '2019'), n('year', '2020'), n('county', 'lixin'), n('category', 'xiao-lao-ai-qin')]).toEqual([2, 1, 1, 1]);
  });
});

describe('checkFigures', () => {
  it('counts what the site holds beside each figure, people also up to the figure date, and marks only a count above the figure', () => {
    const counted = {
      sites: [site('中心'), site('所'), site('站'), site('站')],
      people: [person('a', {}), person('b', { honors: [{ title: '亳州好人', period: '2020-02' }] })],
    };
    const checks = checkFigures(
      [
        figure('practice-stations', 2),
        figure('practice-institutes', 96),
        figure('bozhou-good-people', 442),
        figure('china-good-people', 0),
        figure('practice-centres', 0),
        figure('volunteer-teams', 4969),
      ],
      counted,
      BOZHOU_LEVELS,
    );
    expect(checks.map((c) => [c.figure.id, c.count, c.exceeds])).toEqual([
      ['practice-stations', { held: 2, byDate: 2 }, false],
      ['practice-institutes', { held: 1, byDate: 1 }, false],
      ['bozhou-good-people', { held: 2, byDate: 1 }, false],
      ['china-good-people', { held: 0, byDate: 0 }, false],
      ['practice-centres', { held: 1, byDate: 1 }, true],
      ['volunteer-teams', undefined, false],
    ]);
  });
});
