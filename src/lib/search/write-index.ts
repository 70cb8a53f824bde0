/**
 * Writes the search index of a content root (the layout is in index-format.ts). One pass over
 * the records builds every posting list in memory, ordered by document, and packs the documents
 * into files of about DOC_GROUP_BYTES; then the buckets and the meta columns are written. Creating
 * files is what costs time on a busy disk, so small documents (a 站 is a few lines) share a file
 * while a long release gets one of its own. The output depends only on the content, so two
 * builds of the same content are byte-identical.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Content } from '../validate/schema-check';
import { forEachTerm, normalize } from './grams';
import { bucketOf, FORMAT_VERSION, INDEX_DIR, MAX_TF, type Bucket, type DocFile, type Manifest, type Meta } from './index-format';
import { searchRecords, type RecordOptions, type SearchRecord } from './records';

/** Raw JSON bytes a bucket holds on average (a few KB once compressed). */
const BUCKET_TARGET_BYTES = 16 * 1024;
/** A document file is closed once it holds this many bytes of JSON (about 1.5 KB compressed). */
const DOC_GROUP_BYTES = 4 * 1024;

export interface IndexSummary { records: number; terms: number; buckets: number; bytes: number; files: number }

interface Postings { last: number; list: number[] }

const gzip = (value: unknown) => zlib.gzipSync(JSON.stringify(value), { level: 9 });
const yyyymmdd = (date?: string) => (date ? Number(`${date}-01`.slice(0, 10).replace(/-/g, '')) : 0);

function valueIndex(values: string[], value?: string): number {
  if (!value) return 0;
  let i = values.indexOf(value);
  if (i < 0) i = values.push(value) - 1;
  return i + 1;
}

export interface WriteOptions extends RecordOptions {
  /** Number of term buckets (a power of two); by default from the index size. Tests force it. */
  buckets?: number;
}

export async function writeSearchIndex(content: Content, distDir: string, options: WriteOptions = {}): Promise<IndexSummary> {
  const root = path.join(distDir, INDEX_DIR);
  fs.rmSync(root, { recursive: true, force: true });
  const staging = path.join(root, 'staging');
  fs.mkdirSync(path.join(staging, 'd'), { recursive: true });
  fs.mkdirSync(path.join(staging, 't'));
  const digest = createHash('sha256');
  let bytes = 0;
  let files = 0;
  const write = (name: string, data: Buffer) => {
    fs.writeFileSync(path.join(staging, name), data);
    digest.update(name).update(data);
    bytes += data.length;
    files++;
  };

  const terms = new Map<string, Postings>();
  const meta: Meta = {
    docs: 0, avgLength: 0, values: { type: [], county: [], category: [] },
    type: [], county: [], category: [], years: [], date: [], length: [], titleLength: [], groupSizes: [],
  };
  let group: DocFile[] = [];
  let groupBytes = 0;
  const closeGroup = () => {
    if (!group.length) return;
    write(`d/${meta.groupSizes.length}.bin`, gzip(group));
    meta.groupSizes.push(group.length);
    group = [];
    groupBytes = 0;
  };
  let totalLength = 0;
  let doc = 0;
  for (const r of searchRecords(content, options)) {
    const { length, titleLength } = addPostings(terms, doc, r);
    totalLength += length;
    meta.type.push(valueIndex(meta.values.type, r.type));
    meta.county.push(valueIndex(meta.values.county, r.county));
    meta.category.push(valueIndex(meta.values.category, r.category));
    const years = (r.years ?? []).map(Number);
    meta.years.push(years.length === 0 ? 0 : years.length === 1 ? years[0]! : years);
    meta.date.push(yyyymmdd(r.date));
    meta.length.push(length);
    meta.titleLength.push(titleLength);
    const file: DocFile = { url: r.url, title: r.title, type: r.type, ...(r.date && { date: r.date }), text: r.text };
    const size = Buffer.byteLength(JSON.stringify(file));
    if (groupBytes && groupBytes + size > DOC_GROUP_BYTES) closeGroup();
    group.push(file);
    groupBytes += size;
    doc++;
  }
  closeGroup();
  meta.docs = doc;
  meta.avgLength = doc ? Math.round((totalLength / doc) * 10) / 10 : 0;
  write('meta.bin', gzip(meta));

  const buckets = options.buckets ?? bucketCount(terms);
  const grouped: Bucket[] = Array.from({ length: buckets }, () => ({}));
  for (const term of [...terms.keys()].sort()) grouped[bucketOf(term, buckets)]![term] = terms.get(term)!.list;
  terms.clear();
  grouped.forEach((b, i) => write(`t/${i}.bin`, gzip(b)));

  const id = digest.digest('hex').slice(0, 12);
  fs.renameSync(staging, path.join(root, id));
  const manifest: Manifest = { version: FORMAT_VERSION, id, buckets, docs: doc };
  fs.writeFileSync(path.join(root, 'manifest.json'), JSON.stringify(manifest));
  return { records: doc, terms: grouped.reduce((n, b) => n + Object.keys(b).length, 0), buckets, bytes, files: files + 1 };
}

/** Adds one record's terms to the posting lists; returns the body's and the title's length. */
function addPostings(terms: Map<string, Postings>, doc: number, r: SearchRecord): { length: number; titleLength: number } {
  const tf = new Map<string, number>();
  const length = forEachTerm(normalize(r.text), (t) => tf.set(t, (tf.get(t) ?? 0) + 1));
  const inTitle = new Set<string>();
  const titleLength = forEachTerm(normalize(r.title), (t) => inTitle.add(t));
  for (const t of inTitle) if (!tf.has(t)) tf.set(t, 0);
  for (const [term, n] of tf) {
    const weight = 2 * Math.min(n, MAX_TF) + (inTitle.has(term) ? 1 : 0);
    let p = terms.get(term);
    if (!p) terms.set(term, (p = { last: 0, list: [] }));
    p.list.push(doc - p.last, weight);
    p.last = doc;
  }
  return { length, titleLength };
}

/** A power of two, so that buckets average BUCKET_TARGET_BYTES of JSON. */
function bucketCount(terms: Map<string, Postings>): number {
  let raw = 0;
  for (const [term, p] of terms) raw += term.length * 3 + 4 + p.list.length * 2.5;
  let n = 1;
  while (n * BUCKET_TARGET_BYTES < raw) n *= 2;
  return n;
}
