/**
 * What the search index stores for a text and what a query looks up. Runs unchanged in Node (the
 * indexer) and in the browser (the search page), so it has no imports and must stay small.
 *
 * Index: every run of Han characters gives all its 1-, 2- and 3-character substrings, so any
 * query of up to three characters (a surname, a given name 玉富, a word 好人, a name 赵玉富) is
 * an exact lookup of one posting list. Latin words and numbers are indexed whole (838.5,
 * 0558-1234567), by their parts (0558, 1234567) and, for 1,344, also as 1344.
 * Query: each Han run longer than three characters is covered by overlapping 3-grams (雨污分流 →
 * 雨污分 污分流), which the engine intersects and then checks as a phrase in the result's text.
 */

/** Dropped before indexing and searching, so 2024年“学雷锋” is found by 2024年学雷锋. */
const QUOTES = /[“”‘’「」『』《》〈〉"]/;
const TOKEN =
  /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+(?:[.,'’\-_](?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)*)/gu;
const JOINER = /[.,'’\-_]/;
const GROUPED_NUMBER = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** One character as the index sees it: NFKC (全角 → half width), lower case, quotes gone. */
function normalizeChar(c: string): string {
  const code = c.codePointAt(0)!;
  if (code < 0x80) return c.toLowerCase();
  if (code >= 0x4e00 && code <= 0x9fff) return c;
  return QUOTES.test(c) ? '' : c.normalize('NFKC').toLowerCase();
}

export const normalize = (text: string): string => Array.from(text, normalizeChar).join('');

/**
 * The normalized text with, for each of its UTF-16 units, the index in `text` where the
 * character it came from starts: what the excerpt needs to highlight the original text.
 */
export function normalizeWithMap(text: string): { norm: string; from: number[] } {
  let norm = '';
  const from: number[] = [];
  let i = 0;
  for (const c of text) {
    const n = normalizeChar(c);
    norm += n;
    for (let k = 0; k < n.length; k++) from.push(i);
    i += c.length;
  }
  return { norm, from };
}

/** Words of a non-Han token, as indexed: the whole, its parts, and a grouped number without commas. */
function wordForms(token: string): string[] {
  const forms = [token];
  if (JOINER.test(token)) forms.push(...token.split(JOINER).filter(Boolean));
  if (GROUPED_NUMBER.test(token)) forms.push(token.replace(/,/g, ''));
  return forms;
}

/**
 * Calls `add` once for every term occurrence of an already normalized text; returns its length
 * in units (Han characters plus words), which the ranking uses.
 */
export function forEachTerm(norm: string, add: (term: string) => void): number {
  let length = 0;
  for (const m of norm.matchAll(TOKEN)) {
    if (m[1]) {
      const c = Array.from(m[1]);
      length += c.length;
      for (let i = 0; i < c.length; i++) {
        add(c[i]!);
        if (i + 1 < c.length) add(c[i]! + c[i + 1]!);
        if (i + 2 < c.length) add(c[i]! + c[i + 1]! + c[i + 2]!);
      }
    } else {
      length++;
      for (const w of wordForms(m[2]!)) add(w);
    }
  }
  return length;
}

/** One thing a result must contain: the posting lists to intersect, and the text to check. */
export interface QueryToken {
  text: string;
  terms: string[];
  han: boolean;
  phrase: boolean;
}

/** The query as tokens (every one must match); empty when nothing searchable is left. */
export function parseQuery(q: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  for (const m of normalize(q).matchAll(TOKEN)) {
    if (m[2]) {
      tokens.push({ text: m[2], terms: [m[2]], han: false, phrase: false });
      continue;
    }
    const c = Array.from(m[1]!);
    if (c.length <= 3) {
      tokens.push({ text: m[1]!, terms: [m[1]!], han: true, phrase: false });
      continue;
    }
    const starts = new Set<number>();
    for (let i = 0; i + 3 < c.length; i += 3) starts.add(i);
    starts.add(c.length - 3);
    const terms = [...starts].map((i) => c.slice(i, i + 3).join(''));
    tokens.push({ text: m[1]!, terms, han: true, phrase: true });
  }
  return tokens;
}
