/**
 * The search engine over the files index-format.ts describes. Runs in the browser (the search
 * page) and in Node (the quality test), with a loader for each; it fetches only the manifest,
 * the meta columns, the buckets of the query's terms and the document files of the results shown.
 *
 * Every query token must match (AND). A token of up to three Han characters, or a word, is one
 * posting list, so its matches are exact; a longer Han token intersects its 3-grams, and the
 * results shown are checked against their text (docs/search.md, "Exactness").
 */
import { parseQuery, type QueryToken } from './grams';
import { bm25, idf, titleBonus } from './score';
import {
  bucketOf,
  bucketPath,
  FORMAT_VERSION,
  groupPath,
  MANIFEST_PATH,
  metaPath,
  type Bucket,
  type DocFile,
  type Manifest,
  type Meta,
} from './index-format';

/** Reads one index file as JSON (gzip already undone). */
export type Loader = (path: string) => Promise<unknown>;

export type FilterName = 'type' | 'county' | 'category' | 'year';
export interface SearchOptions {
  filters?: Partial<Record<FilterName, string>>;
  sort?: 'relevance' | 'date';
}
export interface SearchResult {
  tokens: QueryToken[];
  docs: number[];
}

export class SearchEngine {
  private meta?: Promise<Meta>;
  private buckets = new Map<number, Promise<Bucket>>();
  private groups = new Map<number, Promise<DocFile[]>>();
  private groupStarts?: number[];

  private constructor(
    private load: Loader,
    readonly manifest: Manifest,
  ) {}

  static async open(load: Loader): Promise<SearchEngine> {
    const manifest = (await load(MANIFEST_PATH)) as Manifest;
    if (manifest.version !== FORMAT_VERSION)
      throw new Error(`search index format ${manifest.version}, expected ${FORMAT_VERSION}`);
    return new SearchEngine(load, manifest);
  }

  private getMeta(): Promise<Meta> {
    return (this.meta ??= this.load(metaPath(this.manifest.id)) as Promise<Meta>);
  }

  private async postings(term: string): Promise<number[] | undefined> {
    const b = bucketOf(term, this.manifest.buckets);
    let bucket = this.buckets.get(b);
    if (!bucket) this.buckets.set(b, (bucket = this.load(bucketPath(this.manifest.id, b)) as Promise<Bucket>));
    return (await bucket)[term];
  }

  /** Matching documents, best first (or newest first). */
  async search(q: string, options: SearchOptions = {}): Promise<SearchResult> {
    const tokens = parseQuery(q);
    const terms = [...new Set(tokens.flatMap((t) => t.terms))];
    const empty = { tokens, docs: [] };
    if (!terms.length) return empty;
    const [meta, lists] = await Promise.all([this.getMeta(), Promise.all(terms.map((t) => this.postings(t)))]);
    if (lists.some((l) => !l)) return empty;

    const n = meta.docs;
    const allow = docFilter(meta, options.filters ?? {});
    const hits = new Uint16Array(n);
    const score = new Float64Array(n);
    const inTitle = new Uint16Array(n);
    for (const list of lists as number[][]) {
      const termIdf = idf(list.length / 2, n);
      const bonus = titleBonus(termIdf);
      let doc = 0;
      for (let i = 0; i < list.length; i += 2) {
        doc += list[i]!;
        const w = list[i + 1]!;
        hits[doc] = hits[doc]! + 1;
        score[doc] = score[doc]! + bm25(w >> 1, termIdf, meta.length[doc]!, meta.avgLength) + (w & 1 ? bonus : 0);
        if (w & 1) inTitle[doc] = inTitle[doc]! + 1;
      }
    }
    const queryLength = tokens.reduce((sum, t) => sum + (t.han ? Array.from(t.text).length : 1), 0);
    const docs: number[] = [];
    for (let d = 0; d < n; d++) {
      if (hits[d] !== lists.length || !allow(d)) continue;
      // A title that is the query itself (a person's name) outranks every mention of it.
      const exact = inTitle[d] === lists.length ? Math.min(1, queryLength / Math.max(1, meta.titleLength[d]!)) : 0;
      score[d] = score[d]! * (1 + exact);
      docs.push(d);
    }
    const byScore = (a: number, b: number) => score[b]! - score[a]! || meta.date[b]! - meta.date[a]! || a - b;
    docs.sort(options.sort === 'date' ? (a, b) => meta.date[b]! - meta.date[a]! || byScore(a, b) : byScore);
    return { tokens, docs };
  }

  /** The stored document (url, title, type, date, text). */
  async document(doc: number): Promise<DocFile> {
    const meta = await this.getMeta();
    if (!this.groupStarts) {
      let start = 0;
      this.groupStarts = meta.groupSizes.map((size) => ((start += size), start - size));
    }
    const starts = this.groupStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= doc) lo = mid;
      else hi = mid - 1;
    }
    let group = this.groups.get(lo);
    if (!group) this.groups.set(lo, (group = this.load(groupPath(this.manifest.id, lo)) as Promise<DocFile[]>));
    return (await group)[doc - starts[lo]!]!;
  }
}

/** A predicate over document numbers for the chosen filter values (all must hold). */
function docFilter(meta: Meta, f: SearchOptions['filters'] & object): (d: number) => boolean {
  const tests: Array<(d: number) => boolean> = [];
  for (const key of ['type', 'county', 'category'] as const) {
    if (!f[key]) continue;
    // A value no document has (indexOf -1) must match nothing, not the documents without one.
    const value = meta.values[key].indexOf(f[key]!) + 1;
    tests.push((d) => value > 0 && meta[key][d] === value);
  }
  if (f.year) {
    const year = Number(f.year);
    tests.push((d) => {
      const y = meta.years[d]!;
      return Array.isArray(y) ? y.includes(year) : y === year;
    });
  }
  return (d) => tests.every((t) => t(d));
}
