/**
 * The static facets of the 好人榜: by honour level, category, county and year. Each facet value
 * has an ASCII URL id and the people it holds, in list order. A person counts once per value,
 * however many honours of that level or year they have.
 */
import type { City } from './city';
import { pinyinId } from './ids';
import { PERSON_CATEGORIES, type Person } from './schemas';

export const FACETS = ['level', 'category', 'county', 'year'] as const;
export type Facet = (typeof FACETS)[number];

export interface FacetValue<P> {
  facet: Facet;
  /** URL id, e.g. `china`, `zhu-ren-wei-le`, a county's id, `2019`. */
  id: string;
  /** What readers see, e.g. 中国好人, 助人为乐, a county's name, 2019年. */
  label: string;
  people: P[];
}

/** A facet value as the filters show it: its link, label and how many people it holds. */
export type FacetCount = Omit<FacetValue<unknown>, 'people'> & { count: number };

export const facetCount = <P>({ people, ...v }: FacetValue<P>): FacetCount => ({ ...v, count: people.length });

type PersonLike = { id: string; data: Person };

/** Every facet value, in display order; values with no one are kept so their count (0) shows. */
export function peopleFacets<P extends PersonLike>(
  people: readonly P[],
  city: Pick<City, 'honors' | 'counties'>,
): FacetValue<P>[] {
  const years = [...new Set(people.flatMap((p) => p.data.honors.map((h) => h.period.slice(0, 4))))].sort().reverse();
  const value = (facet: Facet, id: string, label: string, has: (p: P) => boolean): FacetValue<P> => ({
    facet,
    id,
    label,
    people: people.filter(has),
  });
  return [
    ...city.honors.map((l) => value('level', l.id, l.title, (p) => p.data.honors.some((h) => h.title === l.title))),
    ...PERSON_CATEGORIES.map((c) => value('category', pinyinId(c), c, (p) => p.data.category === c)),
    ...city.counties.map((c) => value('county', c.id, c.name, (p) => p.data.county === c.name)),
    ...years.map((y) => value('year', y, `${y}年`, (p) => p.data.honors.some((h) => h.period.startsWith(y)))),
  ];
}

/** `/people/level/china/` */
export const facetHref = (v: Pick<FacetValue<unknown>, 'facet' | 'id'>) => `/people/${v.facet}/${v.id}/`;
