import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/validate/problem';
import { validateContent } from '../src/lib/validate';

describe('the committed content', () => {
  const result = validateContent('content');

  it('validates with no errors and no warnings', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it('holds the seed release and marks everything else as sample', () => {
    const c = result.content!;
    expect(c.releases.find((r) => r.id === '2019-work-report')?.data).toMatchObject({ date: '2019-12-31', sample: false });
    const others = [
      ...c.releases.filter((r) => r.id !== '2019-work-report'),
      ...c.people,
      ...c.rules,
      ...c.practiceSites,
      ...c.pages,
    ];
    expect(others.length).toBeGreaterThan(50);
    expect(others.filter((e) => !(e.data as { sample: boolean }).sample).map((e) => e.file)).toEqual([]);
  });

  it('links every reported figure to the seed release', () => {
    expect(result.content!.figures.map((f) => f.data.source)).toEqual(result.content!.figures.map(() => '2019-work-report'));
  });
});
