/**
 * The collections, loaded once per build and shared by every page (calling getCollection() in
 * each of thousands of pages is what makes large Astro builds slow). Drafts are left out of
 * production builds; everything is sorted the way the portal lists it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isProduction } from '../lib/build-mode';
import { SOURCE_LINE } from '../loaders/data-files';
import { periodStart } from '../lib/dates';
import { facetCount, peopleFacets } from '../lib/people-facets';
import { cityWords, loadCity } from '../lib/city';
import { deriveSummary } from '../lib/summary';

export type ReleaseEntry = CollectionEntry<'releases'>;
export type PersonEntry = CollectionEntry<'people'>;
export type PracticeSiteEntry = CollectionEntry<'practiceSites'>;

const production = isProduction();
const published = <T extends { data: { draft?: boolean } }>(entries: T[]) =>
  production ? entries.filter((e) => !e.data.draft) : entries;

const memo = <T>(load: () => Promise<T>) => {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
};

/** Newest first, ties by id. */
export const releases = memo(async () =>
  published(await getCollection('releases')).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)),
);

export const releaseSummary = (r: ReleaseEntry) => r.data.summary ?? deriveSummary(r.body ?? '');

/** The most recent honour of a person decides their place in lists. */
export const latestHonor = (p: PersonEntry) =>
  [...p.data.honors].sort((a, b) => periodStart(b.period).localeCompare(periodStart(a.period)))[0]!;

export const people = memo(async () =>
  published(await getCollection('people')).sort(
    (a, b) => periodStart(latestHonor(b).period).localeCompare(periodStart(latestHonor(a).period)) || a.id.localeCompare(b.id),
  ),
);

export const pages = memo(async () => published(await getCollection('pages')).sort((a, b) => a.id.localeCompare(b.id)));

export const rules = memo(async () => (await getCollection('rules')).sort((a, b) => a.data.number - b.data.number));

/** The city's words for strings.ts (its name, the rules page's title, its honour titles). */
export const cityTexts = memo(async () => cityWords(loadCity(), (await rules()).length));

/** In the order of the file (the loaders keep each entry's line; the store sorts by id). */
const inFileOrder = <T extends { data: object }>(entries: T[]) => entries.sort((a, b) => lineOf(a) - lineOf(b));
const lineOf = (entry: { data: object }) => (entry.data as Record<string, unknown>)[SOURCE_LINE] as number;

export const figures = memo(async () => inFileOrder(await getCollection('figures')));

export const practiceSites = memo(async () => inFileOrder(await getCollection('practiceSites')));

/** Lookups derived once: people and sites by id, releases naming each person, a site's children. */
export const indexes = memo(async () => {
  const [allReleases, allPeople, allSites] = await Promise.all([releases(), people(), practiceSites()]);
  const releasesByPerson = groupBy(allReleases.flatMap((r) => r.data.people.map((id) => [id, r] as const)));
  const childrenOf = groupBy(allSites.flatMap((s) => (s.data.parent ? [[s.data.parent, s] as const] : [])));
  return {
    personById: new Map(allPeople.map((p) => [p.id, p])),
    siteById: new Map(allSites.map((s) => [s.id, s])),
    releasesByPerson,
    childrenOf,
  };
});

function groupBy<T>(pairs: ReadonlyArray<readonly [string, T]>): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const [key, value] of pairs) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

/** The 好人榜 facets (level, category, county, year), computed once. */
export const facets = memo(async () => peopleFacets(await people(), loadCity()));

/** What every 好人榜 page shows besides its own people: the filters with counts, and the total. */
export const peopleListInputs = memo(async () => ({ nav: (await facets()).map(facetCount), total: (await people()).length }));
