/**
 * Content-layer loaders for the data files (rules.yaml, figures.yaml, practice-sites.csv). They
 * read with the same functions as `validate`, so the build and the validator see the same rows.
 * Astro 7's data store hands entries back sorted by id, not in the order they were set, so each
 * entry also keeps its line in the file (`SOURCE_LINE`): the portal lists them as the editor did.
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { readPracticeSitesCsv } from '../lib/content/read-csv';
import { field, readYamlList } from '../lib/content/read-data-files';
import type { SourceEntry } from '../lib/content/source';
import type { Problem } from '../lib/validate/problem';

/** The data key under which each entry keeps its line in the source file. */
export const SOURCE_LINE = 'sourceLine';

function entriesLoader(name: string, file: string, read: (absPath: string, problems: Problem[]) => SourceEntry[]): Loader {
  return {
    name,
    load: async ({ store, parseData, watcher }) => {
      const problems: Problem[] = [];
      const entries = read(file, problems);
      const fatal = problems.find((p) => p.severity === 'error');
      if (fatal)
        throw new Error(`${fatal.file}${fatal.line ? `:${fatal.line}` : ''} ${fatal.message}（请先运行 npm run validate）`);
      store.clear();
      for (const [index, e] of entries.entries()) {
        const data = await parseData({ id: e.id, data: e.input as Record<string, unknown> });
        store.set({ id: e.id, data: { ...data, [SOURCE_LINE]: e.lineOf([]) ?? index } });
      }
      watcher?.add(file);
    },
  };
}

export const rulesLoader = (root: string) =>
  entriesLoader('bz-rules', path.join(root, 'rules.yaml'), (f, p) =>
    readYamlList(f, 'rules', (item, i) => String(field(item, 'number') ?? i + 1), p),
  );

export const figuresLoader = (root: string) =>
  entriesLoader('bz-figures', path.join(root, 'figures.yaml'), (f, p) =>
    readYamlList(f, 'figures', (item, i) => String(field(item, 'id') ?? i + 1), p),
  );

export const practiceSitesLoader = (root: string) =>
  entriesLoader('bz-practice-sites', path.join(root, 'practice-sites.csv'), readPracticeSitesCsv);
