/**
 * Builds a deterministic, valid, fictional content root of about `scale` entries. At scale 2000
 * its shape is the seed's: 4 中心, 96 所, 1,344 站 and 442 好人, plus releases, 20 rules and pages.
 * Larger scales multiply 所, 站, people and releases alike. Returns file path → file text.
 */
import { stringify } from 'yaml';
import { stringify as csv } from 'csv-stringify/sync';
import { pinyinId, uniqueId } from '../ids';
import { contentDir } from '../content/paths';
import { formatDivisions } from '../divisions/excerpt';
import { DIVISIONS_FILE, readDivisions } from '../divisions/townships';
import { PRACTICE_SITE_COLUMNS, PERSON_CATEGORIES } from '../schemas';
import { sampleCity, type SampleCity } from './city';
import { PICTURE_ALT, samplePicture } from './picture';
import { createRandom, type Random } from './random';
import { sampleSites } from './practice-sites';
import { DEEDS, GIVEN, RELEASE_THEMES, SENTENCES, SERVICES, SURNAMES } from './vocabulary';

export const SEED_SHAPE = { scale: 2000, institutes: 96, stations: 1344, people: 442 } as const;
/** Real people named in the seed document; generated names never take them. */
const REAL_NAMES = new Set(['赵玉富', '杨爱平', '许张氏']);

const PICTURE_FILE = 'sample-picture.png';
const md = (data: Record<string, unknown>, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body.trim()}\n`;

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

/** The city of the content root (CONTENT_DIR), its seats laid out round a made-up centre. */
export function contentRootCity(): SampleCity {
  const divisions = readDivisions(contentDir());
  if (!divisions) throw new Error(`示例内容需要区划文件 ${DIVISIONS_FILE}：请先运行 npm run divisions -- --code 区划代码。`);
  return sampleCity(divisions);
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
    }),
  );

  // Practice sites: 中心, one 所 per official 乡镇/街道, 站 round-robin over 所 (practice-sites.ts).
  files.set(DIVISIONS_FILE, formatDivisions(divisions));
  const { rows: siteRows, townships } = sampleSites(rng, shape, city);
  const rows = siteRows.map((r) => PRACTICE_SITE_COLUMNS.map((c) => r[c] ?? ''));
  files.set('practice-sites.csv', `\uFEFF${csv([[...PRACTICE_SITE_COLUMNS], ...rows], { record_delimiter: 'windows' })}`);

  // People.
  const peopleIds: string[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < shape.people; i++) {
    let name: string;
    do name = `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}${rng.chance(0.7) ? rng.pick(GIVEN) : ''}`;
    while (REAL_NAMES.has(name));
    const id = uniqueId(pinyinId(name, { name: true }), (x) => taken.has(x));
    taken.add(id);
    peopleIds.push(id);
    const town = rng.pick(townships);
    const category = PERSON_CATEGORIES[i % PERSON_CATEGORIES.length]!;
    const year = rng.int(2013, 2025);
    const honors = [{ title: `${short}好人`, period: `${year}-Q${rng.int(1, 4)}` }];
    if (rng.chance(0.45))
      honors.push({
        title: `${city.province.short}好人`,
        period: `${Math.min(2025, year + 1)}-${String(rng.int(1, 12)).padStart(2, '0')}`,
      });
    if (rng.chance(163 / 442))
      honors.push({ title: '中国好人', period: `${Math.min(2026, year + 2)}-${String(rng.int(1, 9)).padStart(2, '0')}` });
    const deed = rng.pick(DEEDS[category]!);
    const story = paragraphs(
      rng,
      3,
      { county: town.county.name, place: town.name, name },
      `${name}是${town.county.name}${town.name}人，${deed}。`,
    );
    files.set(
      `people/${id}.md`,
      md(
        {
          name,
          category,
          county: town.county.name,
          township: town.name,
          honors,
          summary: `${name}${deed}。`.slice(0, 110),
          // The first profile has a portrait (a drawn 示意图), so every page template is there.
          ...(i === 0 ? { photo: `people/${id}.png`, photoAlt: PICTURE_ALT } : {}),
          consent: true,
          sample: true,
        },
        story,
      ),
    );
  }

  // Releases.
  const releaseIds: string[] = [];
  for (let i = 0; i < shape.releases; i++) {
    const theme = RELEASE_THEMES[i % RELEASE_THEMES.length]!;
    const county = rng.pick(city.counties);
    const date = `${rng.int(2015, 2025)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    const id = `release-${date.slice(0, 4)}-${i + 1}`;
    releaseIds.push(id);
    const vars = { county: county.name, place: rng.pick(townships).name, name: '', words: theme.words };
    const body = ['一', '二', '三']
      .map((n, s) => `## ${n}、${rng.pick(theme.words)}${['扎实推进', '取得实效', '持续深化'][s]}\n\n${paragraphs(rng, 2, vars)}`)
      .join('\n\n');
    const people = rng.chance(0.3) ? [rng.pick(peopleIds)] : [];
    const title = `${county.name}${theme.title.replace('{city}', short)}（示例${i + 1}）`;
    // The first release has an attachment, so a generated root has one to download and print.
    const attachments = i === 0 ? [{ title: '活动示意图（PNG 图片）', file: PICTURE_FILE }] : undefined;
    files.set(`releases/${id}.md`, md({ title, date, topics: [theme.topic], people, attachments, sample: true }, body));
  }
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

function paragraphs(
  rng: Random,
  count: number,
  vars: { county: string; place: string; name: string; words?: readonly string[] },
  first = '',
): string {
  const out: string[] = [];
  for (let p = 0; p < count; p++) {
    const sentences = Array.from({ length: rng.int(4, 7) }, () =>
      rng.pick(SENTENCES).replace(/\{(\w+)\}/g, (_, key: string) => {
        switch (key) {
          case 'word':
            return vars.words ? rng.pick(vars.words) : rng.pick(SERVICES);
          case 'count':
            return String(rng.int(10, 900));
          case 'count2':
            return String(rng.int(1000, 90000));
          case 'money':
            return (rng.int(10, 9000) / 10).toString();
          case 'year':
            return String(rng.int(2015, 2024));
          case 'name':
            return vars.name || `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}${rng.pick(GIVEN)}`;
          default:
            return (vars as unknown as Record<string, string>)[key] ?? '';
        }
      }),
    );
    out.push((p === 0 ? first : '') + sentences.join(''));
  }
  return out.join('\n\n');
}
