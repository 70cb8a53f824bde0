/** What the province pages say (the city pages' dictionary, src/lib/strings.ts, gives the rest). */
export const PROVINCE_STRINGS = {
  skipLink: '跳到正文',
  nav: '全省网站导航',
  home: '各市文明网',
  search: '全省搜索',
  lead: '全省 {count} 个市的文明网。各市的网站分别建设、分别发布；从这里进入各市网站，或在全省搜索中同时查找各市的好人、新闻发布、文明条目和新时代文明实践阵地。',
  tableCaption: '各市文明网及其内容数量',
  city: '城市',
  people: '好人',
  releases: '新闻发布',
  sites: '文明实践阵地',
  total: '全省合计',
  searchTitle: '全省搜索',
  searchDescription: '在{site}同时搜索全省 {count} 个市文明网的好人、新闻发布、文明条目和新时代文明实践阵地。',
  searchLead:
    '同时搜索全省 {count} 个市的文明网；结果链接到各市自己的网站。只找一个市的内容时，先在「城市」中选这个市：只读这个市的索引，更快，也更省流量。',
  cityFilter: '城市',
  typeFilter: '类型',
  cityResult: '{city}',
  noscript: '全省搜索需要浏览器运行 JavaScript。也可以进入各市网站，在那里搜索：',
  sample: '本站为示例，各市内容均为虚构的示例数据。',
  footer: '主办：{publisher}',
  built: '各市数据生成于 {date}。',
  cityType: '城市网站',
} as const;

export type ProvinceStringKey = keyof typeof PROVINCE_STRINGS;

export const pt = (key: ProvinceStringKey, values: Record<string, string | number> = {}) =>
  PROVINCE_STRINGS[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
