/**
 * Writes the site's Pagefind index, DIST/pagefind/, through Pagefind's Node API: one custom
 * record per release, 好人, practice site, rule and free page (records.ts). Text and title are
 * handed over as 2-grams (segment.ts) under the language tag `und` (bundle.ts), so Pagefind runs
 * no Chinese segmenter of its own over them; the title goes in the `title` meta field, which Pagefind
 * searches too and ranks five times above the body. Filters and the date sort come from the
 * content, never from the page's visible text.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { findPackageJSON } from 'node:module';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { CustomRecord, PagefindIndex } from 'pagefind';
import type { Content } from '../validate/schema-check';
import { writeIndexFiles, type WriteFigures } from '../build/reuse-index-files';
import { BUNDLE_PATH, FILTER_KEYS, RECORD_LANGUAGE, TYPE_WEIGHTS, WEIGHT_FILTER } from './bundle';
import { searchRecords, type RecordOptions, type SearchRecord } from './records';
import { segment } from './segment';
import { versionBundle } from './versioned-bundle';

/**
 * Postings per index chunk. Pagefind's default, 20,000, makes a chunk 25–35 KB at 10,000
 * entries, and a query of n characters reads n − 1 chunks; 8,000 halves a later query's bytes
 * and adds about 2 KB to the first (docs/search.md). Pagefind reads it from an environment
 * variable it calls unstable; without it the index still works, with the default chunks.
 */
const CHUNK_POSTINGS = '8000';

/** Records in flight to Pagefind's service at once. */
const BATCH = 256;

/** Files of Pagefind's own UIs and its Web Worker, which the search page does not load. */
const UNUSED = /^pagefind-(?:component-ui|modular-ui|ui|highlight|worker)\.(?:js|css)$/;

/** `2019-05-06` → `20190506`: a sort key and a meta value that no query word matches. */
const compactDate = (date?: string) => (date ?? '').replace(/-/g, '').padEnd(8, '0');

export function pagefindRecord(r: SearchRecord): CustomRecord {
  const filters: Record<string, string[]> = { [FILTER_KEYS.type]: [r.type] };
  if (r.county) filters[FILTER_KEYS.county] = [r.county];
  if (r.category) filters[FILTER_KEYS.category] = [r.category];
  if (r.years?.length) filters[FILTER_KEYS.year] = r.years;
  if (TYPE_WEIGHTS[r.type]) filters[WEIGHT_FILTER] = [r.type];
  return {
    url: r.url,
    content: segment(r.text),
    language: RECORD_LANGUAGE,
    meta: {
      title: segment(r.title),
      ...(r.heading && { heading: segment(r.heading) }),
      ...(r.date && { date: compactDate(r.date) }),
    },
    filters,
    // Every record needs the key: Pagefind leaves a record without it out of sorted results.
    sort: { date: compactDate(r.date) },
  };
}

export interface IndexSummary {
  records: number;
  files: number;
  bytes: number;
  /** With a previous index: files written, and files linked from it unchanged. */
  written: number;
  reused: number;
  /** What the index was made from (records, Pagefind's version, the chunk size): see `inputs`. */
  inputs: string;
  /** True when the previous index was made from the same inputs and was linked whole. */
  unchanged: boolean;
}

const failed = (what: string, errors: string[]) => new Error(`Pagefind ${what}失败：${errors.join('；')}`);

export interface WriteOptions extends RecordOptions {
  /** The previous build's index folder: files it already holds are linked, not written again. */
  previous?: string;
  /**
   * What the previous index was made from (`IndexSummary.inputs` of the build that wrote it):
   * when this build's records are the same, Pagefind does not run at all and the previous
   * folder is linked whole (about 15 s saved at 10,000 entries when no entry a search shows
   * changed). Only trusted together with `previous`, whose `pagefind-entry.json` it names.
   */
  previousInputs?: string;
}

const PAGEFIND_VERSION = (
  JSON.parse(fs.readFileSync(findPackageJSON('pagefind', import.meta.url)!, 'utf8')) as { version: string }
).version;

/** `<sha-256 of what Pagefind is given> <sha-256 of the pagefind-entry.json it wrote>`. */
const inputsLine = (records: string, entry: string) => `${records} ${entry}`;
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The files under `dir`, relative, sorted. */
const filesUnder = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

/** Links (or copies) the whole previous index when it was made from `recordsDigest`; false when it was not. */
function reuseWhole(previous: string | undefined, previousInputs: string | undefined, recordsDigest: string, outputPath: string) {
  if (!previous || !previousInputs) return false;
  const entry = path.join(previous, 'pagefind-entry.json');
  if (!fs.existsSync(entry) || previousInputs !== inputsLine(recordsDigest, sha256(fs.readFileSync(entry)))) return false;
  const files = filesUnder(previous);
  writeIndexFiles(
    files.map((rel) => ({ path: rel, content: fs.readFileSync(path.join(previous, rel)) })),
    outputPath,
    previous,
  );
  return true;
}

/**
 * The bundle of a Pagefind index under `outputPath` as every search page expects it: without
 * Pagefind's UIs and worker, with pagefind.js, the WebAssembly and the entry versioned
 * (versioned-bundle.ts), linking unchanged files from `previous` (reuse-index-files.ts). Used for a
 * city's index and for the province's.
 */
export async function writeBundle(index: PagefindIndex, outputPath: string, previous?: string): Promise<WriteFigures> {
  const got = await index.getFiles();
  if (got.errors.length) throw failed('写入', got.errors);
  const files = versionBundle(got.files.filter((f) => !UNUSED.test(path.basename(f.path))));
  return writeIndexFiles(files, outputPath, previous);
}

export async function writeSearchIndex(content: Content, distDir: string, options: WriteOptions = {}): Promise<IndexSummary> {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= CHUNK_POSTINGS;
  const outputPath = path.join(distDir, BUNDLE_PATH);
  const records = [...searchRecords(content, options)].map(pagefindRecord);
  const recordsDigest = sha256(
    JSON.stringify({ pagefind: PAGEFIND_VERSION, chunk: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, records }),
  );
  const reuse = { written: 0, reused: 0 };
  const unchanged = reuseWhole(options.previous, options.previousInputs, recordsDigest, outputPath);
  if (!unchanged) {
    const { index, errors } = await pagefind.createIndex({ writePlayground: false });
    if (!index) throw failed('启动', errors);
    try {
      let batch: Array<Promise<{ errors: string[] }>> = [];
      const flush = async () => {
        const problems = (await Promise.all(batch)).flatMap((a) => a.errors);
        if (problems.length) throw failed('索引', problems);
        batch = [];
      };
      for (const record of records) {
        batch.push(index.addCustomRecord(record));
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      Object.assign(reuse, await writeBundle(index, outputPath, options.previous));
    } finally {
      await pagefind.close();
    }
  }
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(outputPath, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (UNUSED.test(entry.name)) fs.rmSync(file);
    else {
      files++;
      bytes += fs.statSync(file).size;
    }
  }
  if (unchanged) reuse.reused = files;
  const inputs = inputsLine(recordsDigest, sha256(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'))));
  return { records: records.length, files, bytes, ...reuse, inputs, unchanged };
}
