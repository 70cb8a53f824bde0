/**
 * The text a person would read, for the personal-data finders: what an editor (or a pasted
 * snippet) could vary to slip a number past a plain pattern is undone, while every character
 * still knows where it came from, so a message names the right line.
 * - character references (&#49; &#x31; &amp;) decoded, as the page will show them;
 * - compatibility forms folded (NFKC): full-width ０-９, Ａ-Ｚ, ＠, ＋ become ASCII;
 * - invisible characters (zero-width, direction marks, soft hyphen, fillers) removed;
 * - short runs of separators between two digits removed: spaces, hyphens and dashes, dots,
 *   brackets, slashes and backslashes (138-1234-5678, 138 1234 5678, 138\-1234), Markdown
 *   emphasis marks and short HTML tags (**138**1234, 138<b>1234</b>), and one line break (a
 *   number pasted from a PDF across two lines); a blank line (a new paragraph) ends a number;
 * - ×, ✕ and the like after a digit read as the X of an ID number.
 * Only characters outside plain ASCII and CJK ideographs go through NFKC and the invisible test,
 * which keeps this fast on 10,000 entries.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

export interface NormalizedText {
  text: string;
  /** For each character of `text`, its offset in the original. */
  origin: number[];
  /**
   * Offsets in `text` where separators were dropped: a number may end or begin there, so that
   * `138 1234 5678 139 1234 5678` still reads as two numbers.
   */
  joins: Set<number>;
}

const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u180E]/u;
const SPACES = new Set([...' \t\r\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u3000']);
const SEPARATORS = new Set([...SPACES, ...'-‐‑‒–—―−﹣.·・。()（）[]【】/\\_~*`']);
/** Characters typed for the X that ends some ID numbers (× is what a Chinese input method offers). */
const X_LIKE = new Set([...'×✕✖⨯╳ХхΧχ']);
/** At most this many visible separators, spaces and line breaks between two digits. */
const MAX_MARKS = 4;
const MAX_SPACES = 4;
const MAX_TAG = 12;
const REFERENCE = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function decodeReference(rest: string): { char: string; length: number } | undefined {
  const m = REFERENCE.exec(rest);
  if (!m) return undefined;
  const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : undefined;
  if (code !== undefined)
    return code > 0 && code <= 0x10ffff ? { char: String.fromCodePoint(code), length: m[0].length } : undefined;
  const named = decodeNamedCharacterReference(m[3]!);
  return named === false ? undefined : { char: named, length: m[0].length };
}

export function normalizeText(input: string): NormalizedText {
  const chars: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < input.length;) {
    const code = input.charCodeAt(i);
    // Plain ASCII and CJK ideographs, nearly all of any text, are kept as they are.
    if ((code < 0x80 && code !== 0x26) || (code >= 0x4e00 && code <= 0x9fff)) {
      chars.push(input[i]!);
      origin.push(i++);
      continue;
    }
    const ref = code === 0x26 ? decodeReference(input.slice(i, i + 40)) : undefined;
    const raw = ref?.char ?? String.fromCodePoint(input.codePointAt(i)!);
    if (X_LIKE.has(raw) && isDigit(chars.at(-1))) {
      chars.push('X');
      origin.push(i);
      i += ref?.length ?? raw.length;
      continue;
    }
    for (const c of raw.normalize('NFKC')) {
      if (INVISIBLE.test(c)) continue;
      chars.push(c);
      origin.push(i);
    }
    i += ref?.length ?? raw.length;
  }
  // Separators between digits: a run is dropped when a digit (or an ID's X) follows it.
  const text: string[] = [];
  const from: number[] = [];
  const joins = new Set<number>();
  for (let i = 0; i < chars.length; i++) {
    if (isDigit(text.at(-1))) {
      const end = separatorRunEnd(chars, i);
      if (end > i && (isDigit(chars[end]) || chars[end] === 'X' || chars[end] === 'x')) {
        joins.add(text.length);
        i = end - 1;
        continue;
      }
    }
    text.push(chars[i]!);
    from.push(origin[i]!);
  }
  return { text: text.join(''), origin: from, joins };
}

/** Where a run of separators starting at `i` ends (i itself when there is none worth joining over). */
function separatorRunEnd(chars: string[], i: number): number {
  let marks = 0;
  let spaces = 0;
  let breaks = 0;
  let j = i;
  while (j < chars.length) {
    const c = chars[j]!;
    if (c === '\n') {
      if (++breaks > 1) return i;
      j++;
    } else if (SPACES.has(c)) {
      if (++spaces > MAX_SPACES) return i;
      j++;
    } else if (SEPARATORS.has(c)) {
      if (++marks > MAX_MARKS) return i;
      j++;
    } else if (c === '<') {
      const close = chars.indexOf('>', j);
      if (close < 0 || close - j > MAX_TAG || chars.slice(j, close).includes('\n') || ++marks > MAX_MARKS) return i;
      j = close + 1;
    } else break;
  }
  return j;
}
