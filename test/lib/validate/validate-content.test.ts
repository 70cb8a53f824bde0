import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/validate/problem';
import { validateContent } from '../../../src/lib/validate';
import { copyRoot, errorLinesAfter, GOOD_ROOT, replaceIn, writeIn } from '../../helpers/content-root';

const TODAY = '2026-12-01';

describe('validateContent', () => {
  it('accepts the good fixture root with no problems at all', () => {
    const result = validateContent(GOOD_ROOT, { today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.fileCount).toBe(9);
    expect(result.content?.people.map((p) => p.id)).toEqual(['li-si', 'zhang-san']);
  });

  it('refuses a person whose category is not one of the five, naming file, line and field', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'people/zhang-san.md', 'category: 助人为乐', 'category: 助人'))).toEqual([
      'content/people/zhang-san.md:3 category：「助人」不是允许的值，可选：助人为乐、见义勇为、诚实守信、敬业奉献、孝老爱亲',
    ]);
  });

  it('refuses a release without a title', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'releases/second-release.md', 'title: 测试发布稿二\n', ''))).toEqual([
      'content/releases/second-release.md title：缺少必填字段，请补上。',
    ]);
  });

  it('refuses an unknown field and suggests checking the spelling', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'releases/second-release.md', 'summary:', 'sumary:'))).toEqual([
      'content/releases/second-release.md:5 sumary：未知字段 「sumary」。请检查拼写（字段名区分大小写），或删除这一行。',
    ]);
  });

  it('refuses a date that is not on the calendar, and one in the future', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'releases/second-release.md', 'date: 2021-03-04', 'date: 2021-02-30'))).toEqual([
      'content/releases/second-release.md:3 date：「2021-02-30」不是日历上存在的日期，请核对年月日。',
    ]);
    expect(
      errorLinesAfter((d) => {
        replaceIn(d, 'releases/second-release.md', 'date: 2021-03-04', 'date: 2027-01-01');
        replaceIn(d, 'releases/second-release.md', 'updated: 2021-03-05', 'updated: 2027-01-02');
      }),
    ).toEqual([
      'content/releases/second-release.md:3 date：发布日期 2027-01-01 晚于今天（2026-12-01）。请填写实际发布日期。',
      'content/releases/second-release.md:4 updated：更新日期 2027-01-02 晚于今天（2026-12-01）。',
    ]);
  });

  it('refuses an update date before the publication date', () => {
    expect(
      errorLinesAfter((d) => replaceIn(d, 'releases/second-release.md', 'updated: 2021-03-05', 'updated: 2021-03-01')),
    ).toEqual(['content/releases/second-release.md:4 updated：更新日期不能早于发布日期（date）。']);
  });

  it('refuses a title over 100 characters', () => {
    expect(
      errorLinesAfter((d) => replaceIn(d, 'releases/second-release.md', 'title: 测试发布稿二', `title: ${'长'.repeat(101)}`)),
    ).toEqual(['content/releases/second-release.md:2 title：内容过长（101 字），最多 100 字，请精简。']);
  });

  it('refuses a person without consent', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'people/zhang-san.md', 'consent: true', 'consent: false'))).toEqual([
      'content/people/zhang-san.md:14 consent：必须为 true：只有本人（或监护人）同意后才能发布。请取得同意后再填写 consent: true；尚未取得同意时，请保留 draft: true（草稿不会正式发布）。',
    ]);
  });

  it('refuses a photo without a text alternative', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'people/zhang-san.md', /photoAlt: .*\n/, ''))).toEqual([
      'content/people/zhang-san.md photoAlt：填写了照片（photo）就必须填写照片说明（photoAlt），供视障读者使用。',
    ]);
  });

  it('refuses an honour period that is neither a month nor a quarter', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'people/zhang-san.md', 'period: 2019-Q2', 'period: 2019-Q5'))).toEqual([
      'content/people/zhang-san.md:8 honors[0].period：「2019-Q5」不是有效的时间，请写成年月（2019-05）或季度（2019-Q2）。',
    ]);
  });

  it('refuses a county that site.yaml does not list', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'people/li-si.md', 'county: 蒙城县', 'county: 合肥市'))).toEqual([
      'content/people/li-si.md:5 county：「合肥市」不是 site.yaml 中的县区，可选：谯城区、涡阳县、蒙城县、利辛县',
    ]);
  });

  it('refuses a duplicate id across .md and .mdx files of one collection', () => {
    expect(errorLinesAfter((d) => fs.copyFileSync(path.join(d, 'people/li-si.md'), path.join(d, 'people/li-si.mdx')))).toEqual([
      expect.stringMatching(/^content\/people\/li-si\.mdx 好人标识「li-si」重复，已在 content\/people\/li-si\.md 使用。/),
    ]);
  });

  it('refuses a file name that cannot be an id', () => {
    expect(errorLinesAfter((d) => fs.renameSync(path.join(d, 'pages/about.md'), path.join(d, 'pages/About Us.md')))).toEqual([
      'content/pages/About Us.md 文件名「About Us」不能用作网址：只能用小写拼音或英文字母、数字和连字符，例如 zhang-san.md。请重命名文件。',
    ]);
  });

  it('refuses a free page that would take a section address', () => {
    expect(errorLinesAfter((d) => fs.renameSync(path.join(d, 'pages/about.md'), path.join(d, 'pages/people.md')))).toEqual([
      'content/pages/people.md 页面名「people」与网站栏目冲突（/people/ 已被占用）。请重命名文件，例如 about-people.md。',
    ]);
  });

  it('refuses a release naming a person who has no profile', () => {
    expect(
      errorLinesAfter((d) => replaceIn(d, 'releases/first-release.md', 'people: [zhang-san]', 'people: [zhang-san, wang-wu]')),
    ).toEqual([
      'content/releases/first-release.md:5 people[1]：找不到好人「wang-wu」：content/people/ 里没有 wang-wu.md。请核对标识，或先添加该好人的文件。',
    ]);
  });

  it('refuses a figure whose source release does not exist', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'figures.yaml', 'source: first-release', 'source: no-such-release'))).toEqual([
      'content/figures.yaml:6 source：找不到来源新闻发布稿「no-such-release」：content/releases/ 里没有这个文件。请填写报告这一数字的发布稿标识。',
    ]);
  });

  it('refuses rules with a gap or a repeated number', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'rules.yaml', 'number: 2', 'number: 4'))).toEqual([
      'content/rules.yaml number：缺少第 2 条：编号应从 1 开始连续排列，不能跳号。',
    ]);
    expect(errorLinesAfter((d) => replaceIn(d, 'rules.yaml', 'number: 3', 'number: 2'))).toEqual([
      'content/rules.yaml:7 number：第 2 条重复（已在第 4 行）。编号应从 1 开始连续排列。',
    ]);
  });

  it('refuses practice sites whose parent is missing, of the wrong level or in another county', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'practice-sites.csv', '站,qc-gujing-suo', '站,qc-nowhere'))).toEqual([
      'content/practice-sites.csv:4 parent：找不到上级站点「qc-nowhere」。请核对标识，上级必须是名录中的一个所。',
    ]);
    expect(
      errorLinesAfter((d) =>
        replaceIn(d, 'practice-sites.csv', '甲村新时代文明实践站,站,qc-gujing-suo', '甲村新时代文明实践站,站,qc-zhongxin'),
      ),
    ).toEqual(['content/practice-sites.csv:4 parent：上级「qc-zhongxin」是中心，而站的上级必须是所。']);
    expect(
      errorLinesAfter((d) => replaceIn(d, 'practice-sites.csv', '站,qc-gujing-suo,谯城区', '站,qc-gujing-suo,涡阳县')),
    ).toEqual([
      'content/practice-sites.csv:4 parent：上级「qc-gujing-suo」在谯城区，与本站点所在的涡阳县不一致。上级必须在同一县区。',
    ]);
  });

  it('refuses a practice-site id that is the URL id of a county, since both live under /sites/', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'practice-sites.csv', /qc-gujing-a-zhan,/, 'lixin,'))).toEqual([
      'content/practice-sites.csv:4 id：标识「lixin」已用作利辛县的目录页（/sites/lixin/）。请换一个标识，例如 lixin-zhongxin。',
    ]);
  });

  it('refuses coordinates outside China and a sample flag other than 1', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'practice-sites.csv', '33.84,115.78,', '0,115.78,yes'))).toEqual([
      'content/practice-sites.csv:2 lat：「0」不是中国境内的经纬度（应在 3.8-135.1 之间的十进制度数），请核对坐标，或留空。',
      'content/practice-sites.csv:2 sample：「yes」无效：示例行填 1，正式内容留空或填 0。',
    ]);
  });

  it('refuses a duplicate site id in the CSV, pointing at the first use', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'practice-sites.csv', 'qc-gujing-b-zhan', 'qc-gujing-a-zhan'))).toEqual([
      'content/practice-sites.csv:5 id：实践站点标识「qc-gujing-a-zhan」重复，已在 content/practice-sites.csv:4 使用。请改用另一个标识。',
    ]);
  });

  it('refuses a photo or an attachment that is not in the content folder', () => {
    expect(
      errorLinesAfter((d) => {
        fs.rmSync(path.join(d, 'images/people/zhang-san.png'));
        fs.rmSync(path.join(d, 'files/notice.pdf'));
      }),
    ).toEqual([
      'content/people/zhang-san.md:12 photo：找不到照片 images/people/zhang-san.png。请把照片放进 content/images/ 并核对文件名（区分大小写）。',
      'content/releases/first-release.md:8 attachments[0].file：找不到附件 files/notice.pdf。请把文件放进 content/files/ 并核对文件名（区分大小写）。',
    ]);
  });

  it('explains broken YAML with its line instead of a stack trace', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'people/li-si.md', 'county: 蒙城县', 'county: [蒙城县'))).toEqual([
      expect.stringMatching(/^content\/people\/li-si\.md:\d+ 字段区无法读取：.+。请检查该行的冒号、缩进和引号。$/),
    ]);
    expect(errorLinesAfter((d) => writeIn(d, 'site.yaml', 'name: [\n'))).toEqual([
      expect.stringMatching(/^content\/site\.yaml(:\d+)? 文件无法读取：/),
    ]);
  });

  it('reports a missing site.yaml and warns about an empty folder', () => {
    const dir = copyRoot((d) => {
      fs.rmSync(path.join(d, 'site.yaml'));
      for (const f of fs.readdirSync(path.join(d, 'pages'))) fs.rmSync(path.join(d, 'pages', f));
    });
    const lines = validateContent(dir, { today: TODAY }).problems.map((p) => formatProblem(p).replace(dir, 'content'));
    expect(lines).toEqual([
      'content/pages （提醒）文件夹 pages/ 是空的，这一栏目将没有内容。',
      'content/site.yaml 缺少文件 site.yaml，网站无法构建。请从示例内容复制一份再修改。',
    ]);
  });

  it('refuses samples in a production build, naming each one, but leaves drafts to the build', () => {
    expect(
      errorLinesAfter((d) => replaceIn(d, 'releases/second-release.md', 'summary:', 'draft: true\nsample: true\nsummary:'), {
        production: true,
      }),
    ).toEqual([
      'content/people/zhang-san.md:15 sample：「zhang-san」是示例内容，正式发布时不能包含。请删除它，或换成经核实的正式内容并去掉 sample 标记。',
      'content/practice-sites.csv:5 sample：「qc-gujing-b-zhan」是示例内容，正式发布时不能包含。请删除它，或换成经核实的正式内容并去掉 sample 标记。',
    ]);
  });
});
