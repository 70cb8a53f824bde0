/** Runs every source entry through its collection's schema and words the failures for editors. */
import type { z } from 'zod';
import { cityIdentity, honorTitles, type City } from '../city';
import { readDivisions } from '../divisions/townships';
import {
  figureSchema,
  pageSchema,
  personSchema,
  practiceSiteSchema,
  releaseSchema,
  ruleSchema,
  siteSchema,
  type Figure,
  type Page,
  type Person,
  type PracticeSite,
  type Release,
  type Rule,
  type Site,
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
  /** The city of site.yaml's divisionCode; undefined when divisions.json is missing or of another city (reported by practice-sites.ts). */
  city?: City;
  releases: Entry<Release>[];
  people: Entry<Person>[];
  pages: Entry<Page>[];
  rules: Entry<Rule>[];
  practiceSites: Entry<PracticeSite>[];
  figures: Entry<Figure>[];
  /** Ids of every entry read, valid or not, so one broken entry does not make its references dangle. */
  knownIds: Record<CollectionName, Set<string>>;
}

/** Each collection's schema; the people's honour titles are those of the content root's city. */
export const schemasFor = (city: City | undefined): Record<CollectionName, z.ZodType> => ({
  releases: releaseSchema,
  people: personSchema(city && honorTitles(city)),
  pages: pageSchema,
  rules: ruleSchema,
  practiceSites: practiceSiteSchema,
  figures: figureSchema,
});

function cityOf(site: Site, dir: string): City | undefined {
  try {
    const divisions = readDivisions(dir);
    return divisions?.code === site.divisionCode ? cityIdentity(site, divisions) : undefined;
  } catch {
    return undefined;
  }
}

function check<T>(
  schema: z.ZodType<T>,
  input: unknown,
  where: { file: string; lineOf: SourceEntry['lineOf'] },
  problems: Problem[],
): T | undefined {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  // Zod 4 goes on checking a value of the wrong type (an empty list fails a string's minimum
  // length as well); the editor needs only the first message for it.
  const wrongType = new Set<string>();
  for (const issue of result.error.issues) {
    // Zod 4 paths may hold symbols; content paths never do.
    const at = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const key = JSON.stringify(at);
    if (wrongType.has(key)) continue;
    if (issue.code === 'invalid_type') wrongType.add(key);
    const path = issue.code === 'unrecognized_keys' ? [...at, issue.keys[0] ?? ''] : at;
    problems.push({
      severity: 'error',
      code: messageCode(issue.message) ?? issue.code,
      file: where.file,
      line: where.lineOf(path) ?? where.lineOf([]) ?? undefined,
      field: formatField(path) || undefined,
      message: zodIssueMessage(issue, input),
    });
  }
  return undefined;
}

/** The schema's own message code (`required`, `enum`…); Zod's English wording is not one. */
const messageCode = (message: string) => /^([a-z][a-z-]*)(:|$)/.exec(message)?.[1];

export function checkSchemas(source: SourceRoot, problems: Problem[]): Content | undefined {
  const site =
    source.siteInput === undefined
      ? undefined
      : check(siteSchema, source.siteInput, { file: source.siteFile, lineOf: source.siteLineOf }, problems);
  const city = site && cityOf(site, source.dir);
  const schemas = schemasFor(city);
  const content: Content = {
    dir: source.dir,
    site: site as Site,
    siteFile: source.siteFile,
    city,
    releases: [],
    people: [],
    pages: [],
    rules: [],
    practiceSites: [],
    figures: [],
    knownIds: {
      releases: new Set(),
      people: new Set(),
      pages: new Set(),
      rules: new Set(),
      practiceSites: new Set(),
      figures: new Set(),
    },
  };
  for (const entry of source.entries) {
    content.knownIds[entry.collection].add(entry.id);
    const data = check(schemas[entry.collection], entry.input, entry, problems);
    if (data === undefined) continue;
    const { input: _input, ...rest } = entry;
    (content[entry.collection] as Entry<unknown>[]).push({ ...rest, data });
  }
  return site ? content : undefined;
}
