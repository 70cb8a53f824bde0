/**
 * pagefind.js and the entry's metaCacheTag as a search page names them in its preload links
 * (search.astro, the province's search page), versioned by the build (versioned-bundle.ts): the
 * page imports the script it preloaded and has Pagefind ask for the entry it preloaded, so both
 * come from the browser's cache without a question to the server.
 */
export interface BundleLinks {
  script: string;
  metaCacheTag: string;
}

export function bundleLinks(doc: Document = document): BundleLinks {
  const script = doc.querySelector<HTMLLinkElement>('link[data-pagefind-script]');
  const entry = doc.querySelector<HTMLLinkElement>('link[data-pagefind-entry]');
  if (!script || !entry) throw new Error('search page without its Pagefind preload links');
  return { script: script.href, metaCacheTag: new URL(entry.href).searchParams.get('ts') ?? '' };
}
