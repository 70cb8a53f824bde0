/**
 * What a result shows of its text: a short passage around the first match, with every match of
 * the query marked, as plain-text pieces (the page renders them with textContent and <mark>, so
 * no stored text is ever parsed as HTML). Matching ignores case, quotation marks and the
 * punctuation inside numbers, as Pagefind does (1,344 marks 1344); marks fall on the text.
 */
import type { QueryPart } from './segment';

export interface Piece {
  text: string;
  mark: boolean;
}

/** Characters shown before the first match and in all. */
const BEFORE = 16;
const LENGTH = 72;
const SKIP = /[“”‘’「」『』《》〈〉".,:'\-_/]/u;

/** The text folded for matching, and for each of its UTF-16 units the index it came from. */
function loose(text: string): { norm: string; from: number[] } {
  let norm = '';
  const from: number[] = [];
  for (let i = 0; i < text.length;) {
    const c = String.fromCodePoint(text.codePointAt(i)!);
    if (!SKIP.test(c)) {
      const lower = c.toLowerCase();
      norm += lower;
      for (let k = 0; k < lower.length; k++) from.push(i);
    }
    i += c.length;
  }
  return { norm, from };
}

/** Ranges [start, end) of `text` where a part of the query occurs, in order. */
function matches(text: string, parts: QueryPart[]): Array<[number, number]> {
  const { norm, from } = loose(text);
  const out: Array<[number, number]> = [];
  for (const p of parts) {
    const needle = loose(p.text).norm;
    if (!needle) continue;
    for (let i = norm.indexOf(needle); i >= 0; i = norm.indexOf(needle, i + needle.length)) {
      // End after the character the match's last unit came from, so a skipped mark after it stays outside.
      const last = from[i + needle.length - 1]!;
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
export const markTitle = (title: string, parts: QueryPart[]): Piece[] => pieces(title, 0, title.length, matches(title, parts));

/** A passage of the text around the first match (the start of the text when only the title matched). */
export function excerpt(text: string, parts: QueryPart[]): Piece[] {
  const ranges = matches(text, parts);
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
