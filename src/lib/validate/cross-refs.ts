/**
 * Checks across entries that Astro 5 does not make: unique and well-formed ids, references that
 * resolve, the practice-site hierarchy, rule numbering, counties, dates.
 */
import { ID_PATTERN, RESERVED_PAGE_IDS, type SiteLevel } from '../schemas';
import { countyId } from '../counties';
import { visible } from './zod-messages';
import { periodStart } from '../dates';
import type { Content, Entry } from './schema-check';
import type { Problem } from './problem';

const PARENT_LEVEL: Record<SiteLevel, SiteLevel | undefined> = { 中心: undefined, 所: '中心', 站: '所' };

function err(entry: Pick<Entry<unknown>, 'file' | 'lineOf'>, field: string, code: string, message: string): Problem {
  return { severity: 'error', code, file: entry.file, line: entry.lineOf([field]), field, message };
}

function checkIds(entries: Entry<unknown>[], label: string, fromFileName: boolean, problems: Problem[]) {
  const seen = new Map<string, Entry<unknown>>();
  for (const e of entries) {
    if (fromFileName && !ID_PATTERN.test(e.id)) {
      problems.push({
        severity: 'error',
        code: 'id-format',
        file: e.file,
        message: `文件名「${visible(e.id)}」不能用作网址：只能用小写拼音或英文字母、数字和连字符，例如 zhang-san.md。请重命名文件。`,
      });
    }
    const first = seen.get(e.id);
    if (first) {
      problems.push({
        severity: 'error',
        code: 'duplicate-id',
        file: e.file,
        line: e.lineOf(['id']),
        field: fromFileName ? undefined : 'id',
        message: `${label}标识「${e.id}」重复，已在 ${first.file}${first.lineOf(['id']) ? `:${first.lineOf(['id'])}` : ''} 使用。请改用另一个标识。`,
      });
    } else seen.set(e.id, e);
  }
}

export function checkCrossReferences(c: Content, today: string, problems: Problem[]): void {
  checkCountyIds(c, problems);
  checkIds(c.releases, '新闻发布稿', true, problems);
  checkIds(c.people, '好人', true, problems);
  checkIds(c.pages, '页面', true, problems);
  checkIds(c.practiceSites, '实践站点', false, problems);
  checkIds(c.figures, '数据', false, problems);

  for (const p of c.pages) {
    if ((RESERVED_PAGE_IDS as readonly string[]).includes(p.id)) {
      problems.push({
        severity: 'error',
        code: 'reserved-id',
        file: p.file,
        message: `页面名「${p.id}」与网站栏目冲突（/${p.id}/ 已被占用）。请重命名文件，例如 about-${p.id}.md。`,
      });
    }
  }

  const counties = new Set(c.site.counties);
  const countyList = c.site.counties.join('、');
  const people = c.knownIds.people;
  const releases = c.knownIds.releases;
  for (const r of c.releases) {
    r.data.people.forEach((id, i) => {
      if (!people.has(id))
        problems.push({
          severity: 'error',
          code: 'dangling-reference',
          file: r.file,
          line: r.lineOf(['people', i]),
          field: `people[${i}]`,
          message: `找不到好人「${id}」：content/people/ 里没有 ${id}.md。请核对标识，或先添加该好人的文件。`,
        });
    });
    if (r.data.date > today)
      problems.push(err(r, 'date', 'future-date', `发布日期 ${r.data.date} 晚于今天（${today}）。请填写实际发布日期。`));
    if (r.data.updated && r.data.updated > today)
      problems.push(err(r, 'updated', 'future-date', `更新日期 ${r.data.updated} 晚于今天（${today}）。`));
  }
  for (const p of c.people) {
    if (!counties.has(p.data.county))
      problems.push(err(p, 'county', 'enum', `「${p.data.county}」不是 site.yaml 中的县区，可选：${countyList}`));
    p.data.honors.forEach((h, i) => {
      if (periodStart(h.period) > today.slice(0, 7)) {
        problems.push({
          severity: 'error',
          code: 'future-date',
          file: p.file,
          line: p.lineOf(['honors', i, 'period']),
          field: `honors[${i}].period`,
          message: `荣誉时间 ${h.period} 晚于今天（${today}）。`,
        });
      }
    });
  }
  for (const pg of c.pages) {
    if (pg.data.updated > today)
      problems.push(err(pg, 'updated', 'future-date', `更新日期 ${pg.data.updated} 晚于今天（${today}）。`));
  }
  for (const f of c.figures) {
    if (!releases.has(f.data.source))
      problems.push(
        err(
          f,
          'source',
          'dangling-reference',
          `找不到来源新闻发布稿「${f.data.source}」：content/releases/ 里没有这个文件。请填写报告这一数字的发布稿标识。`,
        ),
      );
    if (f.data.asOf > today) problems.push(err(f, 'asOf', 'future-date', `统计日期 ${f.data.asOf} 晚于今天（${today}）。`));
  }
  checkRuleNumbers(c.rules, problems);
  checkSiteTree(c, counties, countyList, problems);
}

function checkRuleNumbers(rules: Entry<{ number: number }>[], problems: Problem[]) {
  const seen = new Map<number, Entry<unknown>>();
  for (const r of rules) {
    const first = seen.get(r.data.number);
    if (first)
      problems.push(
        err(
          r,
          'number',
          'duplicate-id',
          `第 ${r.data.number} 条重复（已在第 ${first.lineOf(['number'])} 行）。编号应从 1 开始连续排列。`,
        ),
      );
    else seen.set(r.data.number, r);
  }
  for (let n = 1; n <= Math.max(0, ...seen.keys()); n++) {
    if (!seen.has(n))
      problems.push({
        severity: 'error',
        code: 'rule-gap',
        file: rules[0]!.file,
        field: 'number',
        message: `缺少第 ${n} 条：编号应从 1 开始连续排列，不能跳号。`,
      });
  }
}

/** Each county has its own URL id, and countyIds corrects only counties that site.yaml lists. */
function checkCountyIds(c: Content, problems: Problem[]) {
  const site = (field: string, code: string, message: string): Problem => ({
    severity: 'error',
    code,
    file: c.siteFile,
    field,
    message,
  });
  const byId = new Map<string, string>();
  c.site.counties.forEach((county, i) => {
    const id = countyId(county, c.site.countyIds);
    const other = byId.get(id);
    if (other)
      problems.push(
        site(
          `counties[${i}]`,
          'county-id-clash',
          `「${county}」和「${other}」的网址标识都是「${id}」。请在 countyIds 中给其中一个另写标识，例如 {county: ${county}, id: ${id}2}。`,
        ),
      );
    else byId.set(id, county);
  });
  (c.site.countyIds ?? []).forEach((o, i) => {
    if (!c.site.counties.includes(o.county))
      problems.push(
        site(`countyIds[${i}].county`, 'enum', `「${o.county}」不是 counties 中的县区，可选：${c.site.counties.join('、')}`),
      );
  });
}

function checkSiteTree(c: Content, counties: Set<string>, countyList: string, problems: Problem[]) {
  const byId = new Map(c.practiceSites.map((s) => [s.id, s]));
  const countyIds = new Map(c.site.counties.map((name) => [countyId(name, c.site.countyIds), name]));
  for (const s of c.practiceSites) {
    const d = s.data;
    const county = countyIds.get(s.id);
    if (county)
      problems.push(
        err(
          s,
          'id',
          'reserved-id',
          `标识「${s.id}」已用作${county}的目录页（/sites/${s.id}/）。请换一个标识，例如 ${s.id}-zhongxin。`,
        ),
      );
    if (!counties.has(d.county))
      problems.push(err(s, 'county', 'enum', `「${d.county}」不是 site.yaml 中的县区，可选：${countyList}`));
    const expected = PARENT_LEVEL[d.level];
    if (!expected) {
      if (d.parent) problems.push(err(s, 'parent', 'site-parent', '「中心」是最高一级，不能有上级（parent 请留空）。'));
      continue;
    }
    if (!d.parent) {
      problems.push(err(s, 'parent', 'site-parent', `「${d.level}」必须填写上级${expected}的标识（parent）。`));
      continue;
    }
    const parent = byId.get(d.parent);
    if (!parent && c.knownIds.practiceSites.has(d.parent)) continue; // the parent's own row is reported
    if (!parent)
      problems.push(
        err(s, 'parent', 'dangling-reference', `找不到上级站点「${d.parent}」。请核对标识，上级必须是名录中的一个${expected}。`),
      );
    else if (parent.data.level !== expected)
      problems.push(
        err(s, 'parent', 'site-parent', `上级「${d.parent}」是${parent.data.level}，而${d.level}的上级必须是${expected}。`),
      );
    else if (parent.data.county !== d.county)
      problems.push(
        err(
          s,
          'parent',
          'site-parent',
          `上级「${d.parent}」在${parent.data.county}，与本站点所在的${d.county}不一致。上级必须在同一县区。`,
        ),
      );
  }
}
