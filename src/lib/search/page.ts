/**
 * The /search/ page in the browser: reads ?q= and the filters from the address, runs the query
 * on Pagefind (query.ts) and renders the results. pagefind.js and its index are fetched on the
 * first search, not before. Contract with the benchmark and browser tests: [data-search-status]
 * goes "busy" → "done", and every result carries [data-search-result].
 */
import { BUNDLE_PATH, RECORD_LANGUAGE } from './bundle';
import { rankedSearch, type PagefindApi, type SearchOptions } from './query';
import { showResults, showTries, type Messages } from './render';
import { showable } from './results';
import { parseQuery } from './segment';
import { shorterQueries } from './suggest';

const PAGE_SIZE = 10;
let pagefind: Promise<PagefindApi> | undefined;

/**
 * pagefind.js picks its index and its query splitting from the page's language when the
 * instance is made: for that moment the page says `und`, as the records do (bundle.ts). No Web
 * Worker: the search is a few milliseconds of WebAssembly, and the worker's script would add
 * 12 KB to the first search (docs/search.md).
 */
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const url = `${BUNDLE_PATH}pagefind.js`;
    const module = (await import(/* @vite-ignore */ url)) as { createInstance(options: object): PagefindApi };
    const html = document.documentElement;
    const lang = html.lang;
    html.lang = RECORD_LANGUAGE;
    try {
      return module.createInstance({ basePath: BUNDLE_PATH, baseUrl: '/', noWorker: true });
    } finally {
      html.lang = lang;
    }
  })();
  return pagefind;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const section = document.querySelector<HTMLElement>('[data-search-status]')!;
  const messages = JSON.parse(form.dataset.messages!) as Messages;
  let run = 0;

  async function search(): Promise<void> {
    const id = ++run;
    const q = input.value.trim();
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    const filters: Record<string, string> = {};
    const options: SearchOptions = { filters };
    for (const s of selects) {
      if (!s.value) continue;
      params.set(s.name, s.value);
      if (s.dataset.filter !== undefined) filters[s.name] = s.value;
      else if (s.name === 'sort') options.sort = { date: 'desc' };
    }
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    section.dataset.searchStatus = 'busy';
    const parts = parseQuery(q);
    const ui = { section, messages, q };
    if (!parts.length) return showResults(ui, 'empty', []);
    showResults(ui, 'busy', []);
    showTries(ui, []);
    try {
      const pf = await loadPagefind();
      const hits = await rankedSearch(pf, parts, options);
      if (id !== run) return;
      let shown = 0;
      const more = async () => {
        const items = await showable(hits.slice(shown, shown + PAGE_SIZE), parts);
        if (id !== run) return;
        shown += items.length;
        showResults(ui, hits.length ? 'found' : 'none', items, hits.length, shown < hits.length ? more : undefined);
      };
      await more();
      if (hits.length === 0) {
        // The same filters apply, in the count and in the link.
        const href = (s: string) => `?${new URLSearchParams([...params].map(([k, v]) => [k, k === 'q' ? s : v]))}`;
        const tries = await Promise.all(
          shorterQueries(q).map(async (s) => ({
            q: s,
            href: href(s),
            count: (await rankedSearch(pf, parseQuery(s), options)).length,
          })),
        );
        if (id === run)
          showTries(
            ui,
            tries.filter((t) => t.count > 0),
          );
      }
    } catch {
      // Offline, or a browser that cannot run Pagefind: say so, and try afresh on the next search.
      pagefind = undefined;
      if (id === run) showResults(ui, 'error', []);
    }
  }

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const s of selects) s.value = params.get(s.name) ?? '';
  // Filters fold away (they fill a phone screen); open when the address already sets one.
  if (selects.some((s) => s.value)) form.querySelector('details')?.setAttribute('open', '');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  for (const s of selects) s.addEventListener('change', () => input.value.trim() && void search());
  if (input.value.trim()) void search();
}
