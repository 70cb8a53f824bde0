/** Runs every source entry through its collection's schema and words the failures for editors. */
import type { ZodType } from 'zod';
import {
  figureSchema, pageSchema, personSchema, practiceSiteSchema, releaseSchema, ruleSchema, siteSchema,
  type Figure, type Page, type Person, type PracticeSite, type Release, type Rule, type Site,
} from '../schemas';
import type { CollectionName, SourceEntry, SourceRoot } from '../content/source';
import { formatField, type Problem } from './problem';
import { zodIssueMessage } from './zod-messages';

export interface Entry<T> extends Omit<SourceEntry, 'input'> {
  data: T;
}

export interface Content {
  dir: string;
  site: Site;
  siteFile: string;
  releases: Entry<Release>[];
  people: Entry<Person>[];
  pages: Entry<Page>[];
  rules: Entry<Rule>[];
  practiceSites: Entry<PracticeSite>[];
  figures: Entry<Figure>[];
  /** Ids of every entry read, valid or not, so one broken entry does not make its references dangle. */
  knownIds: Record<CollectionName, Set<string>>;
}

export const SCHEMAS: Record<CollectionName, ZodType> = {
  releases: releaseSchema,
  people: personSchema,
  pages: pageSchema,
  rules: ruleSchema,
  practiceSites: practiceSiteSchema,
  figures: figureSchema,
};

function check<T>(
  schema: ZodType<T, any, any>,
  input: unknown,
  where: { file: string; lineOf: SourceEntry['lineOf'] },
  problems: Problem[],
): T | undefined {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    problems.push({
      severity: 'error',
      code: issue.message.split(':')[0] || issue.code,
      file: where.file,
      line: where.lineOf(path) ?? where.lineOf([]) ?? undefined,
      field: formatField(path) || undefined,
      message: zodIssueMessage(issue, input),
    });
  }
  return undefined;
}

export function checkSchemas(source: SourceRoot, problems: Problem[]): Content | undefined {
  const site = source.siteInput === undefined
    ? undefined
    : check(siteSchema, source.siteInput, { file: source.siteFile, lineOf: source.siteLineOf }, problems);
  const content: Content = {
    dir: source.dir, site: site as Site, siteFile: source.siteFile,
    releases: [], people: [], pages: [], rules: [], practiceSites: [], figures: [],
    knownIds: { releases: new Set(), people: new Set(), pages: new Set(), rules: new Set(), practiceSites: new Set(), figures: new Set() },
  };
  for (const entry of source.entries) {
    content.knownIds[entry.collection].add(entry.id);
    const data = check(SCHEMAS[entry.collection], entry.input, entry, problems);
    if (data === undefined) continue;
    const { input: _input, ...rest } = entry;
    (content[entry.collection] as Entry<unknown>[]).push({ ...rest, data });
  }
  return site ? content : undefined;
}
