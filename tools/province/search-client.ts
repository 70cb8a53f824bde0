/**
 * The province search page in the browser (bundled into /assets/province-search.js by
 * assemble.ts). Across the province: one Pagefind instance on the province's own small index
 * (its cities), and each city's index merged into it with Pagefind's mergeIndex: `baseUrl` makes
 * a result link to the city's own site (and names its city), `mergeFilter` tags it with the
 * city's name. With a city chosen in the 城市 filter, only that city's index is merged: the
 * query costs what the city's own search page costs, not every city's meta file. The query
 * runs as on a city's search page (query.ts, segment.ts). Contract with the tests:
 * [data-search-status] goes "busy" → "done"; every result carries [data-search-result].
 */
import { PAGEFIND_OPTIONS, RECORD_LANGUAGE, FILTER_KEYS } from '../../src/lib/search/bundle';
import { bundleLinks } from '../../src/lib/search/bundle-links';
import { excerpt, markTitle } from '../../src/lib/search/excerpt';
import { appendPieces, titleText } from '../../src/lib/search/render';
import { rankedSearch, type PagefindApi, type PagefindHit, type SearchOptions } from '../../src/lib/search/query';
import { desegment, parseQuery, type QueryPart } from '../../src/lib/search/segment';

const PAGE_SIZE = 10;
const CITY_FILTER = '城市';

interface CityIndex {
  name: string;
  url: string;
  bundle: string;
  /** The city's entry tag (versioned-bundle.ts). */
  tag: string;
}
type Instance = PagefindApi & { init(): Promise<void>; mergeIndex(path: string, options: object): Promise<void> };

type Module = { createInstance(options: object): Instance };
let module: Promise<Module> | undefined;
/** One Pagefind instance per scope: '' for the whole province, else a city's name. */
const instances = new Map<string, Promise<PagefindApi>>();

/**
 * The Pagefind instance that searches `city`, or the whole province without one: the province's
 * own small index with the city's index merged in, or every city's. A city chosen costs what its
 * own site's search page costs (one meta file, its chunks) and about 1 KB of the province's
 * index; the whole province costs every city's meta file and chunks (README, 规模).
 */
function loadPagefind(cities: CityIndex[], city?: CityIndex): Promise<PagefindApi> {
  const key = city?.name ?? '';
  let instance = instances.get(key);
  if (instance) return instance;
  instance = (async () => {
    const { script, metaCacheTag } = bundleLinks();
    if (!module) {
      module = import(/* @vite-ignore */ script) as Promise<Module>;
      // A script that failed to load (a dropped connection) is asked for again by the next search.
      module.catch(() => (module = undefined));
    }
    const { createInstance } = await module;
    const html = document.documentElement;
    const lang = html.lang;
    html.lang = RECORD_LANGUAGE;
    try {
      const instance = createInstance({ ...PAGEFIND_OPTIONS, metaCacheTag });
      await instance.init();
      await Promise.all(
        (city ? [city] : cities).map((c) =>
          instance.mergeIndex(c.bundle, {
            language: RECORD_LANGUAGE,
            baseUrl: `${c.url}/`,
            mergeFilter: { [CITY_FILTER]: c.name },
            metaCacheTag: c.tag,
            ranking: PAGEFIND_OPTIONS.ranking,
          }),
        ),
      );
      return instance;
    } finally {
      html.lang = lang;
    }
  })();
  instances.set(key, instance);
  instance.catch(() => instances.delete(key));
  return instance;
}

/**
 * The city of a result: by its address (mergeFilter's filter is synthetic, it filters but is not
 * in a result's data), or its own filter (the province's index of the cities).
 */
const cityOf = (cities: CityIndex[], url: string, filters: Record<string, string[]>) =>
  cities.find((c) => url.startsWith(`${c.url}/`))?.name ?? filters[CITY_FILTER]?.[0];

async function resultItem(hit: PagefindHit, parts: QueryPart[], cities: CityIndex[]): Promise<HTMLLIElement> {
  const d = await hit.data();
  const li = document.createElement('li');
  li.setAttribute('data-search-result', '');
  const h2 = document.createElement('h2');
  const a = document.createElement('a');
  a.href = d.url;
  a.append(titleText(markTitle(desegment(d.meta.heading ?? d.meta.title ?? ''), parts)));
  h2.append(a);
  const meta = document.createElement('p');
  meta.className = 'bz-province-results__meta';
  meta.textContent = [cityOf(cities, d.url, d.filters), d.filters[FILTER_KEYS.type]?.[0]].filter(Boolean).join(' · ');
  const text = document.createElement('p');
  text.className = 'bz-province-results__excerpt';
  appendPieces(text, excerpt(desegment(d.content), parts));
  li.append(h2, meta, text);
  return li;
}

function start(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const section = document.querySelector<HTMLElement>('[data-search-status]')!;
  const status = section.querySelector<HTMLElement>('[role="status"]')!;
  const list = section.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = section.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const messages = JSON.parse(form.dataset.messages!) as Record<string, string>;
  const cities = JSON.parse(form.dataset.cities!) as CityIndex[];
  const fill = (text: string, values: Record<string, string | number>) =>
    text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
  const say = (text: string) => status.textContent !== text && (status.textContent = text);
  let run = 0;

  async function search(): Promise<void> {
    const id = ++run;
    const q = input.value.trim();
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    const filters: Record<string, string> = {};
    for (const s of selects) if (s.value) params.set(s.name, (filters[s.name] = s.value));
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    list.replaceChildren();
    more.hidden = true;
    const parts = parseQuery(q);
    if (!parts.length) {
      say(messages.empty!);
      section.dataset.searchStatus = 'done';
      return;
    }
    section.dataset.searchStatus = 'busy';
    say(messages.busy!);
    try {
      // A city chosen: its index merged alone, not every city's filtered down to it.
      const city = cities.find((c) => c.name === filters[CITY_FILTER]);
      const options: SearchOptions = { filters };
      const hits = await rankedSearch(await loadPagefind(cities, city), parts, options);
      if (id !== run) return;
      let shown = 0;
      const page = async () => {
        const items = await Promise.all(hits.slice(shown, shown + PAGE_SIZE).map((h) => resultItem(h, parts, cities)));
        if (id !== run) return;
        const first = shown;
        list.append(...items);
        shown += items.length;
        more.hidden = shown >= hits.length;
        return first;
      };
      await page();
      say(hits.length ? fill(messages.count!, { count: hits.length, q }) : fill(messages.none!, { q }));
      more.onclick = async () => {
        section.dataset.searchStatus = 'busy-more';
        const first = await page();
        if (first !== undefined) list.children[first]?.querySelector('a')?.focus();
        section.dataset.searchStatus = 'done';
      };
    } catch {
      if (id === run) say(messages.error!);
    }
    if (id === run) section.dataset.searchStatus = 'done';
  }

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const s of selects) s.value = params.get(s.name) ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  for (const s of selects) s.addEventListener('change', () => input.value.trim() && void search());
  if (input.value.trim()) void search();
  else
    loadPagefind(
      cities,
      cities.find((c) => c.name === params.get(CITY_FILTER)),
    ).catch(() => undefined);
}

start();
