/**
 * The city a content root is for: its names, URL slugs, honour levels and counties, read from
 * site.yaml (divisionCode, counties, countyIds, rulesTitle) and the divisions.json excerpt for its
 * code (the city's and its province's official names). Nothing city-specific lives in src/:
 * every name, slug and honour title the portal shows comes from here. Node only (reads files).
 */
import { contentDir } from './content/paths';
import { countyId } from './counties';
import { readDivisions } from './divisions/townships';
import { placeSlug, shortName } from './place-names';
import { loadSite } from './site';
import { t } from './strings';
import type { Divisions, HonorTitles, Site } from './schemas';

/** One honour level: its title as editors write it and its URL id (/people/level/<id>/). */
export interface HonorLevel {
  title: string;
  id: string;
}

export interface Place {
  /** The 6-digit division code, e.g. 341200 for a city, 340000 for its province. */
  code: string;
  /** The official name, e.g. 阜阳市, 安徽省. */
  name: string;
  /** The name without its suffix, as in 「阜阳好人」: 阜阳, 安徽, 广西. */
  short: string;
  /** The short name's pinyin without separators, the URL id of its honour level: fuyang, anhui. */
  slug: string;
}

export interface City extends Place {
  province: Place;
  /** From the city's own up to the national one: 阜阳好人 (fuyang), 安徽好人 (anhui), 中国好人 (china). */
  honors: readonly [HonorLevel, HonorLevel, HonorLevel];
  /** site.yaml's counties in display order, each with its URL id (counties.ts). */
  counties: ReadonlyArray<{ name: string; id: string }>;
  /** site.yaml's rulesTitle, when it names the rules page itself (else rulesTitle() makes one). */
  rulesTitle?: string;
}

function place(code: string, name: string): Place {
  const short = shortName(name);
  return { code, name, short, slug: placeSlug(short) };
}

/** The city of `site` (its divisionCode) with the names of `divisions`, the excerpt for that code. */
export function cityIdentity(site: Site, divisions: Divisions): City {
  if (divisions.code !== site.divisionCode)
    throw new Error(
      `区划文件是 ${divisions.name}（${divisions.code}）的，与 site.yaml 的区划代码 ${site.divisionCode} 不符。请运行 npm run divisions -- --code ${site.divisionCode} 重新生成。`,
    );
  const city = place(divisions.code, divisions.name);
  const province = place(divisions.province.code, divisions.province.name);
  return {
    ...city,
    province,
    honors: [
      { title: `${city.short}好人`, id: city.slug },
      { title: `${province.short}好人`, id: province.slug },
      { title: '中国好人', id: 'china' },
    ],
    counties: site.counties.map((name) => ({ name, id: countyId(name, site.countyIds) })),
    ...(site.rulesTitle ? { rulesTitle: site.rulesTitle } : {}),
  };
}

/** The honour titles the people schema accepts, in order. */
export const honorTitles = (city: Pick<City, 'honors'>): HonorTitles => city.honors.map((h) => h.title) as unknown as HonorTitles;

/** The rules page's title: site.yaml's rulesTitle, else 「阜阳文明12条」 from the number of rules. */
export const rulesTitle = (city: Pick<City, 'short' | 'rulesTitle'>, count: number) =>
  city.rulesTitle ?? t('rules.defaultTitle', { city: city.short, count });

/** The values of the city's placeholders in strings.ts: {city}, {rulesTitle}, {ruleCount}, {honor1}…{honor3}. */
export function cityWords(city: Pick<City, 'short' | 'rulesTitle' | 'honors'>, ruleCount: number) {
  const [honor1, honor2, honor3] = city.honors.map((h) => h.title) as [string, string, string];
  return { city: city.short, rulesTitle: rulesTitle(city, ruleCount), ruleCount: String(ruleCount), honor1, honor2, honor3 };
}
export type CityWords = ReturnType<typeof cityWords>;

/** The URL id of a county of the city: /sites/<id>/, /people/county/<id>/. */
export function cityCountyId(city: Pick<City, 'counties'>, county: string): string {
  return city.counties.find((c) => c.name === county)?.id ?? countyId(county);
}

const cache = new Map<string, City>();

/**
 * The city of a content root (site.yaml and divisions.json), read once per root. Validation has
 * already checked both, so a failure here names the file and the command that repairs it.
 */
export function loadCity(dir: string = contentDir()): City {
  const cached = cache.get(dir);
  if (cached) return cached;
  const site = loadSite(dir);
  const divisions = readDivisions(dir);
  if (!divisions)
    throw new Error(
      `内容文件夹中没有区划文件 divisions.json。请运行 npm run divisions -- --code ${site.divisionCode} 生成后提交。`,
    );
  const city = cityIdentity(site, divisions);
  cache.set(dir, city);
  return city;
}

/** The city of a content root, or undefined while site.yaml or divisions.json cannot give it (tools that must open anyway). */
export function findCity(dir: string = contentDir()): City | undefined {
  try {
    return loadCity(dir);
  } catch {
    return undefined;
  }
}
