/**
 * The hostile corpus (test/helpers/hostile-corpus.ts) through validate: each case alone is
 * refused, naming its file (and line) with the expected message; all at once, each still is.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateContentAndImages } from '../../../src/lib/validate';
import { formatProblem } from '../../../src/lib/validate/problem';
import { copyRoot } from '../../helpers/content-root';
import { HOSTILE_CASES, type HostileCase } from '../../helpers/hostile-corpus';

const errorsOf = async (dir: string) =>
  (await validateContentAndImages(dir, { today: '2026-12-01' })).problems
    .filter((p) => p.severity === 'error')
    .map((p) => formatProblem(p).replaceAll(`${dir}/`, ''));

const refusal = (c: HostileCase) => (lines: string[]) =>
  lines.some((l) => l.startsWith(c.line ? `${c.file}:${c.line} ` : `${c.file}`) && l.includes(c.says));

describe('the hostile corpus', () => {
  it('holds at least 40 cases across markup, personal data, hidden characters, files and parsers', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HOSTILE_CASES.map((c) => c.kind))).toEqual(
      new Set(['markup', 'personal-data', 'hidden-characters', 'files', 'parser']),
    );
    expect(new Set(HOSTILE_CASES.map((c) => c.name)).size).toBe(HOSTILE_CASES.length);
  });

  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('refuses %s, naming the file and what to remove', async (_, c) => {
    const dir = copyRoot(c.edit);
    const lines = await errorsOf(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(refusal(c)(lines), lines.join('\n')).toBe(true);
  });

  it('refuses every case when all are in one content root', async () => {
    const dir = copyRoot((d) => HOSTILE_CASES.filter((c) => !c.alone).forEach((c) => c.edit(d)));
    const lines = await errorsOf(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(HOSTILE_CASES.filter((c) => !c.alone && !refusal(c)(lines)).map((c) => c.name)).toEqual([]);
  });
});
