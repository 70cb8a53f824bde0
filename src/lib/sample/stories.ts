/**
 * The sample's 好人 and releases: made-up names, deeds and paragraphs from the word pools, set in
 * the city's own counties and 乡镇/街道 and honoured with its own titles. Every call draws from
 * the one `rng` in a fixed order, so a root is the same bytes for the same seed.
 */
import { stringify } from 'yaml';
import { pinyinId, uniqueId } from '../ids';
import { PERSON_CATEGORIES } from '../schemas';
import type { SampleCity } from './city';
import { PICTURE_ALT } from './picture';
import type { SampleTownship } from './practice-sites';
import type { Random } from './random';
import { DEEDS, GIVEN, RELEASE_THEMES, SENTENCES, SERVICES, SURNAMES } from './vocabulary';

/** Real people named in the seed document; generated names never take them. */
const REAL_NAMES = new Set(['赵玉富', '杨爱平', '许张氏']);
/** The sample picture as a release's attachment, under content/files/. */
export const PICTURE_FILE = 'sample-picture.png';

export const md = (data: Record<string, unknown>, body: string) =>
  `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body.trim()}\n`;

type Files = Map<string, string | Uint8Array>;

/** Writes `count` profiles into `files`; returns their ids (the first has the sample portrait). */
export function samplePeople(
  rng: Random,
  city: SampleCity,
  count: number,
  townships: readonly SampleTownship[],
  files: Files,
): string[] {
  const { short } = city;
  const peopleIds: string[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
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

  return peopleIds;
}

/** Writes `count` releases into `files`; returns their ids (the first has the sample picture attached). */
export function sampleReleases(
  rng: Random,
  city: SampleCity,
  count: number,
  townships: readonly SampleTownship[],
  peopleIds: readonly string[],
  files: Files,
): string[] {
  const { short } = city;
  const releaseIds: string[] = [];
  for (let i = 0; i < count; i++) {
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

  return releaseIds;
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
