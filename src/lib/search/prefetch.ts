/**
 * The header's search box, on every page but /search/: when it gets focus, the browser starts
 * fetching what any first search needs (the index's entry, meta file and WebAssembly, pagefind.js)
 * into the HTTP cache, one after the other, so the typing, slow with an input method, hides the
 * download and /search/ finds them cached (the meta file for a year; the others are revalidated, which the search page
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
      // One file at a time, the index's meta file first: leaving the page (Enter) cancels what is
      // still downloading, so files fetched side by side would all be cut off on a slow line (at
      // 10,000 entries the meta file is 93 KB, the WebAssembly 55 KB, pagefind.js 13 KB: three
      // seconds of typing at 400 kbps cannot bring all three). The meta file is kept for a year;
      // the others are only revalidated later. Offline or no index: the search page says so.
      fetch(PREFETCH_BASE + PREFETCH_ENTRY)
        .then((r) => r.json() as Promise<Entry>)
        .then(async (e) => {
          const languages = Object.values(e.languages);
          for (const l of languages) await get(`pagefind.${l.hash}.pf_meta`);
          for (const l of languages) await get(`wasm.${l.wasm ?? 'unknown'}.pagefind`);
          await get('pagefind.js');
        })
        .catch(() => undefined);
    },
    { once: true },
  );
}
