/**
 * Warnings (not errors: the page still builds) that help the directory answer citizens:
 * opening hours the pages cannot read (so no 「今日开放」), a 乡镇/街道 that is not an official
 * name of the county (so the township index would split or misname it), and coordinates that
 * cannot be right (site-coordinates.ts). The official names come from the content root's
 * divisions.json, checked here against site.yaml's divisionCode.
 */
import path from 'node:path';
import { HOURS_EXAMPLES, parseHours } from '../hours/parse';
import { closestNames, DIVISIONS_FILE, officialTownships, readDivisions } from '../divisions/townships';
import { displayPath } from '../content/paths';
import { checkSiteCoordinates } from './site-coordinates';
import type { Content, Entry } from './schema-check';
import type { Problem } from './problem';

const EXAMPLES = HOURS_EXAMPLES.map((e) => `「${e}」`).join('');

function warn(entry: Pick<Entry<unknown>, 'file' | 'lineOf'>, field: string, code: string, message: string): Problem {
  return { severity: 'warning', code, file: entry.file, line: entry.lineOf([field]), field, message };
}

export function checkPracticeSiteText(c: Content, problems: Problem[]): void {
  checkSiteCoordinates(c.practiceSites, problems);
  for (const s of c.practiceSites) {
    const { hours } = s.data;
    if (hours && !parseHours(hours))
      problems.push(
        warn(
          s,
          'hours',
          'hours-unreadable',
          `开放时间「${hours}」读不出每天的开放时段，网页上无法显示「今日开放」。请按这些写法之一填写：${EXAMPLES}。`,
        ),
      );
  }
  const official = officialNames(c, problems);
  if (!official) return;
  for (const e of [...c.practiceSites, ...c.people]) {
    const { county, township } = e.data;
    const names = official.get(county);
    if (!township || !names || names.includes(township)) continue;
    const elsewhere = [...official].find(([, list]) => list.includes(township))?.[0];
    problems.push(
      warn(
        e,
        'township',
        'township-unknown',
        elsewhere
          ? `「${township}」是${elsewhere}的乡镇（街道），不在${county}。请核对县区或乡镇名称。`
          : `「${township}」不是${county}乡镇（街道）的正式名称。最接近的正式名称：${closestNames(township, names).join('、')}。请改用正式名称（以国家统计局区划代码为准）。`,
      ),
    );
  }
}

/** The official names of the city in site.yaml's divisionCode; an error when the excerpt is missing or of another city. */
function officialNames(c: Content, problems: Problem[]): ReadonlyMap<string, readonly string[]> | undefined {
  const code = c.site.divisionCode;
  if (!code) return undefined;
  const file = displayPath(path.join(c.dir, DIVISIONS_FILE));
  const error = (message: string) => problems.push({ severity: 'error', code: 'divisions', file, message });
  let divisions;
  try {
    divisions = readDivisions(c.dir);
  } catch {
    error(`区划文件不是有效的生成结果。请不要手工修改它，运行 npm run divisions -- --code ${code} 重新生成。`);
    return undefined;
  }
  if (!divisions) {
    error(
      `site.yaml 填写了区划代码 ${code}，但内容文件夹中没有区划文件。请运行 npm run divisions -- --code ${code} 生成后提交。`,
    );
    return undefined;
  }
  if (divisions.code !== code) {
    error(
      `区划文件是 ${divisions.name}（${divisions.code}）的，与 site.yaml 的区划代码 ${code} 不符。请运行 npm run divisions -- --code ${code} 重新生成。`,
    );
    return undefined;
  }
  const names = officialTownships(divisions);
  c.site.counties.forEach((county, i) => {
    if (!names.has(county))
      problems.push({
        severity: 'warning',
        code: 'county-unknown',
        file: c.siteFile,
        field: `counties[${i}]`,
        message: `「${county}」不是${divisions.name}县区的正式名称。正式名称：${[...names.keys()].join('、')}。`,
      });
  });
  return names;
}
