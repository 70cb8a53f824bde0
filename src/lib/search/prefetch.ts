/**
 * The header's search box, on every page but /search/: when it gets focus, the browser starts
 * fetching what any first search needs into the HTTP cache, one after the other, so the typing,
 * slow with an input method, hides the download and /search/ finds them cached: the index's entry
 * under the address pagefind.js will ask for, its meta file, its WebAssembly and pagefind.js, all
 * under names that change with their content (versioned-bundle.ts), which the browser then keeps
 * without asking the server again. The entry names them all; it is read first, asked for without a
 * tag so that the server is asked (no-cache) and a new build is seen. Plain fetches, not
 * `<link rel="prefetch">`: Chrome holds prefetches back while the page has other requests, lets
 * them run on after Enter, and the search page then downloads the same files a second time
 * (measured on the slow-phone bench). Fetching is allowed by every page's policy; running
 * WebAssembly is not, and nothing here runs it.
 * Runs on every page, so it stays tiny and imports nothing: a module shared with the search page
 * would become a chunk of its own, one more request before either script runs. Its base is
 * bundle.ts's BUNDLE_PATH; a test keeps them equal.
 */
export const PREFETCH_BASE = '/pagefind/';

interface Entry {
  languages: Record<string, { hash: string; wasm: string | null }>;
  versioned: { script: string; tag: string };
}

/** Into the HTTP cache, read to the end so that it is stored whole. */
const get = (file: string) => fetch(PREFETCH_BASE + file).then((r) => r.blob());

export function prefetchOnFocus(input: HTMLElement | null): void {
  input?.addEventListener(
    'focus',
    () => {
      // One file at a time: leaving the page (Enter) cancels what is still downloading, so files
      // fetched side by side would all be cut off on a slow line (at 10,000 entries the meta file
      // is 93 KB, the WebAssembly 55 KB, pagefind.js 13 KB: three seconds of typing at 400 kbps
      // cannot bring all three). Offline or no index: the search page says so.
      fetch(PREFETCH_BASE + 'pagefind-entry.json')
        .then((r) => r.json() as Promise<Entry>)
        .then(async (e) => {
          const languages = Object.values(e.languages);
          // The entry again under its tag (0.2 KB), beside the meta file: no round trip of its own.
          const tagged = get(`pagefind-entry.json?ts=${e.versioned.tag}`);
          for (const l of languages) await get(`pagefind.${l.hash}.pf_meta`);
          for (const l of languages) await get(`wasm.${l.wasm ?? 'unknown'}.pagefind`);
          await get(e.versioned.script);
          await tagged;
        })
        .catch(() => undefined);
    },
    { once: true },
  );
}
