/**
 * The graded judged set over the bundled content (content/): queries as citizens type them, each
 * with the pages a reader would want and how much: 3 the page the query means (the best page; a
 * query may have several equally good), 2 a page about the query, 1 a page that mentions it
 * usefully. Pages not listed count 0. Judged from the content, not from the ranking.
 * Kinds: full names, given names, places (counties, townships, villages), categories and honour
 * levels, rule numbers and titles, phrases from the seed report and the releases, phone numbers,
 * section names, informational pages and mixed queries.
 */
export type GradedKind =
  'name' | 'given-name' | 'place' | 'village' | 'category' | 'rule' | 'phrase' | 'phone' | 'section' | 'info' | 'mixed';
export interface GradedQuery {
  q: string;
  kind: GradedKind;
  /** URL → grade (3, 2 or 1). */
  grades: Record<string, 1 | 2 | 3>;
}

const p = (id: string) => `/people/sample-${id}/`;
const r = (id: string) => `/releases/${id}/`;
const s = (id: string) => `/sites/sample-${id}/`;
const rule = (n: number) => `/rules/#rule-${n}`;
const g = (q: string, kind: GradedKind, ...pairs: Array<[string, 1 | 2 | 3]>): GradedQuery => ({
  q,
  kind,
  grades: Object.fromEntries(pairs),
});
const all = (urls: string[], grade: 1 | 2 | 3) => urls.map((u): [string, 1 | 2 | 3] => [u, grade]);

const gujingStations = all(
  [s('qiaocheng-gujing-liulin-zhan'), s('qiaocheng-gujing-xinghua-zhan'), s('qiaocheng-gujing-donggang-zhan')],
  2,
);
const allPeople = [
  'chen-yu-ting',
  'fang-chun-mei',
  'gao-shu-fen',
  'he-li-min',
  'liu-wan-cun-zhi-yuan-dui',
  'liu-zhen-chuan',
  'ma-wen-tao',
  'sun-da-peng',
  'wang-xiu-lan',
  'zhou-ming-yuan',
].map(p);
const stations = [
  'qiaocheng-gujing-liulin-zhan',
  'qiaocheng-gujing-xinghua-zhan',
  'qiaocheng-gujing-donggang-zhan',
  'qiaocheng-shibali-liuwan-zhan',
  'qiaocheng-shibali-qianying-zhan',
  'qiaocheng-shibali-taoyuan-zhan',
  'guoyang-yimen-hewan-zhan',
  'guoyang-yimen-huaishu-zhan',
  'guoyang-yimen-xinzhuang-zhan',
  'guoyang-gaogong-beihu-zhan',
  'guoyang-gaogong-yulin-zhan',
  'guoyang-gaogong-zhangwei-zhan',
  'mengcheng-shuangjian-yangliu-zhan',
  'mengcheng-shuangjian-dongjian-zhan',
  'mengcheng-shuangjian-qingshui-zhan',
  'mengcheng-licang-qianjin-zhan',
  'mengcheng-licang-fengshou-zhan',
  'mengcheng-licang-hekou-zhan',
  'lixin-kantuan-hetang-zhan',
  'lixin-kantuan-nangang-zhan',
  'lixin-kantuan-baiyang-zhan',
  'lixin-zhangou-dongfeng-zhan',
  'lixin-zhangou-liyuan-zhan',
  'lixin-zhangou-xinqiao-zhan',
].map(s);
/** The 好人榜's lists: by honour level first, then by county and by category. */
const lists = [
  ...['bozhou', 'anhui', 'china'].map((l) => `/people/level/${l}/`),
  ...['qiaocheng', 'guoyang', 'mengcheng', 'lixin'].map((c) => `/people/county/${c}/`),
  ...['jian-yi-yong-wei', 'xiao-lao-ai-qin', 'cheng-shi-shou-xin', 'zhu-ren-wei-le', 'jing-ye-feng-xian'].map(
    (c) => `/people/category/${c}/`,
  ),
];
const centres = ['qiaocheng', 'guoyang', 'mengcheng', 'lixin'].map((c) => s(`${c}-zhongxin`));

export const GRADED_QUERIES: GradedQuery[] = [
  g('陈雨婷', 'name', [p('chen-yu-ting'), 3]),
  g('方春梅', 'name', [p('fang-chun-mei'), 3]),
  g('高淑芬', 'name', [p('gao-shu-fen'), 3]),
  g('何立民', 'name', [p('he-li-min'), 3]),
  g('刘振川', 'name', [p('liu-zhen-chuan'), 3]),
  g('马文涛', 'name', [p('ma-wen-tao'), 3]),
  g('孙大鹏', 'name', [p('sun-da-peng'), 3]),
  g('王秀兰', 'name', [p('wang-xiu-lan'), 3]),
  g('周明远', 'name', [p('zhou-ming-yuan'), 3]),
  g('柳湾村红马甲志愿服务队', 'name', [p('liu-wan-cun-zhi-yuan-dui'), 3]),
  g('雨婷', 'given-name', [p('chen-yu-ting'), 3]),
  g('春梅', 'given-name', [p('fang-chun-mei'), 3]),
  g('淑芬', 'given-name', [p('gao-shu-fen'), 3]),
  g('立民', 'given-name', [p('he-li-min'), 3]),
  g('振川', 'given-name', [p('liu-zhen-chuan'), 3]),
  g('文涛', 'given-name', [p('ma-wen-tao'), 3]),
  g('大鹏', 'given-name', [p('sun-da-peng'), 3]),
  g('秀兰', 'given-name', [p('wang-xiu-lan'), 3]),
  g('明远', 'given-name', [p('zhou-ming-yuan'), 3]),
  g('红马甲', 'given-name', [p('liu-wan-cun-zhi-yuan-dui'), 3]),
  g('谯城区', 'place', ['/sites/qiaocheng/', 3], [s('qiaocheng-zhongxin'), 2], ['/people/county/qiaocheng/', 2]),
  g('涡阳县', 'place', ['/sites/guoyang/', 3], [s('guoyang-zhongxin'), 2], ['/people/county/guoyang/', 2]),
  g('蒙城县', 'place', ['/sites/mengcheng/', 3], [s('mengcheng-zhongxin'), 2], ['/people/county/mengcheng/', 2]),
  g('利辛县', 'place', ['/sites/lixin/', 3], [s('lixin-zhongxin'), 2], ['/people/county/lixin/', 2]),
  g('古井镇', 'place', [s('qiaocheng-gujing-suo'), 3], ...gujingStations, [p('wang-xiu-lan'), 1], ['/sites/qiaocheng/', 1]),
  g(
    '十八里镇',
    'place',
    [s('qiaocheng-shibali-suo'), 3],
    ...all(
      ['liuwan', 'qianying', 'taoyuan'].map((v) => s(`qiaocheng-shibali-${v}-zhan`)),
      2,
    ),
    [p('liu-wan-cun-zhi-yuan-dui'), 1],
  ),
  g(
    '义门镇',
    'place',
    [s('guoyang-yimen-suo'), 3],
    ...all(
      ['hewan', 'huaishu', 'xinzhuang'].map((v) => s(`guoyang-yimen-${v}-zhan`)),
      2,
    ),
    [p('liu-zhen-chuan'), 1],
  ),
  g(
    '双涧镇',
    'place',
    [s('mengcheng-shuangjian-suo'), 3],
    ...all(
      ['yangliu', 'dongjian', 'qingshui'].map((v) => s(`mengcheng-shuangjian-${v}-zhan`)),
      2,
    ),
    [p('zhou-ming-yuan'), 1],
  ),
  g(
    '阚疃镇',
    'place',
    [s('lixin-kantuan-suo'), 3],
    ...all(
      ['hetang', 'nangang', 'baiyang'].map((v) => s(`lixin-kantuan-${v}-zhan`)),
      2,
    ),
    [p('chen-yu-ting'), 1],
  ),
  g('涡河', 'place', [p('liu-zhen-chuan'), 3]),
  g('柳林村', 'village', [s('qiaocheng-gujing-liulin-zhan'), 3]),
  g('杏花村', 'village', [s('qiaocheng-gujing-xinghua-zhan'), 3]),
  g('柳湾村', 'village', [s('qiaocheng-shibali-liuwan-zhan'), 3], [p('liu-wan-cun-zhi-yuan-dui'), 3]),
  g('河湾村', 'village', [s('guoyang-yimen-hewan-zhan'), 3]),
  g('前进村', 'village', [s('mengcheng-licang-qianjin-zhan'), 3]),
  g('荷塘村', 'village', [s('lixin-kantuan-hetang-zhan'), 3]),
  g('梨园村', 'village', [s('lixin-zhangou-liyuan-zhan'), 3]),
  g('见义勇为', 'category', ['/people/category/jian-yi-yong-wei/', 3], [p('sun-da-peng'), 2], [p('liu-zhen-chuan'), 2]),
  g(
    '孝老爱亲',
    'category',
    ['/people/category/xiao-lao-ai-qin/', 3],
    [rule(13), 3],
    [p('fang-chun-mei'), 2],
    [p('wang-xiu-lan'), 2],
  ),
  g(
    '诚实守信',
    'category',
    ['/people/category/cheng-shi-shou-xin/', 3],
    [rule(16), 3],
    [p('he-li-min'), 2],
    [p('zhou-ming-yuan'), 2],
  ),
  g('助人为乐', 'category', ['/people/category/zhu-ren-wei-le/', 3], [p('gao-shu-fen'), 2], [p('liu-wan-cun-zhi-yuan-dui'), 2]),
  g('敬业奉献', 'category', ['/people/category/jing-ye-feng-xian/', 3], [p('chen-yu-ting'), 2], [p('ma-wen-tao'), 2]),
  g(
    '中国好人',
    'category',
    ['/people/level/china/', 3],
    [p('ma-wen-tao'), 2],
    [p('zhou-ming-yuan'), 2],
    [r('2019-work-report'), 1],
  ),
  g(
    '安徽好人',
    'category',
    ['/people/level/anhui/', 3],
    ...all(['chen-yu-ting', 'liu-wan-cun-zhi-yuan-dui', 'ma-wen-tao', 'sun-da-peng', 'wang-xiu-lan', 'zhou-ming-yuan'].map(p), 2),
  ),
  g('20条', 'rule', ['/rules/', 3], [rule(20), 1]),
  g('文明20条', 'rule', ['/rules/', 3]),
  g('亳州文明20条', 'rule', ['/rules/', 3]),
  g('第3条', 'rule', [rule(3), 3]),
  g('第20条', 'rule', [rule(20), 3], ['/rules/', 1]),
  g('垃圾分类', 'rule', [rule(6), 3]),
  g('文明养犬', 'rule', [rule(11), 3]),
  g('遛狗', 'rule', [rule(11), 3]),
  g('高空抛物', 'rule', [rule(12), 3]),
  g('彩礼', 'rule', [rule(14), 3]),
  g('排队', 'rule', [rule(8), 3]),
  g('斑马线', 'rule', [r('sample-2025-zebra-crossing'), 3], [rule(3), 2]),
  g('创城指挥部', 'phrase', [r('2019-work-report'), 3]),
  g('指导手册', 'phrase', [r('2019-work-report'), 3]),
  g('星级文明户', 'phrase', [r('2019-work-report'), 3]),
  g('好人馆', 'phrase', [r('2019-work-report'), 3]),
  g('移风易俗', 'phrase', [r('sample-2023-yifeng-yisu-notice'), 3], [rule(14), 1], [rule(15), 1]),
  g('学雷锋志愿服务月', 'phrase', [r('sample-2024-volunteer-month'), 3]),
  g('七彩假期', 'phrase', [r('sample-2026-summer-minors'), 3]),
  g('外卖骑手', 'phrase', [p('sun-da-peng'), 3]),
  g('出租车', 'phrase', [p('he-li-min'), 3]),
  g('农技员', 'phrase', [p('ma-wen-tao'), 3]),
  g('0558-0000001', 'phone', [s('qiaocheng-zhongxin'), 3]),
  g('0558-0000016', 'phone', [s('mengcheng-zhongxin'), 3]),
  g('0558-0000025', 'phone', [s('lixin-kantuan-suo'), 3]),
  g('好人榜', 'section', ['/people/', 3], ...all(lists, 2), ...all(allPeople, 1)),
  g('好人', 'section', ['/people/', 3], ...all(allPeople, 2), ...all(lists.slice(0, 3), 2), ...all(lists.slice(3), 1)),
  g('新闻发布', 'section', ['/releases/', 3]),
  g('新闻', 'section', ['/releases/', 3]),
  g(
    '实践阵地',
    'section',
    ['/sites/', 3],
    ...all(
      ['qiaocheng', 'guoyang', 'mengcheng', 'lixin'].map((c) => `/sites/${c}/`),
      2,
    ),
  ),
  g('新时代文明实践中心', 'section', ['/sites/', 3], ...all(centres, 3)),
  g('实践站', 'section', ['/sites/', 3], ...all(stations, 1)),
  g('无障碍', 'info', ['/accessibility/', 3]),
  g('隐私', 'info', ['/privacy/', 3], [rule(10), 1]),
  g('关于本站', 'info', ['/about/', 3]),
  g(
    '蒙城县 好人',
    'mixed',
    ['/people/county/mengcheng/', 3],
    ...all(['fang-chun-mei', 'ma-wen-tao', 'zhou-ming-yuan'].map(p), 2),
  ),
  g('利辛县 见义勇为', 'mixed', [p('sun-da-peng'), 3]),
  g(
    '古井镇 实践站',
    'mixed',
    ...all(
      ['liulin', 'xinghua', 'donggang'].map((v) => s(`qiaocheng-gujing-${v}-zhan`)),
      3,
    ),
    [s('qiaocheng-gujing-suo'), 2],
  ),
];
