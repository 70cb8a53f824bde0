/**
 * The files of the search index, shared by the indexer (Node) and the engine (browser and the
 * quality test). No imports: the search page bundles it.
 *
 *   /search-index/manifest.json         fetched on the first search; names the build's folder
 *   /search-index/<id>/meta.bin         one column per field for every document (ranking, filters, sort)
 *   /search-index/<id>/t/<bucket>.bin   the posting lists of the terms whose hash falls in the bucket
 *   /search-index/<id>/d/<group>.bin    what results show (url, title, type, date, text) for a run of documents
 *
 * `.bin` files are gzip-compressed JSON, so their size does not depend on how the web server is
 * set up. <id> is a hash of the contents: a new build never mixes with files a browser cached.
 */

export const INDEX_DIR = '/search-index/';
export const MANIFEST_PATH = `${INDEX_DIR}manifest.json`;
export const FORMAT_VERSION = 1;

export interface Manifest {
  version: number;
  id: string;
  buckets: number;
  docs: number;
}

/** Filter values are stored as 1-based indexes into these lists; 0 means "none". */
export interface Meta {
  docs: number;
  avgLength: number;
  values: { type: string[]; county: string[]; category: string[] };
  type: number[];
  county: number[];
  category: number[];
  /** Years a document belongs to (a release's year, every year a 好人 was honoured); 0 for none. */
  years: Array<number | number[]>;
  /** yyyymmdd (a 好人: the first day of the latest honour's period), 0 for none. */
  date: number[];
  /** Length in units (forEachTerm) of the body and of the title. */
  length: number[];
  titleLength: number[];
  /** How many documents each file d/<group>.bin holds, in document order. */
  groupSizes: number[];
}

export interface DocFile {
  url: string;
  title: string;
  type: string;
  date?: string;
  text: string;
}

/**
 * A bucket maps each of its terms to a flat list [doc, weight, doc, weight, …] with doc as the
 * difference from the previous doc. weight = 2 × (times in the body, at most 100) + 1 if the
 * term is in the title.
 */
export type Bucket = Record<string, number[]>;

export const MAX_TF = 100;

/** FNV-1a over UTF-16 units: the same bucket in Node and in every browser. */
export function bucketOf(term: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

export const metaPath = (id: string) => `${INDEX_DIR}${id}/meta.bin`;
export const bucketPath = (id: string, b: number) => `${INDEX_DIR}${id}/t/${b}.bin`;
export const groupPath = (id: string, group: number) => `${INDEX_DIR}${id}/d/${group}.bin`;
