/**
 * 「A city is content, not code」: no file under src/ names a place of the bundled city (content/):
 * its name and short name (亳州市, 亳州), its pinyin slug in any case, its division code, its
 * counties' names, their stems of two characters or more and their URL ids, and every official
 * 乡镇/街道 name of divisions.json. The province is not on the list: the province's other cities
 * share it, generic rules and examples name provinces (安徽省 → 安徽), and the province build
 * names it on purpose. Township stems (古井 of 古井镇) are not either: many are common words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCity } from '../src/lib/city';
import { readDivisions } from '../src/lib/divisions/townships';
import { countyStem } from '../src/lib/place-names';

const SRC = 'src';
const SAMPLE = path.join('src', 'lib', 'sample');

/** The bundled city's names, each as a pattern (slugs and ids as whole words, in any case). */
function cityNames(): Array<{ name: string; pattern: RegExp }> {
  const city = loadCity('content');
  const divisions = readDivisions('content')!;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const text = (s: string) => ({ name: s, pattern: new RegExp(escape(s), 'u') });
  const word = (s: string) => ({ name: s, pattern: new RegExp(`(?<![A-Za-z])${escape(s)}(?![a-z])`, 'i') });
  const counties = divisions.counties.map((c) => c.name);
  return [
    text(city.name),
    text(city.short),
    word(city.slug),
    { name: city.code, pattern: new RegExp(`(?<!\\d)${city.code}(?!\\d)`) },
    ...counties.map(text),
    ...counties
      .map(countyStem)
      .filter((stem) => [...stem].length >= 2)
      .map(text),
    ...city.counties.map((c) => word(c.id)),
    ...divisions.counties.flatMap((c) => c.townships.map((t) => text(t.name))),
  ];
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** `file:line 「name」` for every line that names the city, deduplicated by name per line. */
function findings(files: string[]): string[] {
  const names = cityNames();
  const out: string[] = [];
  for (const file of files) {
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const found = [...new Set(names.filter((n) => n.pattern.test(line)).map((n) => n.name))];
        if (found.length) out.push(`${file.split(path.sep).join('/')}:${i + 1} ${found.map((n) => `「${n}」`).join('')}`);
      });
  }
  return out;
}

describe('the code under src/', () => {
  it('checks for every county, township and name of the bundled city', () => {
    const names = cityNames().map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['亳州市', '亳州', 'bozhou', '341600', '谯城区', '谯城', 'guoyang', '古井镇']));
    expect(names.length).toBeGreaterThan(100);
  });

  it('finds a place of the bundled city where a file names one', () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'bz-src-'));
    fs.writeFileSync(
      path.join(dir, 'a.ts'),
      "const a = 'Bozhou';\n// 安徽省 is a province\nconst b = '涡阳县';\nconst c = 'bozhouish';\n",
    );
    expect(findings([path.join(dir, 'a.ts')]).map((f) => f.replace(/^.*a\.ts/, 'a.ts'))).toEqual([
      'a.ts:1 「bozhou」',
      'a.ts:3 「涡阳县」「涡阳」',
    ]);
  });

  it('names no place of the bundled city outside the sample generator', () => {
    const files = filesUnder(SRC).filter((f) => !f.startsWith(SAMPLE + path.sep));
    expect(findings(files), 'name these in content/ (site.yaml, divisions.json) and read them through src/lib/city.ts').toEqual(
      [],
    );
  });

  it('names no place of the bundled city in the sample generator (src/lib/sample/) either', () => {
    expect(
      findings(filesUnder(SAMPLE)),
      'the sample generator must take its places from the divisions excerpt of the city it writes',
    ).toEqual([]);
  });
});
