/** recall@10 and MRR of a judged query set, from the ranked result URLs of each query. */

export interface Judged {
  q: string;
  expected: string[];
}
export interface Ranked {
  q: string;
  urls: string[];
  count: number;
}
export interface QualityScore {
  recallAt10: number;
  mrr: number;
  noMatchCorrect: number;
  noMatchTotal: number;
  misses: string[];
}

/** `sameDocument` lets a whole-page index count /rules/ as a hit for /rules/#rule-3. */
export function scoreQuality(judged: Judged[], ranked: Ranked[], sameDocument = false): QualityScore {
  const key = (url: string) => (sameDocument ? url.replace(/#.*$/, '') : url);
  let recall = 0;
  let rr = 0;
  let n = 0;
  let noMatchCorrect = 0;
  let noMatchTotal = 0;
  const misses: string[] = [];
  for (const j of judged) {
    const run = ranked.find((r) => r.q === j.q);
    if (!run) throw new Error(`no run for ${j.q}`);
    if (j.expected.length === 0) {
      noMatchTotal++;
      if (run.count === 0) noMatchCorrect++;
      else misses.push(`${j.q}: ${run.count} results, expected none`);
      continue;
    }
    n++;
    const top = run.urls.slice(0, 10).map(key);
    const expected = [...new Set(j.expected.map(key))];
    const found = expected.filter((e) => top.includes(e));
    recall += found.length / expected.length;
    const first = top.findIndex((u) => expected.includes(u));
    rr += first < 0 ? 0 : 1 / (first + 1);
    if (found.length < expected.length) misses.push(`${j.q}: found ${found.length}/${expected.length}, first at ${first + 1}`);
  }
  return { recallAt10: recall / n, mrr: rr / n, noMatchCorrect, noMatchTotal, misses };
}
