/**
 * Builds a deterministic, valid, fictional content root of about `scale` entries. At scale 2000
 * its shape is the seed's: 4 中心, 96 所, 1,344 站 and 442 好人, plus releases, 20 rules and pages.
 * Larger scales multiply 所, 站, people and releases alike. Returns file path → file text.
 */
import { stringify } from 'yaml';
import { stringify as csv } from 'csv-stringify/sync';
import { contentDir } from '../content/paths';
import { formatDivisions } from '../divisions/excerpt';
import { DIVISIONS_FILE, readDivisions } from '../divisions/townships';
import { PRACTICE_SITE_COLUMNS } from '../schemas';
import { loadSite } from '../site';
import { sampleCity, type SampleCity, type SamplePlaces } from './city';
import { samplePicture } from './picture';
import { createRandom } from './random';
import { sampleSites } from './practice-sites';
import { md, PICTURE_FILE, samplePeople, sampleReleases } from './stories';

export const SEED_SHAPE = { scale: 2000, institutes: 96, stations: 1344, people: 442 } as const;

export interface SampleShape {
  centres: number;
  institutes: number;
  stations: number;
  people: number;
  releases: number;
  rules: number;
}

/** The shape at `scale` for a city of `centres` counties (one 中心 each). */
export function sampleShape(scale: number, centres = 4): SampleShape {
  const f = scale / SEED_SHAPE.scale;
  const institutes = Math.max(4, Math.round(SEED_SHAPE.institutes * f));
  const stations = Math.max(institutes, Math.round(SEED_SHAPE.stations * f));
  const people = Math.max(5, Math.round(SEED_SHAPE.people * f));
  const releases = Math.max(3, scale - centres - institutes - stations - people - 20);
  return { centres, institutes, stations, people, releases, rules: 20 };
}

/** File path in the content root → its text, or its bytes for the sample picture. */
export type SampleFiles = Map<string, string | Uint8Array>;

/** The city of the content root (CONTENT_DIR) with its county ids, its seats laid out round a made-up centre. */
export function contentRootCity(places: SamplePlaces = {}): SampleCity {
  const dir = contentDir();
  const divisions = readDivisions(dir);
  if (!divisions) throw new Error(`示例内容需要区划文件 ${DIVISIONS_FILE}：请先运行 npm run divisions -- --code 区划代码。`);
  return sampleCity(divisions, { countyIds: loadSite(dir).countyIds, ...places });
}

/**
 * `city` is the sample's city (by default the content root's): its divisions excerpt is written
 * into the sample root beside a site.yaml that names its code and its counties.
 */
export function generateSampleRoot(scale: number, seed = 2019, city: SampleCity = contentRootCity()): SampleFiles {
  const { divisions, short } = city;
  const rng = createRandom(seed);
  const shape = sampleShape(scale, city.counties.length);
  const files: SampleFiles = new Map();

  files.set(
    'site.yaml',
    stringify({
      name: `${short}文明网（示例）`,
      publisher: `${city.name}文明办`,
      url: `https://${city.slug}-wenming.example.org`,
      address: `${city.province.name}${city.name}（示例地址）`,
      phone: `${city.areaCode}-0000000`,
      email: 'wmb@example.org',
      divisionCode: divisions.code,
      counties: city.counties.map((c) => c.name),
      ...(city.countyIds ? { countyIds: city.countyIds } : {}),
    }),
  );

  // Practice sites: 中心, one 所 per official 乡镇/街道, 站 round-robin over 所 (practice-sites.ts).
  files.set(DIVISIONS_FILE, formatDivisions(divisions));
  const { rows: siteRows, townships } = sampleSites(rng, shape, city);
  const rows = siteRows.map((r) => PRACTICE_SITE_COLUMNS.map((c) => r[c] ?? ''));
  files.set('practice-sites.csv', `\uFEFF${csv([[...PRACTICE_SITE_COLUMNS], ...rows], { record_delimiter: 'windows' })}`);

  const peopleIds = samplePeople(rng, city, shape.people, townships, files);
  const releaseIds = sampleReleases(rng, city, shape.releases, townships, peopleIds, files);
  const picture = samplePicture();
  files.set(`images/people/${peopleIds[0]}.png`, picture);
  files.set(`files/${PICTURE_FILE}`, picture);

  const rules = Array.from({ length: 20 }, (_, i) => ({
    number: i + 1,
    title: `示例条目${i + 1}`,
    text: `这是第 ${i + 1} 条示例文明行为规范，正式文本发布后替换。`,
    sample: true,
  }));
  files.set('rules.yaml', stringify(rules));
  files.set(
    'figures.yaml',
    stringify([
      {
        id: 'practice-centres',
        label: '新时代文明实践中心',
        value: shape.centres,
        unit: '个',
        asOf: '2025-12-31',
        source: releaseIds[0],
      },
      {
        id: 'practice-institutes',
        label: '新时代文明实践所',
        value: shape.institutes,
        unit: '个',
        asOf: '2025-12-31',
        source: releaseIds[0],
      },
      {
        id: 'practice-stations',
        label: '新时代文明实践站',
        value: shape.stations,
        unit: '个',
        asOf: '2025-12-31',
        source: releaseIds[0],
      },
      {
        id: `${city.slug}-good-people`,
        label: `${short}好人`,
        value: shape.people + 1,
        unit: '人',
        asOf: '2025-12-31',
        source: releaseIds[0],
      },
    ]),
  );
  for (const [id, title] of [
    ['about', '关于本站'],
    ['accessibility', '无障碍声明'],
    ['privacy', '隐私说明'],
  ] as const) {
    files.set(`pages/${id}.md`, md({ title, updated: '2025-12-31', sample: true }, `本页为示例内容（${title}）。`));
  }
  return files;
}
