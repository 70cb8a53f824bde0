import { describe, expect, it } from 'vitest';
import { practiceSiteSchema } from '../../../src/lib/schemas';
import { checkSiteCoordinates } from '../../../src/lib/validate/site-coordinates';
import { formatProblem, type Problem } from '../../../src/lib/validate/problem';

// A township of five sites round (33.80, 115.70), a second one round (33.50, 116.20), a 中心 in
// between; row numbers are the CSV lines the warnings must name.
let line = 1;
const row = (id: string, lat: number | string, lng: number | string, more: Record<string, string> = {}) => {
  const at = ++line;
  return {
    id,
    collection: 'practiceSites' as const,
    file: 'content/practice-sites.csv',
    absPath: '',
    lineOf: () => at,
    data: practiceSiteSchema.parse({
      id,
      name: `${id}站`,
      level: '站',
      parent: 'gj-suo',
      county: '谯城区',
      township: '古井镇',
      address: '某村',
      lat: String(lat),
      lng: String(lng),
      ...more,
    }),
  };
};
const base = () => {
  line = 1;
  return [
    row('zx', 33.65, 115.95, { level: '中心', parent: '', township: '' }),
    row('gj-suo', 33.8, 115.7, { level: '所', parent: 'zx' }),
    row('a', 33.81, 115.71),
    row('b', 33.79, 115.69),
    row('c', 33.82, 115.68),
    row('d', 33.78, 115.72),
    row('gy-suo', 33.5, 116.2, { level: '所', parent: 'zx', county: '涡阳县', township: '义门镇' }),
    row('e', 33.51, 116.21, { parent: 'gy-suo', county: '涡阳县', township: '义门镇' }),
    row('f', 33.49, 116.19, { parent: 'gy-suo', county: '涡阳县', township: '义门镇' }),
  ];
};
const warnings = (sites: ReturnType<typeof base>) => {
  const problems: Problem[] = [];
  checkSiteCoordinates(sites, problems);
  return problems.map(formatProblem);
};

describe('coordinates that cannot be right', () => {
  it('finds nothing to say about sites that lie where their township and 所 are', () => {
    expect(warnings(base())).toEqual([]);
  });

  it('warns about a swapped latitude and longitude, naming the row', () => {
    const sites = base();
    sites.push(row('x', 115.7, 33.8));
    expect(warnings(sites)).toEqual([
      'content/practice-sites.csv:11 （提醒）lat：「x站」的纬度 115.7、经度 33.8 像是填反了：纬度（lat）应是较小的数（中国境内约 4–54），经度（lng）较大（约 73–135）。请对调这两列。',
    ]);
  });

  it('warns about a site far outside the area the city’s sites cover', () => {
    const sites = base();
    sites.push(row('x', 31.82, 117.23)); // about 230 km away, in another city
    expect(warnings(sites)).toEqual([
      expect.stringMatching(
        /^content\/practice-sites\.csv:11 （提醒）lat：「x站」的坐标离本市其他阵地的中心约 2\d\d 公里，超出本市范围（约 \d+ 公里以内）。请核对经纬度，或留空。$/,
      ),
    ]);
  });

  it('warns about a site far from the rest of its township and from its 所, though inside the city', () => {
    const sites = base();
    sites[5] = row('d', 33.5, 116.1); // 古井镇's 站 typed with a 涡阳 position, some 50 km off; it is read as line 11
    expect(warnings(sites)).toEqual([
      expect.stringMatching(
        /^content\/practice-sites\.csv:11 （提醒）lat：「d站」的坐标离古井镇其他阵地约 5\d 公里，离所属的「gj-suo站」约 5\d 公里，而该乡镇（街道）的阵地大多相距 [\d.]+ 公里以内。请核对经纬度是否抄错，或留空。$/,
      ),
    ]);
  });

  it('says nothing of a site far from its township’s other sites but next to its own 所', () => {
    const sites = base();
    sites[1] = row('gj-suo', 33.5, 116.1, { level: '所', parent: 'zx' });
    sites[5] = row('d', 33.51, 116.11);
    // The 所 itself is now the outlier of its township; its 站 beside it is not.
    expect(warnings(sites).map((w) => w.match(/「(.+?)」/)![1])).toEqual(['gj-suo站']);
  });
});
