/**
 * What a result shows of its text: a short passage around the first match, with every match of
 * the query marked, as plain-text pieces (the page renders them with textContent and <mark>, so
 * no stored text is ever parsed as HTML). Matching is on normalized text, marks on the original.
 */
import { normalize, normalizeWithMap, type QueryToken } from './grams';

export interface Piece {
  text: string;
  mark: boolean;
}

/** Characters shown before the first match and in all. */
const BEFORE = 16;
const LENGTH = 72;

/** Ranges [start, end) of `text` (original indexes) where a token occurs. */
function matches(text: string, tokens: QueryToken[]): Array<[number, number]> {
  const { norm, from } = normalizeWithMap(text);
  const out: Array<[number, number]> = [];
  for (const t of tokens) {
    for (let i = norm.indexOf(t.text); i >= 0; i = norm.indexOf(t.text, i + t.text.length)) {
      // End after the original character the match's last unit came from, not before the next
      // one: a folded quotation mark between them stays outside the mark.
      const last = from[i + t.text.length - 1]!;
      out.push([from[i]!, last + (text.codePointAt(last)! > 0xffff ? 2 : 1)]);
    }
  }
  return out.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

/** Splits text[start, end) into marked and unmarked pieces. */
function pieces(text: string, start: number, end: number, ranges: Array<[number, number]>): Piece[] {
  const out: Piece[] = [];
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= at || s >= end) continue;
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(Math.max(s, at), Math.min(e, end)), mark: true });
    at = Math.min(e, end);
  }
  if (at < end) out.push({ text: text.slice(at, end), mark: false });
  return out;
}

/** The title with its matches marked. */
export const markTitle = (title: string, tokens: QueryToken[]): Piece[] => pieces(title, 0, title.length, matches(title, tokens));

/** A passage of the text around the first match (the start of the text when only the title matched). */
export function excerpt(text: string, tokens: QueryToken[]): Piece[] {
  const ranges = matches(text, tokens);
  const chars = Array.from(text);
  // Work in code points so a cut never splits a character.
  const offsets: number[] = [];
  let o = 0;
  for (const c of chars) {
    offsets.push(o);
    o += c.length;
  }
  offsets.push(o);
  const firstChar = ranges.length ? offsets.findIndex((x) => x >= ranges[0]![0]) : 0;
  const from = Math.max(0, Math.min(firstChar - BEFORE, chars.length - LENGTH));
  const to = Math.min(chars.length, from + LENGTH);
  const out = pieces(text, offsets[from]!, offsets[to]!, ranges);
  if (from > 0) out.unshift({ text: '…', mark: false });
  if (to < chars.length) out.push({ text: '…', mark: false });
  return out;
}

/** Whether a document really holds every phrase token (long Han tokens match by 3-grams first). */
export function holdsPhrases(doc: { title: string; text: string }, tokens: QueryToken[]): boolean {
  const phrases = tokens.filter((t) => t.phrase);
  if (!phrases.length) return true;
  const norm = `${normalize(doc.title)}\n${normalize(doc.text)}`;
  return phrases.every((t) => norm.includes(t.text));
}
