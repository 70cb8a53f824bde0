// The same content root as the portal (CONTENT_DIR), read with Astro's own loaders and no schema.
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';

const root = path.resolve(process.env.CONTENT_DIR || 'content');
const markdown = (folder: string) => glob({ pattern: '**/[^_.]*.{md,mdx}', base: path.join(root, folder) });
const csv = (text: string) => parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, unknown>[];

export const collections = {
  releases: defineCollection({ loader: markdown('releases') }),
  people: defineCollection({ loader: markdown('people') }),
  pages: defineCollection({ loader: markdown('pages') }),
  practiceSites: defineCollection({ loader: file(path.join(root, 'practice-sites.csv'), { parser: csv }) }),
};
