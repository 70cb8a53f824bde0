/**
 * The static facets of the 好人榜: by honour level, category, county and year. Each facet value
 * has an ASCII URL id and the people it holds, in list order. A person counts once per value,
 * however many honours of that level or year they have.
 */
import { countyId } from './counties';
import { pinyinId } from './ids';
import { HONOR_LEVELS, PERSON_CATEGORIES, type HonorLevel, type Person } from './schemas';

export const FACETS = ['level', 'category', 'county', 'year'] as const;
export type Facet = (typeof FACETS)[number];

export const LEVEL_IDS: Readonly<Record<HonorLevel, string>> = { 亳州好人: 'bozhou', 安徽好人: 'anhui', 中国好人: 'china' };

export interface FacetValue<P> {
  facet: Facet;
  /** URL id, e.g. `china`, `zhu-ren-wei-le`, `qiaocheng`, `2019`. */
  id: string;
  /** What readers see, e.g. 中国好人, 助人为乐, 谯城区, 2019年. */
  label: string;
  people: P[];
}

/** A facet value as the filters show it: its link, label and how many people it holds. */
export type FacetCount = Omit<FacetValue<unknown>, 'people'> & { count: number };

export const facetCount = <P>({ people, ...v }: FacetValue<P>): FacetCount => ({ ...v, count: people.length });

type PersonLike = { id: string; data: Person };

/** Every facet value, in display order; values with no one are kept so their count (0) shows. */
export function peopleFacets<P extends PersonLike>(people: readonly P[], counties: readonly string[]): FacetValue<P>[] {
  const years = [...new Set(people.flatMap((p) => p.data.honors.map((h) => h.period.slice(0, 4))))].sort().reverse();
  const value = (facet: Facet, id: string, label: string, has: (p: P) => boolean): FacetValue<P> => ({
    facet,
    id,
    label,
    people: people.filter(has),
  });
  return [
    ...HONOR_LEVELS.map((l) => value('level', LEVEL_IDS[l], l, (p) => p.data.honors.some((h) => h.title === l))),
    ...PERSON_CATEGORIES.map((c) => value('category', pinyinId(c), c, (p) => p.data.category === c)),
    ...counties.map((c) => value('county', countyId(c), c, (p) => p.data.county === c)),
    ...years.map((y) => value('year', y, `${y}年`, (p) => p.data.honors.some((h) => h.period.startsWith(y)))),
  ];
}

/** `/people/level/china/` */
export const facetHref = (v: Pick<FacetValue<unknown>, 'facet' | 'id'>) => `/people/${v.facet}/${v.id}/`;
