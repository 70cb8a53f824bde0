/**
 * What the sitemap needs from the content, read straight from the content root (the sitemap
 * integration runs after the pages, outside astro:content): each page's last change, and the
 * draft pages a preview build has but search engines must not be sent to.
 */
import { readMarkdownCollection } from '../content/read-markdown';
import { pageSchema } from '../schemas/page';
import { releaseSchema } from '../schemas/release';
import type { Problem } from '../validate/problem';

export interface SitemapLookup {
  /** Pathname (`/releases/x/`) → `YYYY-MM-DD` of its last change. */
  lastmod: Map<string, string>;
  /** Pathnames of draft pages. */
  drafts: Set<string>;
}

export function sitemapLookup(contentRoot: string): SitemapLookup {
  const problems: Problem[] = []; // validate has already reported them; a bad entry is just skipped
  const lastmod = new Map<string, string>();
  const drafts = new Set<string>();
  let newestRelease = '';
  for (const e of readMarkdownCollection(contentRoot, 'releases', 'releases', problems)) {
    const r = releaseSchema.safeParse(e.input);
    if (!r.success) continue;
    const pathname = `/releases/${e.id}/`;
    if (r.data.draft) drafts.add(pathname);
    else {
      const changed = r.data.updated ?? r.data.date;
      lastmod.set(pathname, changed);
      if (changed > newestRelease) newestRelease = changed;
    }
  }
  for (const e of readMarkdownCollection(contentRoot, 'pages', 'pages', problems)) {
    const p = pageSchema.safeParse(e.input);
    if (!p.success) continue;
    if (p.data.draft) drafts.add(`/${e.id}/`);
    else lastmod.set(`/${e.id}/`, p.data.updated);
  }
  // The home page and the release list change whenever a release does.
  if (newestRelease) for (const pathname of ['/', '/releases/']) lastmod.set(pathname, newestRelease);
  return { lastmod, drafts };
}
