/**
 * Which reported figures (content/figures.yaml) the portal can count itself, and how. The /data/
 * page shows what the site holds beside each reported figure, in plain words (the office reports
 * running totals; the directory and the 好人榜 are still being filled). `validate` warns editors
 * only about a real contradiction: the site holding more, by the figure's date, than was reported.
 */
import { periodStart } from './dates';
import type { Figure, HonorLevel, Person, PracticeSite, SiteLevel } from './schemas';

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
  (level: HonorLevel) =>
  (c: Counted, asOf: string): Count => {
    const holders = c.people.filter((p) => p.data.honors.some((h) => h.title === level));
    const byDate = holders.filter((p) =>
      p.data.honors.some((h) => h.title === level && periodStart(h.period) <= asOf.slice(0, 7)),
    );
    return { held: holders.length, byDate: byDate.length };
  };

const CHECKS: Readonly<Record<string, (c: Counted, asOf: string) => Count>> = {
  'practice-centres': sitesAt('中心'),
  'practice-institutes': sitesAt('所'),
  'practice-stations': sitesAt('站'),
  'bozhou-good-people': honouredBy('亳州好人'),
  'anhui-good-people': honouredBy('安徽好人'),
  'china-good-people': honouredBy('中国好人'),
};

export interface FigureCheck {
  figure: Figure;
  /** What the site holds, or undefined when it cannot count this figure. */
  count?: Count;
  /** The site holds more by the figure's date than the office reported: a figure or an entry is wrong. */
  exceeds: boolean;
}

export function checkFigures(figures: readonly Figure[], counted: Counted): FigureCheck[] {
  return figures.map((figure) => {
    const count = CHECKS[figure.id]?.(counted, figure.asOf);
    return { figure, count, exceeds: count !== undefined && count.byDate > figure.value };
  });
}
