/**
 * Chinese text as Pagefind words, the same way for the index (Node) and the query (the search
 * page). Runs unchanged in both, so it has no imports and stays small.
 *
 * Index: each run of Han characters ABCD becomes its overlapping 2-grams and its last character,
 * `AB BC CD D` (a one-character run stays `A`). A 2-gram is a word to Pagefind, so any two
 * characters in a row are found (污分 in 雨污分流, a given name 振富), and a longer query is
 * found as its 2-grams in a row. The last character makes the text recoverable (`desegment`)
 * and lets a one-character query find the end of a run. Latin words and numbers stay whole
 * (Pagefind folds 838.5 to 8385 and 1,344 to 1344, in the index and in the query alike);
 * other punctuation is a word of its own, so a phrase never runs across a comma.
 *
 * Quotation marks and title brackets do not break a run: they ride on the word that follows
 * them (“学雷 → Pagefind indexes 学雷), so 2024年学雷锋 finds 2024年“学雷锋”, and the text
 * reads back with them.
 */

const TOKEN =
  /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+(?:[.,:'’\-_/](?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)*)|(\S)/gu;
const HAN = /^\p{Script=Han}$/u;
/** Marks that stay in the text but never separate words. */
export const TRANSPARENT = /[“”‘’「」『』《》〈〉"]/gu;

/** Full-width letters and digits as ASCII (２０１９ → 2019); Chinese punctuation stays as it is. */
export const fold = (text: string) => text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** The 2-grams of a Han run (and, for the index, its last character, alone). */
function grams(chars: string[], tail: boolean): string[] {
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  if (tail) out.push(chars[chars.length - 1]!);
  return out;
}

/**
 * Stands for a space before a word. Pagefind splits words at spaces and keeps none of them; an
 * ASCII mark on the word itself is dropped from the indexed word and kept in the stored text.
 */
const SPACE = '`';

/** Text as Pagefind's words, separated by spaces (a record's content or title). */
export function segment(text: string): string {
  // The text without transparent marks, and the marks (and spaces) that stood before each of its characters.
  let bare = '';
  let marks = '';
  const before: string[] = [];
  for (const c of fold(text.replaceAll(SPACE, '｀'))) {
    if (TRANSPARENT.test(c)) marks += c;
    else if (/\s/.test(c)) {
      if (bare && !marks.endsWith(SPACE)) marks += SPACE;
      bare += ' ';
    } else {
      before[bare.length] = marks;
      marks = '';
      bare += c;
    }
  }
  const out: string[] = [];
  for (const m of bare.matchAll(TOKEN)) {
    if (!m[1]) {
      out.push(before[m.index]! + m[0]);
      continue;
    }
    const chars = Array.from(m[1]);
    let offset = m.index;
    const starts = chars.map((c) => ((offset += c.length), offset - c.length));
    // Word i starts at character i: the 2-grams, then the tail at the last character.
    grams(chars, true).forEach((word, i) => out.push(before[starts[i]!]! + word));
  }
  if (marks.replaceAll(SPACE, '')) out.push(marks.replaceAll(SPACE, ''));
  return out.join(' ');
}

/** One part of a query (what the reader typed between spaces). */
export interface QueryPart {
  /** The part as typed, without quotation marks: what marks and suggestions look for. */
  text: string;
  /** Pagefind words of the part, in order. */
  words: string[];
  /** A single Han character: found as the start of any 2-gram, so never searched exactly. */
  single: boolean;
}

/** The query's parts; lone punctuation and empty parts are dropped. */
export function parseQuery(q: string): QueryPart[] {
  const parts: QueryPart[] = [];
  for (const raw of fold(q).replace(TRANSPARENT, '').split(/\s+/)) {
    const words: string[] = [];
    let text = '';
    const tokens = [...raw.matchAll(TOKEN)].filter(([, han, word]) => han || word);
    tokens.forEach(([, han, word], i) => {
      // A Han run followed by a number or word in the same part (文明20条) ends in its tail, as in the index.
      if (han) words.push(...grams(Array.from(han), i < tokens.length - 1));
      else words.push(word!);
      text += han ?? word;
    });
    if (words.length) parts.push({ text, words, single: words.length === 1 && HAN.test(words[0]!) });
  }
  return parts;
}

/** Segmented text back to the text: a Han 2-gram gives all but its last character, a run's tail all of it. */
export function desegment(segmented: string): string {
  let out = '';
  for (const word of segmented.split(' ')) {
    if (!word) continue;
    // A word that followed a space carries a mark for it.
    const token = word.startsWith(SPACE) ? word.slice(1) : word;
    if (token !== word && out) out += ' ';
    out += /^\p{Script=Han}{2}$/u.test(token.replace(TRANSPARENT, '')) ? Array.from(token).slice(0, -1).join('') : token;
  }
  return out;
}
