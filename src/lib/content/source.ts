/** What the reader hands to validation: each entry's parsed input and where it came from. */
import type { FieldPath } from './yaml-doc';

export const COLLECTIONS = ['releases', 'people', 'pages', 'rules', 'practiceSites', 'figures'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export interface SourceEntry {
  collection: CollectionName;
  /** File name without extension, or the id column / rule number. */
  id: string;
  /** Path as editors see it. */
  file: string;
  absPath: string;
  /** Parsed front matter, YAML list item or CSV row, before schema validation. */
  input: unknown;
  /** Markdown body (Markdown collections only) and its first line in the file. */
  body?: string;
  bodyLine?: number;
  /** Whole source text of a Markdown file, scanned by the safety checks. */
  text?: string;
  lineOf(path: FieldPath): number | undefined;
}

export interface SourceRoot {
  dir: string;
  siteFile: string;
  siteInput: unknown;
  siteLineOf(path: FieldPath): number | undefined;
  entries: SourceEntry[];
  /** Number of files read, for the summary line. */
  fileCount: number;
}
