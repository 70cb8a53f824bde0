/**
 * Warnings (not errors: the page still builds) that help the directory answer citizens:
 * opening hours the pages cannot read (so no 「今日开放」), and a 乡镇/街道 that is not an
 * official name of the county (so the township index would split or misname it).
 */
import { HOURS_EXAMPLES, parseHours } from '../hours/parse';
import { closestNames, officialTownships } from '../divisions/townships';
import type { Content, Entry } from './schema-check';
import type { Problem } from './problem';

const EXAMPLES = HOURS_EXAMPLES.map((e) => `「${e}」`).join('');

function warn(entry: Pick<Entry<unknown>, 'file' | 'lineOf'>, field: string, code: string, message: string): Problem {
  return { severity: 'warning', code, file: entry.file, line: entry.lineOf([field]), field, message };
}

export function checkPracticeSiteText(c: Content, problems: Problem[]): void {
  const official = officialTownships();
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
