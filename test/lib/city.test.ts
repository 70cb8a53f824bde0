import { describe, expect, it } from 'vitest';
import { cityIdentity, cityWords, honorTitles, loadCity, rulesTitle } from '../../src/lib/city';
import { countyStem, shortName } from '../../src/lib/place-names';
import type { Divisions, Site } from '../../src/lib/schemas';

const source = { package: 'p', version: '1', licence: 'WTFPL', edition: '2023', command: 'npm run divisions -- --code 341200' };
const fuyang: Divisions = {
  code: '341200',
  name: '阜阳市',
  province: { code: '340000', name: '安徽省' },
  source,
  counties: [
    { code: '341202', name: '颍州区', townships: [{ code: '341202001', name: '鼓楼街道' }] },
    { code: '341221', name: '临泉县', townships: [] },
    { code: '341282', name: '界首市', townships: [] },
  ],
};
const site: Site = {
  name: '阜阳文明网',
  publisher: '阜阳市文明办',
  url: 'https://fuyang-wenming.example.org',
  address: '阜阳市',
  phone: '0558-0000000',
  email: 'wmb@example.org',
  counties: ['颍州区', '临泉县', '界首市'],
  divisionCode: '341200',
};

describe('shortName', () => {
  it('drops the suffix of a city, a prefecture, a league or a province', () => {
    expect(['阜阳市', '安徽省', '大兴安岭地区', '锡林郭勒盟', '北京市', '香港特别行政区'].map(shortName)).toEqual([
      '阜阳',
      '安徽',
      '大兴安岭',
      '锡林郭勒',
      '北京',
      '香港',
    ]);
  });

  it('drops the peoples named in an autonomous region or prefecture, and nothing from other names', () => {
    expect(
      ['广西壮族自治区', '新疆维吾尔自治区', '内蒙古自治区', '延边朝鲜族自治州', '湘西土家族苗族自治州'].map(shortName),
    ).toEqual(['广西', '新疆', '内蒙古', '延边', '湘西']);
    expect(['白城市', '回龙观'].map(shortName)).toEqual(['白城', '回龙观']);
  });

  it('drops the suffix of a county, keeping a one-character stem', () => {
    expect(['颍州区', '界首市', '长阳土家族自治县', '郊区'].map(countyStem)).toEqual(['颍州', '界首', '长阳', '郊']);
  });
});

describe('cityIdentity', () => {
  it("names a second city, its province and honour levels from site.yaml and the city's divisions excerpt", () => {
    const city = cityIdentity(site, fuyang);
    expect(city).toMatchObject({
      code: '341200',
      name: '阜阳市',
      short: '阜阳',
      slug: 'fuyang',
      province: { code: '340000', name: '安徽省', short: '安徽', slug: 'anhui' },
    });
    expect(city.honors).toEqual([
      { title: '阜阳好人', id: 'fuyang' },
      { title: '安徽好人', id: 'anhui' },
      { title: '中国好人', id: 'china' },
    ]);
    expect(city.counties).toEqual([
      { name: '颍州区', id: 'yingzhou' },
      { name: '临泉县', id: 'linquan' },
      { name: '界首市', id: 'jieshou' },
    ]);
  });

  it('is the bundled city, with the ids and titles its site has always had', () => {
    const city = loadCity('content');
    expect([city.name, city.short, city.slug, city.province.short, city.province.slug]).toEqual([
      '亳州市',
      '亳州',
      'bozhou',
      '安徽',
      'anhui',
    ]);
    expect(honorTitles(city)).toEqual(['亳州好人', '安徽好人', '中国好人']);
    expect(city.honors.map((h) => h.id)).toEqual(['bozhou', 'anhui', 'china']);
    expect(city.counties.map((c) => c.id)).toEqual(['qiaocheng', 'guoyang', 'mengcheng', 'lixin']);
    expect(cityWords(city, 20)).toEqual({
      city: '亳州',
      rulesTitle: '亳州文明20条',
      ruleCount: '20',
      honor1: '亳州好人',
      honor2: '安徽好人',
      honor3: '中国好人',
    });
  });

  it('refuses an excerpt of another city, saying which command makes the right one', () => {
    expect(() => cityIdentity({ ...site, divisionCode: '341600' }, fuyang)).toThrow(
      '区划文件是 阜阳市（341200）的，与 site.yaml 的区划代码 341600 不符。请运行 npm run divisions -- --code 341600 重新生成。',
    );
  });
});

describe('rulesTitle', () => {
  it("is the city's short name and the number of rules, unless site.yaml names it", () => {
    const city = cityIdentity(site, fuyang);
    expect(rulesTitle(city, 12)).toBe('阜阳文明12条');
    expect(rulesTitle(cityIdentity({ ...site, rulesTitle: '阜阳市民文明公约' }, fuyang), 12)).toBe('阜阳市民文明公约');
  });
});
