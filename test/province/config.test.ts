import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { provinceProblems } from '../../tools/province/check';
import { provinceCiYaml } from '../../tools/province/ci-yaml';
import { loadProvince, parseProvince } from '../../tools/province/config';

const EXAMPLE = 'deploy/province/province.example.yaml';

describe('province.yaml', () => {
  it('reads the example: Anhui with its 16 prefecture-level cities in code order', () => {
    const config = loadProvince(EXAMPLE);
    expect(config.cities.map((c) => c.code)).toEqual(
      [
        '3401',
        '3402',
        '3403',
        '3404',
        '3405',
        '3406',
        '3407',
        '3408',
        '3410',
        '3411',
        '3412',
        '3413',
        '3415',
        '3416',
        '3417',
        '3418',
      ].map((c) => `${c}00`),
    );
    expect(config.cities.find((c) => c.code === '341600')).toEqual({
      code: '341600',
      name: '亳州市',
      url: 'https://bozhou-wenming.example.org',
    });
  });

  it('refuses a city without a valid code or address, naming each place', () => {
    const text = `name: 测试省文明网
publisher: 测试省文明办
url: https://province.example.org
cities:
  - code: '340100'
    name: 合肥市
    url: https://hefei.example.org
  - code: 3402
    name: 芜湖市
    url: ftp://wuhu.example.org
`;
    expect(() => parseProvince(text)).toThrowErrorMatchingInlineSnapshot(`
      [Error: province.yaml：cities 第 2 项 code：请填写 6 位区划代码（用引号括起来），例如 '340100'
      province.yaml：cities 第 2 项 url：请填写以 https:// 开头的网址，例如 https://hefei-wenming.example.org]
    `);
  });

  it('refuses a code listed twice', () => {
    const city = (name: string) => `  - code: '340100'\n    name: ${name}\n    url: https://${name}.example.org\n`;
    expect(() =>
      parseProvince(`name: 省\npublisher: 省文明办\nurl: https://p.example.org\ncities:\n${city('a')}${city('b')}`),
    ).toThrow('province.yaml：cities 第 2 项 code：区划代码 340100 重复出现');
  });

  it('refuses a file with no cities', () => {
    expect(() => parseProvince('name: 省\npublisher: 省文明办\nurl: https://p.example.org\ncities: []\n')).toThrow(
      'province.yaml：cities：请在 cities 下至少列出一个市',
    );
  });
});

describe('the province pipeline', () => {
  const config = loadProvince(EXAMPLE);
  const yaml = provinceCiYaml(config);
  const ci = parse(yaml) as Record<
    string,
    { parallel?: { matrix: Array<{ CITY: string[] }> }; script: string[]; artifacts: { paths: string[] }; needs: string[] }
  >;

  it('keeps deploy/province/gitlab-ci.yml as generated from the example province.yaml (npm run province:ci)', () => {
    expect(fs.readFileSync('deploy/province/gitlab-ci.yml', 'utf8')).toBe(yaml);
  });

  it('builds every city of province.yaml in a matrix job of its own with npm run build, one artifact each', () => {
    expect(ci.city!.parallel!.matrix).toEqual([{ CITY: config.cities.map((c) => c.code) }]);
    expect(ci.city!.script).toEqual(['CONTENT_DIR="cities/$CITY" npm run build -- --out "sites/$CITY"']);
    expect(ci.city!.artifacts.paths).toEqual(['sites/$CITY/']);
    expect(ci.province!.needs).toEqual(['city']);
    expect(ci.province!.script.join('\n')).toContain('npm run province:assemble');
  });

  it('lists a new city in the matrix once it is in province.yaml', () => {
    const more = { ...config, cities: [...config.cities, { code: '342000', name: '新市', url: 'https://new.example.org' }] };
    expect((parse(provinceCiYaml(more)) as typeof ci).city!.parallel!.matrix[0]!.CITY).toContain('342000');
  });
});

describe('checking a province repository before its cities are built', () => {
  const config = loadProvince(EXAMPLE);
  const two = { ...config, cities: config.cities.slice(0, 2) };

  it('passes a repository whose folders, addresses and pipeline agree with province.yaml', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-province-check-'));
    for (const c of two.cities) {
      fs.mkdirSync(path.join(dir, 'cities', c.code), { recursive: true });
      fs.writeFileSync(path.join(dir, 'cities', c.code, 'site.yaml'), `name: x\nurl: ${c.url}\n`);
    }
    fs.writeFileSync(path.join(dir, '.gitlab-ci.yml'), provinceCiYaml(two));
    expect(provinceProblems(dir, two)).toEqual([]);
    fs.rmSync(path.join(dir, 'cities/340200'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'cities/340100/site.yaml'), 'name: x\nurl: https://other.example.org\n');
    fs.writeFileSync(path.join(dir, '.gitlab-ci.yml'), provinceCiYaml(config));
    expect(provinceProblems(dir, two)).toEqual([
      'province.yaml 中 合肥市 的网址是 https://hefei-wenming.example.org，而 cities/340100/site.yaml 的 url 是 https://other.example.org：全省搜索的结果会链接到 province.yaml 中的网址，请把两处改成一样。',
      'province.yaml 列出了 芜湖市（340200），但没有 cities/340200/site.yaml：请放入这个市的内容文件夹，或从 province.yaml 删去它。',
      '.gitlab-ci.yml 不是由当前的 province.yaml 生成的：请运行 npm run province:ci 重新生成并提交。',
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
