// Wires each collection to its loader and its schema; the schemas live in src/lib/schemas.
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { honorTitles, loadCity } from './lib/city';
import { contentDir } from './lib/content/paths';
import { figureSchema, pageSchema, personSchema, practiceSiteSchema, releaseSchema, ruleSchema } from './lib/schemas';
import { figuresLoader, practiceSitesLoader, rulesLoader } from './loaders/data-files';

const root = contentDir();
const markdown = (folder: string) => glob({ pattern: '**/[^_.]*.{md,mdx}', base: path.join(root, folder) });

export const collections = {
  releases: defineCollection({ loader: markdown('releases'), schema: releaseSchema }),
  people: defineCollection({ loader: markdown('people'), schema: personSchema(honorTitles(loadCity(root))) }),
  pages: defineCollection({ loader: markdown('pages'), schema: pageSchema }),
  rules: defineCollection({ loader: rulesLoader(root), schema: ruleSchema }),
  figures: defineCollection({ loader: figuresLoader(root), schema: figureSchema }),
  practiceSites: defineCollection({ loader: practiceSitesLoader(root), schema: practiceSiteSchema }),
};
