/**
 * The header's search box, on every page but /search/: when it gets focus, the browser starts
 * fetching what any first search needs (pagefind.js, the index's entry, meta file and WebAssembly)
 * into the HTTP cache, so the typing, slow with an input method, hides the download and /search/
 * finds them cached (the meta file for a year; the others are revalidated, which the search page
 * does all at once). Plain fetches, not `<link rel="prefetch">`: Chrome holds prefetches back while
 * the page has other requests, lets them run on after Enter, and the search page then downloads
 * the same files a second time (measured on the slow-phone bench). Fetching is allowed by every
 * page's policy; running WebAssembly is not, and nothing here runs it.
 * Runs on every page, so it stays tiny and imports nothing: a module shared with the search page
 * would become a chunk of its own, one more request before either script runs. Its two names are
 * those of bundle.ts (BUNDLE_PATH, ENTRY_FILE); a test keeps them equal.
 */
export const PREFETCH_BASE = '/pagefind/';
export const PREFETCH_ENTRY = 'pagefind-entry.json?ts=entry';

interface Entry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** Into the HTTP cache, read to the end so that it is stored whole. */
const get = (file: string) => fetch(PREFETCH_BASE + file).then((r) => r.blob());

export function prefetchOnFocus(input: HTMLElement | null): void {
  input?.addEventListener(
    'focus',
    () => {
      // Offline or no index: nothing to do here; the search page says so when it is used.
      get('pagefind.js').catch(() => undefined);
      fetch(PREFETCH_BASE + PREFETCH_ENTRY)
        .then((r) => r.json() as Promise<Entry>)
        .then((e) =>
          Promise.all(
            Object.values(e.languages).flatMap((l) => [
              get(`pagefind.${l.hash}.pf_meta`),
              get(`wasm.${l.wasm ?? 'unknown'}.pagefind`),
            ]),
          ),
        )
        .catch(() => undefined);
    },
    { once: true },
  );
}
