/**
 * Made-up county seats (src/lib/sample/layout.ts) for cities no one has positions for: inside
 * China, the same every run, and quiet under validate's coordinate warnings for every city of a
 * province and for cities far from it.
 */
import { describe, expect, it } from 'vitest';
import { CHINA_BOX, defaultCentre, layoutSeats, parseCentre } from '../../../src/lib/sample/layout';
import { sampleCity } from '../../../src/lib/sample/city';
import { generateSampleRoot } from '../../../src/lib/sample/generate';
import { validateContent } from '../../../src/lib/validate';
import { distance } from '../../../src/lib/sites/browser-finder';
import { generateDivisions } from '../../../tools/lib/division-source';
import { SAMPLE_PLACES } from '../../../tools/data/sample-places';
import { writeTree } from '../../helpers/content-root';

const ANHUI = ['340100', '340200', '340300', '340400', '340500', '340600', '340700', '340800'].concat([
  '341000',
  '341100',
  '341200',
  '341300',
  '341500',
  '341600',
  '341700',
  '341800',
]);
const inChina = ([lng, lat]: readonly number[]) =>
  lng! >= CHINA_BOX.lng[0] && lng! <= CHINA_BOX.lng[1] && lat! >= CHINA_BOX.lat[0] && lat! <= CHINA_BOX.lat[1];

describe('layoutSeats', () => {
  it('puts districts within 10 km of the centre and counties about 50 km out, the same every run', () => {
    const names = ['甲区', '乙区', '丙县', '丁县', '戊市'];
    const seats = layoutSeats('341200', names, [115.8, 32.9]);
    expect(layoutSeats('341200', names, [115.8, 32.9])).toEqual(seats);
    const km = (i: number) => distance(32.9, 115.8, seats[i]!.seat[1], seats[i]!.seat[0]) / 1000;
    expect([km(0), km(1)].every((d) => d > 5 && d < 7)).toBe(true);
    expect([km(2), km(3), km(4)].every((d) => d > 49 && d < 51)).toBe(true);
    expect(layoutSeats('341200', ['甲区'], [115.8, 32.9])[0]!.seat).toEqual([115.8, 32.9]);
  });

  it('picks a centre inside China from the code when none is given, and refuses one outside it', () => {
    for (const code of ['110000', '341200', '650100', '469000']) expect(inChina(defaultCentre(code)), code).toBe(true);
    expect(parseCentre('115.82,32.88')).toEqual([115.82, 32.88]);
    expect(parseCentre('115.82，32.88')).toEqual([115.82, 32.88]);
    expect(parseCentre('32.88,115.82')).toBeUndefined();
    expect(parseCentre('2.35,48.85')).toBeUndefined();
    expect(parseCentre('115.82')).toBeUndefined();
  });
});

describe('a small sample root for every prefecture-level city of 安徽省, and for cities elsewhere', () => {
  it('draws no coordinate warning and puts every site in China', () => {
    const found: string[] = [];
    for (const code of [...ANHUI, '520100', '653100', '460200']) {
      const city = sampleCity(generateDivisions(code), SAMPLE_PLACES[code]);
      const result = validateContent(writeTree(generateSampleRoot(100, 2019, city)), { today: '2026-12-01' });
      const coordinates = result.problems.filter((p) => p.code === 'coordinates-implausible');
      found.push(...coordinates.map((p) => `${code} ${p.file}:${p.line} ${p.message}`));
      const sites = result.content?.practiceSites ?? [];
      if (sites.length === 0) found.push(`${code}: ${result.problems[0]?.message}`);
      for (const s of sites) if (s.data.lat !== undefined && !inChina([s.data.lng!, s.data.lat])) found.push(`${code} ${s.id}`);
    }
    expect(found).toEqual([]);
  });
});
