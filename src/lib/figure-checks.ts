/**
 * Which reported figures (content/figures.yaml) the portal can count itself, and how. The /data/
 * page shows what the site holds beside each reported figure, in plain words (the office reports
 * running totals; the directory and the 好人榜 are still being filled). `validate` warns editors
 * only about a real contradiction: the site holding more, by the figure's date, than was reported.
 * The 好人 figures are named after the honour levels' URL ids: `<level id>-good-people`.
 */
import { periodStart } from './dates';
import type { HonorLevel } from './city';
import type { Figure, Person, PracticeSite, SiteLevel } from './schemas';

export interface Counted {
  people: ReadonlyArray<{ data: Person }>;
  sites: ReadonlyArray<{ data: PracticeSite }>;
}

interface Count {
  /** Everything of this kind the site holds now. */
  held: number;
  /** Of those, what counts toward a figure dated `asOf` (people honoured by then). */
  byDate: number;
}

const sitesAt =
  (level: SiteLevel) =>
  (c: Counted): Count => {
    const n = c.sites.filter((s) => s.data.level === level).length;
    return { held: n, byDate: n };
  };
const honouredBy =
  (level: string) =>
  (c: Counted, asOf: string): Count => {
    const holders = c.people.filter((p) => p.data.honors.some((h) => h.title === level));
    const byDate = holders.filter((p) =>
      p.data.honors.some((h) => h.title === level && periodStart(h.period) <= asOf.slice(0, 7)),
    );
    return { held: holders.length, byDate: byDate.length };
  };

type Check = (c: Counted, asOf: string) => Count;

/** The figures the site can count, by figure id: practice sites by level, 好人 by honour level. */
const checksFor = (levels: readonly HonorLevel[]): ReadonlyMap<string, Check> =>
  new Map([
    ['practice-centres', sitesAt('中心')],
    ['practice-institutes', sitesAt('所')],
    ['practice-stations', sitesAt('站')],
    ...levels.map((l): [string, Check] => [`${l.id}-good-people`, honouredBy(l.title)]),
  ]);

export interface FigureCheck {
  figure: Figure;
  /** What the site holds, or undefined when it cannot count this figure. */
  count?: Count;
  /** The site holds more by the figure's date than the office reported: a figure or an entry is wrong. */
  exceeds: boolean;
}

/** `levels`: the city's honour levels (city.ts), whose figures are `<id>-good-people`. */
export function checkFigures(figures: readonly Figure[], counted: Counted, levels: readonly HonorLevel[]): FigureCheck[] {
  const checks = checksFor(levels);
  return figures.map((figure) => {
    const count = checks.get(figure.id)?.(counted, figure.asOf);
    return { figure, count, exceeds: count !== undefined && count.byDate > figure.value };
  });
}
