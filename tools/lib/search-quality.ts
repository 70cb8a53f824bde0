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

export interface Graded {
  q: string;
  /** URL → grade; the highest grade marks the query's best page(s). */
  grades: Record<string, number>;
}
export interface GradedRun {
  q: string;
  ndcg: number;
  /** Rank (1-based) of the first best page in the results, 0 when it is not in the first ten. */
  bestRank: number;
  top: string[];
}
export interface GradedScore {
  ndcgAt10: number;
  runs: GradedRun[];
}

const dcg = (gains: number[]) => gains.slice(0, 10).reduce((a, g, i) => a + (2 ** g - 1) / Math.log2(i + 2), 0);

/** nDCG@10 with exponential gain (2^grade − 1), and the rank of each query's best page. */
export function scoreGraded(judged: Graded[], ranked: Ranked[]): GradedScore {
  const runs = judged.map((j) => {
    const run = ranked.find((r) => r.q === j.q);
    if (!run) throw new Error(`no run for ${j.q}`);
    const top = run.urls.slice(0, 10);
    const ideal = dcg(Object.values(j.grades).sort((a, b) => b - a));
    const best = Math.max(...Object.values(j.grades));
    return {
      q: j.q,
      ndcg: dcg(top.map((u) => j.grades[u] ?? 0)) / ideal,
      bestRank: top.findIndex((u) => j.grades[u] === best) + 1,
      top,
    };
  });
  return { ndcgAt10: runs.reduce((a, r) => a + r.ndcg, 0) / runs.length, runs };
}
