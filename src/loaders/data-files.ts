/**
 * Content-layer loaders for the data files (rules.yaml, figures.yaml, practice-sites.csv). They
 * read with the same functions as `validate`, so the build and the validator see the same rows.
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { readPracticeSitesCsv } from '../lib/content/read-csv';
import { field, readYamlList } from '../lib/content/read-data-files';
import type { SourceEntry } from '../lib/content/source';
import type { Problem } from '../lib/validate/problem';

function entriesLoader(name: string, file: string, read: (absPath: string, problems: Problem[]) => SourceEntry[]): Loader {
  return {
    name,
    load: async ({ store, parseData, watcher }) => {
      const problems: Problem[] = [];
      const entries = read(file, problems);
      const fatal = problems.find((p) => p.severity === 'error');
      if (fatal) throw new Error(`${fatal.file}${fatal.line ? `:${fatal.line}` : ''} ${fatal.message}（请先运行 npm run validate）`);
      store.clear();
      for (const e of entries) store.set({ id: e.id, data: await parseData({ id: e.id, data: e.input as Record<string, unknown> }) });
      watcher?.add(file);
    },
  };
}

export const rulesLoader = (root: string) =>
  entriesLoader('bz-rules', path.join(root, 'rules.yaml'), (f, p) =>
    readYamlList(f, 'rules', (item, i) => String(field(item, 'number') ?? i + 1), p));

export const figuresLoader = (root: string) =>
  entriesLoader('bz-figures', path.join(root, 'figures.yaml'), (f, p) =>
    readYamlList(f, 'figures', (item, i) => String(field(item, 'id') ?? i + 1), p));

export const practiceSitesLoader = (root: string) =>
  entriesLoader('bz-practice-sites', path.join(root, 'practice-sites.csv'), readPracticeSitesCsv);
