/**
 * The /search/ page in the browser: reads ?q= and the filters from the URL, runs Pagefind on the
 * segmented query and renders the results. Loaded only by that page; Pagefind's own files are
 * fetched on the first search, not before. Contract with the benchmark and browser tests:
 * [data-search-status] goes "busy" → "done", and every result carries [data-search-result].
 */
import { rankedSearch, type PagefindLike } from './rank';
import { desegment, pagefindQuery, segmentForIndex, segmentQuery } from './segment';
import { shardPath, SHARDS_FILE } from './shards';
import { dropTitleTail, showResults, type Messages, type ResultData } from './render';


const PAGE_SIZE = 10;
let pagefind: Promise<PagefindLike> | undefined;

/** Pagefind segments queries by the page's lang; ours are segmented already, so it must see "zxx". */
function loadPagefind(): Promise<PagefindLike> {
  return (pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const [module, manifest] = await Promise.all([
      import(/* @vite-ignore */ url),
      fetch(SHARDS_FILE).then((r) => (r.ok ? r.json() : { shards: 1 })) as Promise<{ shards: number }>,
    ]);
    const html = document.documentElement;
    const lang = html.lang;
    html.lang = 'zxx';
    let pf: PagefindLike & { mergeIndex(path: string): Promise<void> };
    try {
      pf = module.createInstance({ basePath: shardPath(0), excerptLength: 40 });
    } finally {
      html.lang = lang;
    }
    for (let k = 1; k < manifest.shards; k++) await pf.mergeIndex(shardPath(k));
    return pf;
  })());
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
    let sort: Record<string, string> | undefined;
    for (const s of selects) {
      if (!s.value) continue;
      params.set(s.name, s.value);
      if (s.dataset.filter) filters[s.dataset.filter] = s.value;
      else if (s.name === 'sort') sort = { date: 'desc' };
    }
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    section.dataset.searchStatus = 'busy';
    const ui = { section, messages, q };
    const query = pagefindQuery(q);
    if (!query) return showResults(ui, 'empty', []);
    showResults(ui, 'busy', []);
    try {
      const results = await rankedSearch(await loadPagefind(), query, segmentQuery(q), { filters, ...(sort && { sort }) });
      if (id !== run) return;
      const found = { results };
      let shown = 0;
      const more = async () => {
        const page = (await Promise.all(found.results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()))) as ResultData[];
        shown += page.length;
        const items = page.map((d) => ({ ...d, excerpt: dropTitleTail(desegment(d.excerpt), desegment(segmentForIndex(d.meta.title ?? ''))) }));
        showResults(ui, found.results.length ? 'found' : 'none', items, found.results.length, shown < found.results.length ? more : undefined);
      };
      await more();
    } catch {
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
