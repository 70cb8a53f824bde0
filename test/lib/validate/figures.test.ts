import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/validate/problem';
import { validateContent } from '../../../src/lib/validate';
import { copyRoot, replaceIn } from '../../helpers/content-root';

const warningsAfter = (edit: (dir: string) => void) => {
  const dir = copyRoot(edit);
  return validateContent(dir, { today: '2026-12-01' })
    .problems.filter((p) => p.severity === 'warning')
    .map((p) => formatProblem(p).replaceAll(dir, 'content'));
};

describe('the reported figures in validate', () => {
  it('warns when the site holds more practice sites than the office reported, naming file, line and field', () => {
    // The good fixture holds two 站; the figure says 1344. Lower it to 1.
    expect(warningsAfter((d) => replaceIn(d, 'figures.yaml', 'value: 1344', 'value: 1'))).toEqual([
      'content/figures.yaml:3 （提醒）value：本网站收录的「新时代文明实践站」截至2019年12月31日已有 2 个，多于报告数 1 个。请核对报告数，或核对好人的荣誉时间和实践阵地的级别。',
    ]);
  });

  it('says nothing when the site holds fewer than reported, since the lists are still being filled', () => {
    expect(warningsAfter(() => {})).toEqual([]);
  });
});
