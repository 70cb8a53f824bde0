/**
 * The judged query set over test/fixtures/search: each query with the pages a reader would
 * expect (all of them count for recall@10; the first found decides the reciprocal rank).
 * Names are fictional. An empty list means the query must find nothing.
 */
export type QueryKind = 'name' | 'given-name' | 'place' | 'two-chars' | 'phrase' | 'substring' | 'number' | 'mixed' | 'no-match';
export interface JudgedQuery {
  q: string;
  kind: QueryKind;
  expected: string[];
}

const p = (id: string) => `/people/${id}/`;
const r = (id: string) => `/releases/${id}/`;
const s = (id: string) => `/sites/${id}/`;
const rule = (n: number) => `/rules/#rule-${n}`;

export const JUDGED_QUERIES: JudgedQuery[] = [
  { q: '韩振富', kind: 'name', expected: [p('han-zhen-fu'), r('2019-work-report')] },
  { q: '邵桂芝', kind: 'name', expected: [p('shao-gui-zhi'), r('2020-good-people-list')] },
  { q: '吕德旺', kind: 'name', expected: [p('lyu-de-wang'), r('2021-river-rescue')] },
  { q: '闵秀娥', kind: 'name', expected: [p('min-xiu-e'), r('2019-work-report')] },
  { q: '岳长青', kind: 'name', expected: [p('yue-chang-qing')] },
  { q: '柏春生', kind: 'name', expected: [p('bai-chun-sheng')] },
  { q: '郎宝林', kind: 'name', expected: [p('lang-bao-lin')] },
  { q: '滕美凤', kind: 'name', expected: [p('teng-mei-feng')] },
  { q: '欧阳晓峰', kind: 'name', expected: [p('ouyang-xiao-feng')] },
  { q: '施军', kind: 'name', expected: [p('shi-jun')] },
  { q: '骆淑兰', kind: 'name', expected: [p('luo-shu-lan')] },
  { q: '崔桂芳', kind: 'name', expected: [p('cui-gui-fang')] },
  { q: '振富', kind: 'given-name', expected: [p('han-zhen-fu')] },
  { q: '桂芝', kind: 'given-name', expected: [p('shao-gui-zhi')] },
  { q: '德旺', kind: 'given-name', expected: [p('lyu-de-wang')] },
  { q: '秀娥', kind: 'given-name', expected: [p('min-xiu-e')] },
  { q: '长青', kind: 'given-name', expected: [p('yue-chang-qing')] },
  { q: '宝林', kind: 'given-name', expected: [p('lang-bao-lin')] },
  { q: '美凤', kind: 'given-name', expected: [p('teng-mei-feng')] },
  { q: '晓峰', kind: 'given-name', expected: [p('ouyang-xiao-feng')] },
  { q: '阚疃镇', kind: 'place', expected: [p('min-xiu-e'), s('lx-kantuan-suo'), s('lx-shuangmiao-zhan')] },
  { q: '义门镇', kind: 'place', expected: [p('shao-gui-zhi'), s('gy-yimen-suo'), s('gy-yuanzhuang-zhan')] },
  { q: '前进村', kind: 'place', expected: [p('han-zhen-fu'), s('qc-qianjin-zhan')] },
  { q: '岳坊镇', kind: 'place', expected: [p('lang-bao-lin'), s('mc-yuefang-suo'), s('mc-daliu-zhan')] },
  { q: '马店孜镇', kind: 'place', expected: [p('cui-gui-fang'), r('2024-minors')] },
  { q: '庄周街道', kind: 'place', expected: [p('lyu-de-wang'), r('2021-river-rescue')] },
  { q: '高炉镇', kind: 'place', expected: [p('bai-chun-sheng'), r('2025-volunteer-hours')] },
  { q: '双庙村', kind: 'place', expected: [p('min-xiu-e'), s('lx-shuangmiao-zhan')] },
  { q: '蒙城县', kind: 'place', expected: [s('mc-zhongxin'), r('2021-river-rescue')] },
  { q: '好人', kind: 'two-chars', expected: [r('2020-good-people-list'), r('2021-river-rescue')] },
  { q: '义诊', kind: 'two-chars', expected: [r('2024-lei-feng-month'), s('lx-kantuan-suo'), s('lx-shuangmiao-zhan')] },
  { q: '公筷', kind: 'two-chars', expected: [rule(2)] },
  { q: '养犬', kind: 'two-chars', expected: [rule(4)] },
  { q: '孤儿', kind: 'two-chars', expected: [p('teng-mei-feng')] },
  {
    q: '雨污分流',
    kind: 'phrase',
    expected: [r('2022-sewage-project'), p('lang-bao-lin'), r('2019-work-report'), s('mc-daliu-zhan')],
  },
  { q: '移风易俗', kind: 'phrase', expected: [r('2023-wedding-customs'), rule(5), s('gy-yuanzhuang-zhan')] },
  { q: '垃圾分类', kind: 'phrase', expected: [rule(3)] },
  { q: '四点半课堂', kind: 'phrase', expected: [p('han-zhen-fu'), s('qc-qianjin-zhan'), r('2024-minors')] },
  { q: '学雷锋志愿服务月', kind: 'phrase', expected: [r('2024-lei-feng-month')] },
  { q: '拾金不昧', kind: 'phrase', expected: [p('shi-jun')] },
  { q: '无障碍声明', kind: 'phrase', expected: ['/accessibility/'] },
  {
    q: '污分',
    kind: 'substring',
    expected: [r('2022-sewage-project'), p('lang-bao-lin'), r('2019-work-report'), s('mc-daliu-zhan')],
  },
  { q: '雷锋', kind: 'substring', expected: [r('2024-lei-feng-month')] },
  { q: '斑马', kind: 'substring', expected: [rule(1)] },
  { q: '心厨', kind: 'substring', expected: [p('luo-shu-lan')] },
  { q: '1344', kind: 'number', expected: [r('2019-work-report')] },
  { q: '838.5', kind: 'number', expected: [p('min-xiu-e'), r('2019-work-report')] },
  { q: '52.6', kind: 'number', expected: [r('2025-volunteer-hours')] },
  {
    q: '2019 好人',
    kind: 'mixed',
    expected: [r('2019-work-report'), p('han-zhen-fu'), p('min-xiu-e'), p('bai-chun-sheng'), p('luo-shu-lan')],
  },
  { q: '2021 中国好人', kind: 'mixed', expected: [p('lyu-de-wang'), r('2021-river-rescue')] },
  { q: '2024年学雷锋', kind: 'mixed', expected: [r('2024-lei-feng-month')] },
  { q: '完全不存在的词语', kind: 'no-match', expected: [] },
  { q: 'xyzzy', kind: 'no-match', expected: [] },
  { q: '火星基地', kind: 'no-match', expected: [] },
];
