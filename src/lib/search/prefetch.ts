/**
 * The header's search box, on every page but /search/: when it gets focus, the browser starts
 * fetching what any first search needs (pagefind.js, the index's entry, meta file and WebAssembly)
 * as `<link rel="prefetch">`, so the typing, slow with an input method, hides the download and
 * /search/ finds them cached. Prefetching is allowed by every page's policy; running WebAssembly is
 * not, and nothing here runs it.
 * Runs on every page, so it stays tiny and imports nothing: a module shared with the search page
 * would become a chunk of its own, one more request before either script runs. Its two names are
 * those of bundle.ts (BUNDLE_PATH, ENTRY_FILE); a test keeps them equal.
 */
export const PREFETCH_BASE = '/pagefind/';
export const PREFETCH_ENTRY = 'pagefind-entry.json?ts=entry';

interface Entry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

const link = (file: string) =>
  document.head.append(Object.assign(document.createElement('link'), { rel: 'prefetch', href: PREFETCH_BASE + file }));

export function prefetchOnFocus(input: HTMLElement | null): void {
  input?.addEventListener(
    'focus',
    () => {
      link('pagefind.js');
      link(PREFETCH_ENTRY);
      // Offline or no index: nothing to do here; the search page says so when it is used.
      fetch(PREFETCH_BASE + PREFETCH_ENTRY)
        .then((r) => r.json() as Promise<Entry>)
        .then((e) => {
          for (const l of Object.values(e.languages)) {
            link(`pagefind.${l.hash}.pf_meta`);
            link(`wasm.${l.wasm ?? 'unknown'}.pagefind`);
          }
        })
        .catch(() => undefined);
    },
    { once: true },
  );
}
