/**
 * Search records of the section pages, under the names people call them by: 好人榜 and its lists
 * by honour level, category and county (中国好人 · 好人榜), 新闻发布, the directory of practice
 * sites and each county's directory, and the rules page (the city's 文明N条). The title
 * Pagefind weights is the page's name with the other names people use for it (strings.ts,
 * `search.aka.*`), so 好人 finds the 好人榜, 20条 the rules page and 实践站 the directory; the
 * results show the page's own title (`heading`). The lists of entries are left out: the entries
 * have records of their own.
 */
import { cityWords, loadCity } from '../city';
import { facetHref, peopleFacets } from '../people-facets';
import { t, type StringKey } from '../strings';
import type { Content } from '../validate/schema-check';
import type { SearchRecord } from './records';

const section = (url: string, heading: string, names: string, ...text: string[]): SearchRecord => ({
  url,
  type: '栏目',
  title: names ? `${heading} ${names}` : heading,
  heading,
  text: [heading, ...text].filter(Boolean).join(' '),
});

const aka = (key: StringKey) => t(key).replaceAll('、', ' ');

export function* sectionRecords(c: Content, people: Content['people']): Generator<SearchRecord> {
  yield section('/people/', t('people.title'), aka('search.aka.people'), t('section.people.intro'));
  // A list by level, category or county is ranked by its value alone (中国好人, 见义勇为, a county), so
  // that 好人 finds the 好人榜 and the profiles before a dozen lists. Lists by year are left out.
  const city = c.city ?? loadCity(c.dir);
  for (const v of peopleFacets(people, city)) {
    if (v.people.length === 0 || v.facet === 'year') continue;
    const heading = t('people.facetTitle', { value: v.label });
    const count = t('count.people', { count: v.people.length });
    yield { ...section(facetHref(v), heading, '', count), title: v.label };
  }
  yield section('/releases/', t('releases.title'), aka('search.aka.releases'), t('section.releases.intro'));
  const words = cityWords(city, c.rules.length);
  yield section('/rules/', words.rulesTitle, aka('search.aka.rules'), t('rules.intro', { ...words, count: c.rules.length }));
  yield section('/sites/', t('sites.title'), aka('search.aka.sites'), t('section.sites.intro'));
  for (const { name: county, id } of city.counties) {
    const townships = new Set(c.practiceSites.filter((s) => s.data.county === county).map((s) => s.data.township));
    yield section(
      `/sites/${id}/`,
      t('sites.countyTitle', { county }),
      '',
      t('section.sites.intro'),
      [...townships].filter(Boolean).join('、'),
    );
  }
}
