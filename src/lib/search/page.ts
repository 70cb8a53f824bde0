/**
 * The /search/ page in the browser: reads ?q= and the filters from the address, runs the query
 * on Pagefind (query.ts) and renders the results. pagefind.js, its WebAssembly and the index's
 * meta file start loading as soon as the page opens; while a person types, the query's index
 * chunks and its first results' fragments are fetched (not shown), so Enter finds them loaded.
 * Results are shown one by one as their fragments arrive, in order. Contract with the benchmark
 * and browser tests: [data-search-status] goes "busy" → "done" when the page of results is
 * complete, and every result carries [data-search-result].
 */
import { PAGEFIND_OPTIONS, RECORD_LANGUAGE } from './bundle';
import { bundleLinks } from './bundle-links';
import { rankedSearch, type PagefindApi, type SearchOptions } from './query';
import { showResults, showTries, type Messages } from './render';
import { showable } from './results';
import { parseQuery } from './segment';
import { shorterQueries } from './suggest';

const PAGE_SIZE = 10;
/** Quiet time after the last keystroke before the typed query is fetched ahead of Enter. */
const TYPING_PAUSE_MS = 300;
let pagefind: Promise<PagefindApi> | undefined;

/**
 * pagefind.js picks its index and its query splitting from the page's language when the
 * instance is made: for that moment the page says `und`, as the records do (bundle.ts). No Web
 * Worker: the search is a few milliseconds of WebAssembly, and the worker's script would add
 * 12 KB to the first search (docs/search.md). `init` loads the entry, meta and WebAssembly now.
 */
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const { script, metaCacheTag } = bundleLinks();
    const module = (await import(/* @vite-ignore */ script)) as {
      createInstance(options: object): PagefindApi & { init(): Promise<void> };
    };
    const html = document.documentElement;
    const lang = html.lang;
    html.lang = RECORD_LANGUAGE;
    try {
      const instance = module.createInstance({ ...PAGEFIND_OPTIONS, metaCacheTag });
      await instance.init();
      return instance;
    } finally {
      html.lang = lang;
    }
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** What a search for `q` will read (index chunks, the 类型 filter, the first fragments), fetched and kept. */
async function fetchAhead(q: string, options: SearchOptions): Promise<void> {
  const parts = parseQuery(q);
  if (!parts.length) return;
  const pf = await loadPagefind();
  const hits = await rankedSearch(pf, parts, options);
  await Promise.all(hits.slice(0, PAGE_SIZE).map((h) => h.data()));
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const section = document.querySelector<HTMLElement>('[data-search-status]')!;
  const messages = JSON.parse(form.dataset.messages!) as Messages;
  let run = 0;

  /** The filters and sort chosen, as Pagefind options and as the address's parameters. */
  function currentOptions(params = new URLSearchParams()): SearchOptions {
    const filters: Record<string, string> = {};
    const options: SearchOptions = { filters };
    for (const s of selects) {
      if (!s.value) continue;
      params.set(s.name, s.value);
      if (s.dataset.filter !== undefined) filters[s.name] = s.value;
      else if (s.name === 'sort') options.sort = { date: 'desc' };
    }
    return options;
  }

  async function search(): Promise<void> {
    const id = ++run;
    const q = input.value.trim();
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    const options = currentOptions(params);
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
      // The next page of results, each shown as soon as it and those before it have arrived.
      const more = async () => {
        const page = hits.slice(shown, shown + PAGE_SIZE);
        // On the first page, the top result's fragment is asked for alone and the others once it
        // is in: on a slow line ten fragments side by side share it, and the result read first
        // would wait for a share of all of them (0.1 s at 400 kbps, docs/search.md).
        const first = showable(page.slice(0, 1), parts);
        const firstIn = first.then(
          () => undefined,
          () => undefined,
        );
        const next = page.map((h, i) =>
          i === 0 ? first : shown === 0 ? firstIn.then(() => showable([h], parts)) : showable([h], parts),
        );
        if (!next.length) return showResults(ui, 'none', [], 0);
        for (const [i, item] of next.entries()) {
          const shownItem = await item;
          if (id !== run) return;
          shown += 1;
          const last = i === next.length - 1;
          showResults(ui, 'found', shownItem, hits.length, last && shown < hits.length ? more : undefined, {
            append: shown > 1,
            complete: last,
          });
        }
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
  else loadPagefind().catch(() => undefined);
  // Typing: fetch the query ahead once the input method has committed it and the typing pauses.
  let pause: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', (event) => {
    clearTimeout(pause);
    if ((event as InputEvent).isComposing) return;
    pause = setTimeout(() => fetchAhead(input.value, currentOptions()).catch(() => undefined), TYPING_PAUSE_MS);
  });
}
