/**
 * Which reported figures (content/figures.yaml) the portal can count itself, and how. The /data/
 * page shows both numbers and flags a difference, so editors see when the directory or the
 * 好人榜 is incomplete, or a figure is mistyped. Figures not listed here are shown as reported.
 */
import { periodStart } from './dates';
import type { Figure, HonorLevel, Person, PracticeSite, SiteLevel } from './schemas';

export interface Counted {
  people: ReadonlyArray<{ data: Person }>;
  sites: ReadonlyArray<{ data: PracticeSite }>;
}

const sitesAt = (level: SiteLevel) => (c: Counted) => c.sites.filter((s) => s.data.level === level).length;
/** People honoured at `level` up to the figure's date (the office reports running totals). */
const honouredBy = (level: HonorLevel) => (c: Counted, asOf: string) =>
  c.people.filter((p) => p.data.honors.some((h) => h.title === level && periodStart(h.period) <= asOf.slice(0, 7))).length;

const CHECKS: Readonly<Record<string, (c: Counted, asOf: string) => number>> = {
  'practice-centres': sitesAt('中心'),
  'practice-institutes': sitesAt('所'),
  'practice-stations': sitesAt('站'),
  'bozhou-good-people': honouredBy('亳州好人'),
  'anhui-good-people': honouredBy('安徽好人'),
  'china-good-people': honouredBy('中国好人'),
};

export interface FigureCheck {
  figure: Figure;
  /** The portal's own count, or undefined when it cannot count this figure. */
  computed?: number;
  /** True when both numbers exist and differ. */
  mismatch: boolean;
}

export function checkFigures(figures: readonly Figure[], counted: Counted): FigureCheck[] {
  return figures.map((figure) => {
    const check = CHECKS[figure.id];
    const computed = check?.(counted, figure.asOf);
    return { figure, computed, mismatch: computed !== undefined && computed !== figure.value };
  });
}
