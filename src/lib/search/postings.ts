/**
 * Posting lists for the whole site, built in typed arrays: one (term, doc, count) row per term a
 * document holds, appended in document order. Real text gives a million distinct 3-grams or more
 * at 10,000 entries, most of them in a single document; a JS array per term would cost more
 * memory and garbage collection than the text itself. At the end a counting sort groups the rows
 * by term, still in document order, and each bucket is serialized straight to JSON.
 */
import { bucketOf, MAX_TF } from './index-format';

class Column {
  data: Int32Array;
  constructor(capacity: number) {
    this.data = new Int32Array(capacity);
  }
  grow(size: number): void {
    if (size <= this.data.length) return;
    const next = new Int32Array(Math.max(size, this.data.length * 2));
    next.set(this.data);
    this.data = next;
  }
}

export class PostingsBuilder {
  private ids = new Map<string, number>();
  private words: string[] = [];
  /** Per term: the last document that had it and its row there. */
  private lastDoc = new Column(1 << 16);
  private lastRow = new Column(1 << 16);
  private term = new Column(1 << 20);
  private doc = new Column(1 << 20);
  /** 2 × body count + 1 when in the title (capped when written). */
  private count = new Column(1 << 20);
  private rows = 0;

  get terms(): number {
    return this.words.length;
  }

  /** Adds one occurrence of `word` in document `doc` (documents in increasing order). */
  add(word: string, doc: number, inTitle: boolean): void {
    let t = this.ids.get(word);
    if (t === undefined) {
      t = this.words.push(word) - 1;
      this.ids.set(word, t);
      this.lastDoc.grow(t + 1);
      this.lastRow.grow(t + 1);
      this.lastDoc.data[t] = -1;
    }
    let row: number;
    if (this.lastDoc.data[t] === doc) row = this.lastRow.data[t]!;
    else {
      row = this.rows++;
      if (this.rows > this.term.data.length) {
        this.term.grow(this.rows);
        this.doc.grow(this.rows);
        this.count.grow(this.rows);
      }
      this.term.data[row] = t;
      this.doc.data[row] = doc;
      this.count.data[row] = 0;
      this.lastDoc.data[t] = doc;
      this.lastRow.data[t] = row;
    }
    if (inTitle) this.count.data[row]! |= 1;
    else this.count.data[row]! += 2;
  }

  /** JSON of every bucket: {"term":[docDelta, weight, …], …}, terms in order of first appearance. */
  *buckets(buckets: number): Generator<string> {
    const n = this.words.length;
    // Rows grouped by term, each group in document order.
    const start = new Int32Array(n + 1);
    for (let r = 0; r < this.rows; r++) start[this.term.data[r]! + 1]!++;
    for (let t = 0; t < n; t++) start[t + 1]! += start[t]!;
    const fill = start.slice(0, n);
    const order = new Int32Array(this.rows);
    for (let r = 0; r < this.rows; r++) order[fill[this.term.data[r]!]!++] = r;
    // Terms grouped by bucket.
    const bucket = new Int32Array(n);
    const perBucket = new Int32Array(buckets + 1);
    for (let t = 0; t < n; t++) perBucket[(bucket[t] = bucketOf(this.words[t]!, buckets)) + 1]!++;
    for (let b = 0; b < buckets; b++) perBucket[b + 1]! += perBucket[b]!;
    const bucketFill = perBucket.slice(0, buckets);
    const byBucket = new Int32Array(n);
    for (let t = 0; t < n; t++) byBucket[bucketFill[bucket[t]!]!++] = t;

    for (let b = 0; b < buckets; b++) {
      const parts: string[] = [];
      for (let i = perBucket[b]!; i < perBucket[b + 1]!; i++) {
        const t = byBucket[i]!;
        const list: number[] = [];
        let last = 0;
        for (let k = start[t]!; k < start[t + 1]!; k++) {
          const r = order[k]!;
          const c = this.count.data[r]!;
          list.push(this.doc.data[r]! - last, 2 * Math.min(c >> 1, MAX_TF) + (c & 1));
          last = this.doc.data[r]!;
        }
        parts.push(`${JSON.stringify(this.words[t])}:[${list.join(',')}]`);
      }
      yield `{${parts.join(',')}}`;
    }
  }

  /** Rough JSON size of all buckets, to choose their number. */
  estimatedBytes(): number {
    let bytes = this.rows * 5;
    for (const w of this.words) bytes += w.length * 3 + 4;
    return bytes;
  }
}
