import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestNames, officialTownships, readDivisions } from '../../../src/lib/divisions/townships';
import { validateContent } from '../../../src/lib/validate';
import { formatProblem } from '../../../src/lib/validate/problem';
import { copyRoot, replaceIn } from '../../helpers/content-root';

const warningsAfter = (edit: (dir: string) => void) => {
  const dir = copyRoot(edit);
  return validateContent(dir, { today: '2026-12-01' })
    .problems.filter((p) => p.severity === 'warning')
    .map((p) => formatProblem(p).replaceAll(dir, 'content'));
};
const SITES = 'practice-sites.csv';

describe('the official 乡镇/街道 list', () => {
  it('has the 96 乡镇/街道 of the four counties, as many as the seed has 所', () => {
    const list = officialTownships(readDivisions('content')!);
    expect([...list.keys()]).toEqual(['谯城区', '涡阳县', '蒙城县', '利辛县']);
    expect([...list.values()].map((l) => l.length)).toEqual([28, 24, 19, 25]);
    expect(list.get('谯城区')).toContain('古井镇');
  });

  it('finds the closest official names by edit distance and by a missing 镇 or 街道', () => {
    const qc = officialTownships(readDivisions('content')!).get('谯城区')!;
    expect(closestNames('古井', qc).slice(0, 2)).toEqual(['古井镇', '古城镇']);
    expect(closestNames('古井乡', qc).slice(0, 2)).toEqual(['古井镇', '古城镇']);
    expect(closestNames('花戏楼', qc)[0]).toBe('花戏楼街道');
  });
});

describe('validate on practice sites', () => {
  it('warns about a 乡镇/街道 that is not an official name, offering the closest ones', () => {
    expect(warningsAfter((d) => replaceIn(d, SITES, '谯城区,古井镇,古井镇政府', '谯城区,古井乡,古井镇政府'))).toEqual([
      'content/practice-sites.csv:3 （提醒）township：「古井乡」不是谯城区乡镇（街道）的正式名称。最接近的正式名称：古井镇、古城镇、张店乡。请改用正式名称（以国家统计局区划代码为准）。',
    ]);
  });

  it('warns about a 乡镇/街道 of another county, and about a person’s township too', () => {
    expect(
      warningsAfter((d) => {
        replaceIn(d, SITES, '谯城区,古井镇,甲村村委会', '谯城区,义门镇,甲村村委会');
        replaceIn(d, 'people/zhang-san.md', 'township: 古井镇', 'township: 高公镇');
      }),
    ).toEqual([
      expect.stringMatching(
        /^content\/people\/zhang-san\.md:\d+ （提醒）township：「高公镇」是涡阳县的乡镇（街道），不在谯城区。请核对县区或乡镇名称。$/,
      ),
      'content/practice-sites.csv:4 （提醒）township：「义门镇」是涡阳县的乡镇（街道），不在谯城区。请核对县区或乡镇名称。',
    ]);
  });

  it('warns about opening hours it cannot read, listing the forms it can', () => {
    expect(warningsAfter((d) => replaceIn(d, SITES, '0558-1111111,周一至周五,', '0558-1111111,需提前预约,'))).toEqual([
      'content/practice-sites.csv:2 （提醒）hours：开放时间「需提前预约」读不出每天的开放时段，网页上无法显示「今日开放」。请按这些写法之一填写：「周一至周五 8:30-17:30」「周一至周五 8:30-12:00，14:30-17:30」「每周一、三、五 8:30-11:30」「周二至周日 9:00-17:00（节假日除外）」「周一至周五 8:30-17:30；周六 9:00-12:00」「每天 9:00-21:00」。',
    ]);
  });
});

describe('validate on the divisions excerpt', () => {
  const errorsAfter = (edit: (dir: string) => void) => {
    const dir = copyRoot(edit);
    return validateContent(dir, { today: '2026-12-01' })
      .problems.filter((p) => p.severity === 'error')
      .map((p) => formatProblem(p).replaceAll(dir, 'content'));
  };

  it('refuses a divisionCode without its generated excerpt, saying which command makes it', () => {
    expect(errorsAfter((d) => fs.rmSync(path.join(d, 'divisions.json')))).toEqual([
      'content/divisions.json site.yaml 填写了区划代码 341600，但内容文件夹中没有区划文件。请运行 npm run divisions -- --code 341600 生成后提交。',
    ]);
  });

  it('refuses an excerpt of another city than site.yaml names', () => {
    expect(errorsAfter((d) => replaceIn(d, 'site.yaml', "divisionCode: '341600'", "divisionCode: '341200'"))).toEqual([
      'content/divisions.json 区划文件是 亳州市（341600）的，与 site.yaml 的区划代码 341200 不符。请运行 npm run divisions -- --code 341200 重新生成。',
    ]);
  });

  it('warns about a county in site.yaml that the excerpt does not have', () => {
    expect(warningsAfter((d) => replaceIn(d, 'site.yaml', '利辛县]', '利新县]'))).toContainEqual(
      expect.stringMatching(
        /^content\/site\.yaml （提醒）counties\[3\]：「利新县」不是亳州市县区的正式名称。正式名称：谯城区、涡阳县、蒙城县、利辛县。$/,
      ),
    );
  });
});

describe('validate on the standard map in site.yaml', () => {
  const errors = (yaml: string, withImage = true) => {
    const dir = copyRoot((d) => {
      fs.appendFileSync(path.join(d, 'site.yaml'), yaml);
      if (withImage) fs.writeFileSync(path.join(d, 'images', 'map.png'), 'x');
    });
    return validateContent(dir, { today: '2026-12-01' })
      .problems.filter((p) => p.severity === 'error')
      .map((p) => formatProblem(p).replaceAll(dir, 'content'));
  };
  const map = (fields: string) => `standardMap:\n  image: map.png\n  alt: 标准地图\n  source: 自然资源部标准地图服务\n${fields}`;

  it('accepts an image with its 审图号', () => {
    expect(errors(map('  approvalNumber: GS(2024)0650号\n'))).toEqual([]);
  });

  it('refuses the image without its 审图号, or with something else in its place', () => {
    expect(errors(map(''))).toEqual([
      expect.stringMatching(/site\.yaml:\d+ standardMap\.approvalNumber：缺少必填字段，请补上。$/),
    ]);
    expect(errors(map('  approvalNumber: 待申请\n'))).toEqual([
      expect.stringMatching(
        /standardMap\.approvalNumber：「待申请」无效（审图号的格式应像 GS\(2024\)0650号 或 皖S\(2023\)12号，请照图上印的原样填写）。$/,
      ),
    ]);
  });

  it('refuses a standard map whose picture is not in content/images/', () => {
    expect(errors(map('  approvalNumber: GS(2024)0650号\n'), false)).toEqual([
      expect.stringMatching(/site\.yaml standardMap\.image：找不到照片 images\/map\.png。/),
    ]);
  });
});
