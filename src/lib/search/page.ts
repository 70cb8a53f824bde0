/**
 * The /search/ page in the browser: reads ?q= and the filters from the URL, runs the query and
 * renders the results. The engine and the index are fetched on the first search, not before.
 * Contract with the benchmark and browser tests: [data-search-status] goes "busy" → "done", and
 * every result carries [data-search-result].
 */
import type { FilterName, SearchOptions } from './engine';
import { showResults, showTries, type Messages } from './render';
import { shorterQueries } from './suggest';

const PAGE_SIZE = 10;
type Engine = typeof import('./browser-engine');
let loaded: Promise<{ engine: Awaited<ReturnType<Engine['openEngine']>>; resultPage: Engine['resultPage'] }> | undefined;

const load = () =>
  (loaded ??= import('./browser-engine').then(async (m) => ({ engine: await m.openEngine(), resultPage: m.resultPage })));

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
    const options: SearchOptions & { filters: SearchOptions['filters'] & object } = { filters: {} };
    for (const s of selects) {
      if (!s.value) continue;
      params.set(s.name, s.value);
      if (s.dataset.filter) options.filters[s.dataset.filter as FilterName] = s.value;
      else if (s.name === 'sort') options.sort = 'date';
    }
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    section.dataset.searchStatus = 'busy';
    const ui = { section, messages, q };
    if (!q) return showResults(ui, 'empty', []);
    showResults(ui, 'busy', []);
    showTries(ui, []);
    try {
      const { engine, resultPage } = await load();
      const result = await engine.search(q, options);
      if (!result.tokens.length) return showResults(ui, 'empty', []);
      let next = 0;
      let dropped = 0;
      const more = async () => {
        const page = await resultPage(engine, result, next, PAGE_SIZE);
        if (id !== run) return;
        next = page.next;
        dropped += page.dropped;
        const total = result.docs.length - dropped;
        showResults(ui, total ? 'found' : 'none', page.items, total, next < result.docs.length ? more : undefined);
      };
      if (id !== run) return;
      await more();
      if (result.docs.length - dropped === 0) {
        // The same filters apply, in the count and in the link.
        const href = (s: string) => `?${new URLSearchParams([...params].map(([k, v]) => [k, k === 'q' ? s : v]))}`;
        const tries = await Promise.all(
          shorterQueries(q).map(async (s) => ({ q: s, href: href(s), count: (await engine.search(s, options)).docs.length })),
        );
        if (id === run)
          showTries(
            ui,
            tries.filter((t) => t.count > 0),
          );
      }
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
