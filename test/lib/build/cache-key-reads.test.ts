/**
 * The cacheKey of a keyed page (src/lib/build/cache-key.ts) hashes its props and the inputs all
 * pages share, so it is correct only while the page and every component it renders read content
 * from nowhere else. This reads the source of each keyed page (outside getStaticPaths) and of the
 * components and layouts it imports, and fails on any other way to the content: a collection
 * accessor, getCollection/getEntry, the content root or a file read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const READS =
  /\b(people|releases|practiceSites|indexes|facets|figures|rules|pages|getCollection|getEntry|attachmentInfo|contentDir|readFileSync|statSync|existsSync)\s*\(/g;

/** Reads covered by sharedInputs() in src/data/page-inputs.ts, by file. */
const SHARED: Record<string, string[]> = {
  // The footer links the free pages; their ids are in sharedInputs().footerPages.
  'src/components/site/Footer.astro': ['pages'],
};

const frontmatter = (source: string) => source.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';

/** The frontmatter without getStaticPaths, whose reads feed the props the key hashes. */
function outsideStaticPaths(code: string): string {
  const start = code.indexOf('export async function getStaticPaths');
  if (start < 0) return code;
  const end = code.indexOf('\n}\n', start);
  return code.slice(0, start) + code.slice(end + 3);
}

/** Content reads in `code` of `file` that no key covers. */
export function uncoveredReads(file: string, code: string): string[] {
  const allowed = SHARED[file] ?? [];
  return [...code.matchAll(READS)].map((m) => m[1]!).filter((name) => !allowed.includes(name));
}

function componentsOf(file: string, code: string): string[] {
  return [...code.matchAll(/from '(\.{1,2}\/[^']+\.astro)'/g)].map((m) =>
    path.relative(process.cwd(), path.resolve(path.dirname(file), m[1]!)),
  );
}

function keyedPages(): string[] {
  return fs
    .readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.astro'))
    .map((f) => path.join('src/pages', f))
    .filter((f) => /\bkeyed\(/.test(fs.readFileSync(f, 'utf8')));
}

describe('keyed pages', () => {
  it('are the entry pages of every collection that has them, and the paginated lists', () => {
    expect(keyedPages().sort()).toEqual(
      expect.arrayContaining([
        'src/pages/[page].astro',
        'src/pages/people/[id].astro',
        'src/pages/releases/[id].astro',
        'src/pages/sites/[id].astro',
        'src/pages/releases/page/[page].astro',
        'src/pages/people/page/[page].astro',
        'src/pages/people/[facet]/[value]/index.astro',
        'src/pages/people/[facet]/[value]/page/[page].astro',
      ]),
    );
  });

  it('read content only through their props and the shared inputs, components and layouts included', () => {
    const found: string[] = [];
    for (const page of keyedPages()) {
      const seen = new Set<string>();
      const visit = (file: string, code: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const read of uncoveredReads(file, code)) found.push(`${page} → ${file}: ${read}()`);
        for (const child of componentsOf(file, code)) visit(child, frontmatter(fs.readFileSync(child, 'utf8')));
      };
      visit(page, outsideStaticPaths(frontmatter(fs.readFileSync(page, 'utf8'))));
    }
    expect(found).toEqual([]);
  });

  it('catch a component that looks an entry up itself', () => {
    const code = 'const { personById } = await indexes();\nconst all = await practiceSites();';
    expect(uncoveredReads('src/components/x/Y.astro', code)).toEqual(['indexes', 'practiceSites']);
    expect(uncoveredReads('src/components/site/Footer.astro', 'await pages()')).toEqual([]);
  });
});
