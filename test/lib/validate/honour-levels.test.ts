// The honour titles a content root accepts are its own city's (site.yaml's divisionCode and the
// divisions.json excerpt for it), shown on a copy of the fixture turned into a second city.
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/validate';
import { formatProblem } from '../../../src/lib/validate/problem';
import { copyRoot, replaceIn } from '../../helpers/content-root';
import { fuyangRoot } from '../../helpers/fuyang-root';

const lines = (dir: string) =>
  validateContent(dir, { today: '2026-12-01' }).problems.map((p) => formatProblem(p).replaceAll(dir, 'content'));

describe('the honour levels of a second city', () => {
  it('are accepted with no problem at all: 阜阳好人, 安徽好人, 中国好人', () => {
    expect(lines(fuyangRoot())).toEqual([]);
  });

  it('refuse the bundled city’s own honour, naming the file, line and field and listing the allowed titles', () => {
    expect(lines(fuyangRoot((d) => replaceIn(d, 'people/li-si.md', 'title: 阜阳好人', 'title: 亳州好人')))).toEqual([
      'content/people/li-si.md:7 honors[0].title：「亳州好人」不是允许的值，可选：阜阳好人、安徽好人、中国好人',
    ]);
  });
});

describe('site.yaml without divisionCode', () => {
  it('is refused, saying what the code decides and how to write it', () => {
    const dir = copyRoot((d) => replaceIn(d, 'site.yaml', "divisionCode: '341600'\n", ''));
    expect(lines(dir)).toEqual([
      'content/site.yaml divisionCode：缺少本市的 6 位行政区划代码（divisionCode），例如 341200。市名、省名和「好人」荣誉名称都由它确定；填写后运行 npm run divisions 生成 divisions.json，一起提交。',
    ]);
  });

  it('is refused when the code is not a prefecture-level city’s', () => {
    const dir = copyRoot((d) => replaceIn(d, 'site.yaml', "divisionCode: '341600'", "divisionCode: '341602'"));
    expect(lines(dir)).toEqual([
      'content/site.yaml:7 divisionCode：「341602」不是地级市的 6 位行政区划代码：应为 6 位数字、以 00 结尾（国家统计局统计用区划代码），例如 341200。',
    ]);
  });
});

describe("site.yaml's county ids", () => {
  it('refuse two counties with the same id, and a correction for a county site.yaml does not list', () => {
    const dir = copyRoot((d) =>
      replaceIn(
        d,
        'site.yaml',
        'countyIds: [{county: 涡阳县, id: guoyang}]',
        'countyIds: [{county: 涡阳县, id: lixin}, {county: 涡阳区, id: woyang}]',
      ),
    );
    expect(lines(dir)).toEqual([
      'content/site.yaml counties[3]：「利辛县」和「涡阳县」的网址标识都是「lixin」。请在 countyIds 中给其中一个另写标识，例如 {county: 利辛县, id: lixin2}。',
      'content/site.yaml countyIds[1].county：「涡阳区」不是 counties 中的县区，可选：谯城区、涡阳县、蒙城县、利辛县',
    ]);
  });
});
