/**
 * Writes the Pagefind index of a content root's search records. Records are streamed to
 * Pagefind's service in small batches, so Node never holds more than a batch of them; the
 * memory that matters is Pagefind's own binary (see docs/search.md).
 */
import * as pagefind from 'pagefind';
import type { Content } from '../validate/schema-check';
import { countRecords, searchRecords, type RecordOptions, type SearchRecord } from './records';
import fs from 'node:fs';
import { shardCount, shardPath, SHARDS_FILE } from './shards';

const BATCH = 128;

export interface IndexSummary { records: number; chars: number; addMs: number; writeMs: number }

export interface WriteOptions extends RecordOptions { shards?: number }

/** Writes the bundles into DIST/pagefind… (`distDir`), one Pagefind process at a time; bundle k gets records k, k+n, k+2n, …. */
export async function writeSearchIndex(content: Content, distDir: string, options: WriteOptions = {}): Promise<IndexSummary> {
  const shards = options.shards ?? shardCount(countRecords(content, options));
  const total: IndexSummary = { records: 0, chars: 0, addMs: 0, writeMs: 0 };
  for (let k = 0; k < shards; k++) {
    const part = await writeShard(content, `${distDir}${shardPath(k)}`, options, (i) => i % shards === k);
    total.records += part.records;
    total.chars += part.chars;
    total.addMs += part.addMs;
    total.writeMs += part.writeMs;
  }
  fs.writeFileSync(`${distDir}${SHARDS_FILE}`, JSON.stringify({ shards }));
  return total;
}

async function writeShard(content: Content, outputPath: string, options: RecordOptions, mine: (i: number) => boolean): Promise<IndexSummary> {
  const { index, errors } = await pagefind.createIndex({ writePlayground: false });
  if (!index || errors.length) throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
  try {
    const start = performance.now();
    let records = 0;
    let chars = 0;
    let batch: SearchRecord[] = [];
    const flush = async () => {
      const added = await Promise.all(batch.map((r) => index.addCustomRecord(r)));
      const failed = added.flatMap((a) => a.errors);
      if (failed.length) throw new Error(`Pagefind 索引失败：${failed.join('；')}`);
      batch = [];
    };
    for (const record of searchRecords(content, options, mine)) {
      records++;
      chars += record.content.length;
      batch.push(record);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    const added = performance.now();
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('；')}`);
    return { records, chars, addMs: Math.round(added - start), writeMs: Math.round(performance.now() - added) };
  } finally {
    await pagefind.close();
  }
}
