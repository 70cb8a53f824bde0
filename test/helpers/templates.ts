/** One URL per page template of the bundled content, for the browser suite and screenshots. */
export const TEMPLATE_PAGES = {
  home: '/',
  releases: '/releases/',
  release: '/releases/2019-work-report/',
  people: '/people/',
  'people-facet': '/people/level/anhui/',
  person: '/people/sample-wang-xiu-lan/',
  'person-no-photo': '/people/sample-fang-chun-mei/',
  rules: '/rules/',
  sites: '/sites/',
  county: '/sites/qiaocheng/',
  township: '/sites/sample-qiaocheng-gujing-suo/',
  site: '/sites/sample-qiaocheng-gujing-liulin-zhan/',
  data: '/data/',
  page: '/accessibility/',
  search: '/search/?q=%E5%A5%BD%E4%BA%BA',
  'not-found': '/no-such-page/',
} as const;
