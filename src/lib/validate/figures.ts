/**
 * A reported figure that the site's own content contradicts: more 好人 honoured by the figure's
 * date, or more practice sites, than the office reported. A warning, since either the figure or
 * an entry may be the one to correct; fewer is normal (the lists are still being filled).
 */
import { formatChineseDate } from '../dates';
import { checkFigures } from '../figure-checks';
import type { Problem } from './problem';
import type { Content } from './schema-check';

export function checkFigureCounts(c: Content, problems: Problem[]): void {
  if (!c.city) return; // divisions.json is missing or of another city: reported as an error already
  const live = <T extends { data: { draft?: boolean } }>(entries: T[]) => entries.filter((e) => !e.data.draft);
  const checks = checkFigures(
    c.figures.map((f) => f.data),
    { people: live(c.people), sites: c.practiceSites },
    c.city.honors,
  );
  checks.forEach((check, i) => {
    if (!check.exceeds) return;
    const f = check.figure;
    const entry = c.figures[i]!;
    problems.push({
      severity: 'warning',
      code: 'figure-exceeded',
      file: entry.file,
      line: entry.lineOf(['value']),
      field: 'value',
      message: `本网站收录的「${f.label}」截至${formatChineseDate(f.asOf)}已有 ${check.count!.byDate} ${f.unit}，多于报告数 ${f.value} ${f.unit}。请核对报告数，或核对好人的荣誉时间和实践阵地的级别。`,
    });
  });
}
