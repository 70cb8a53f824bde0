/**
 * Writes the search index of a content root (the layout is in index-format.ts). One pass over
 * the records builds every posting list (postings.ts), ordered by document, and packs the documents
 * into files of about DOC_GROUP_BYTES; then the buckets and the meta columns are written. Creating
 * files is what costs time on a busy disk, so small documents (a 站 is a few lines) share a file
 * while a long release gets one of its own. The output depends only on the content, so two
 * builds of the same content are byte-identical.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Content } from '../validate/schema-check';
import { forEachTerm, normalize } from './grams';
import { FORMAT_VERSION, INDEX_DIR, type DocFile, type Manifest, type Meta } from './index-format';
import { PostingsBuilder } from './postings';
import { searchRecords, type RecordOptions } from './records';

/** Raw JSON bytes a bucket holds on average (a few KB once compressed). */
const BUCKET_TARGET_BYTES = 16 * 1024;
/** A document file is closed once it holds this many bytes of JSON (about 1.5 KB compressed). */
const DOC_GROUP_BYTES = 4 * 1024;

export interface IndexSummary {
  records: number;
  terms: number;
  buckets: number;
  bytes: number;
  files: number;
}

const gzip = promisify(zlib.gzip);
/** Files compressed and written at once: zlib and fs work on libuv's threads while JSON is built. */
const IN_FLIGHT = 32;

/**
 * Writes files in the background, at most IN_FLIGHT at a time. The folder's name hashes each
 * file's name and JSON in the order they were queued, so it does not depend on which finished
 * first. The first failure (a full disk) is kept and thrown by finish(), so the step fails.
 */
class FileWriter {
  private pending = new Set<Promise<void>>();
  private failure?: unknown;
  private digest = createHash('sha256');
  bytes = 0;
  files = 0;
  constructor(private dir: string) {}

  async write(name: string, json: string): Promise<void> {
    this.digest.update(name).update(json);
    const job = gzip(json, { level: 9 }).then(async (data) => {
      await fs.promises.writeFile(path.join(this.dir, name), data);
      this.bytes += data.length;
      this.files++;
    });
    const settled = job.catch((error: unknown) => void (this.failure ??= error)).finally(() => this.pending.delete(settled));
    this.pending.add(settled);
    if (this.pending.size >= IN_FLIGHT) await Promise.race(this.pending);
  }

  async finish(): Promise<string> {
    await Promise.all(this.pending);
    if (this.failure) throw this.failure;
    return this.digest.digest('hex').slice(0, 12);
  }
}
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
  const out = new FileWriter(staging);

  const postings = new PostingsBuilder();
  const meta: Meta = {
    docs: 0,
    avgLength: 0,
    values: { type: [], county: [], category: [] },
    type: [],
    county: [],
    category: [],
    years: [],
    date: [],
    length: [],
    titleLength: [],
    groupSizes: [],
  };
  // The JSON of each document in the open group, serialized once.
  let group: string[] = [];
  let groupBytes = 0;
  const closeGroup = async () => {
    if (!group.length) return;
    await out.write(`d/${meta.groupSizes.length}.bin`, `[${group.join(',')}]`);
    meta.groupSizes.push(group.length);
    group = [];
    groupBytes = 0;
  };
  let totalLength = 0;
  let doc = 0;
  for (const r of searchRecords(content, options)) {
    const length = forEachTerm(normalize(r.text), (t) => postings.add(t, doc, false));
    const titleLength = forEachTerm(normalize(r.title), (t) => postings.add(t, doc, true));
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
    const json = JSON.stringify(file);
    const size = Buffer.byteLength(json) + 1;
    if (groupBytes && groupBytes + size > DOC_GROUP_BYTES) await closeGroup();
    group.push(json);
    groupBytes += size;
    doc++;
  }
  await closeGroup();
  meta.docs = doc;
  meta.avgLength = doc ? Math.round((totalLength / doc) * 10) / 10 : 0;
  await out.write('meta.bin', JSON.stringify(meta));

  const buckets = options.buckets ?? bucketCount(postings.estimatedBytes());
  let b = 0;
  for (const json of postings.buckets(buckets)) await out.write(`t/${b++}.bin`, json);

  const id = await out.finish();
  fs.renameSync(staging, path.join(root, id));
  const manifest: Manifest = { version: FORMAT_VERSION, id, buckets, docs: doc };
  fs.writeFileSync(path.join(root, 'manifest.json'), JSON.stringify(manifest));
  return { records: doc, terms: postings.terms, buckets, bytes: out.bytes, files: out.files + 1 };
}

/** A power of two, so that buckets average BUCKET_TARGET_BYTES of JSON. */
function bucketCount(raw: number): number {
  let n = 1;
  while (n * BUCKET_TARGET_BYTES < raw) n *= 2;
  return n;
}
