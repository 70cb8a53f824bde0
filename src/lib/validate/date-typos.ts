/**
 * A date long before any civilization office existed (0219-12-31, 1019-05-01: a digit typed
 * wrong) is almost certainly a typo: a warning, since the page still builds and the date is real.
 * Dates after today are already errors (cross-refs.ts), however far ahead.
 */
import type { Content, Entry } from './schema-check';
import type { Problem } from './problem';

/** No 文明办 (and no entry of this portal) predates the People's Republic. */
export const EARLIEST_YEAR = 1949;

function warn(e: Pick<Entry<unknown>, 'file' | 'lineOf'>, path: Array<string | number>, field: string, value: string): Problem {
  return {
    severity: 'warning',
    code: 'date-typo',
    file: e.file,
    line: e.lineOf(path),
    field,
    message: `日期 ${value} 早于 ${EARLIEST_YEAR} 年，很可能是输入错误（例如把 2019 写成了 0219 或 1019）。请核对年份。`,
  };
}

const early = (date: string | undefined) => date !== undefined && Number(date.slice(0, 4)) < EARLIEST_YEAR;

export function checkDateTypos(c: Content, problems: Problem[]): void {
  for (const r of c.releases) {
    if (early(r.data.date)) problems.push(warn(r, ['date'], 'date', r.data.date));
    if (early(r.data.updated)) problems.push(warn(r, ['updated'], 'updated', r.data.updated!));
  }
  for (const p of c.pages) if (early(p.data.updated)) problems.push(warn(p, ['updated'], 'updated', p.data.updated));
  for (const f of c.figures) if (early(f.data.asOf)) problems.push(warn(f, ['asOf'], 'asOf', f.data.asOf));
  for (const p of c.people)
    p.data.honors.forEach((h, i) => {
      if (early(h.period)) problems.push(warn(p, ['honors', i, 'period'], `honors[${i}].period`, h.period));
    });
}
