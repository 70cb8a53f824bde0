/**
 * Relevance of one term in one document: Okapi BM25 on the body, plus a bonus when the term is
 * in the title. Both grow with the term's rarity (idf), so a rare name in a title beats a common
 * word anywhere. The engine multiplies a document's sum by up to 2 when its title is the query.
 * idf is computed once per posting list, not once per posting.
 */
const K1 = 1.2;
const B = 0.75;
/** A title occurrence counts as much as this many body occurrences would at saturation. */
const TITLE_WEIGHT = 1.5;

export const idf = (df: number, docs: number) => Math.log(1 + (docs - df + 0.5) / (df + 0.5));

export function bm25(tf: number, termIdf: number, length: number, avgLength: number): number {
  if (tf === 0) return 0;
  const norm = K1 * (1 - B + (B * length) / (avgLength || 1));
  return (termIdf * tf * (K1 + 1)) / (tf + norm);
}

export const titleBonus = (termIdf: number) => TITLE_WEIGHT * (K1 + 1) * termIdf;
