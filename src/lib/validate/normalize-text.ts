/**
 * The text a person would read, for the personal-data finders: what an editor (or a pasted
 * snippet) could vary to slip a number past a plain pattern is undone, while every character
 * still knows where it came from, so a message names the right line.
 * - character references (&#49; &#x31; &amp;) decoded, as the page will show them;
 * - compatibility forms folded (NFKC): full-width ０-９, Ａ-Ｚ, ＠, ＋ become ASCII;
 * - invisible characters (zero-width, direction marks, soft hyphen, fillers) removed;
 * - short runs of separators between two digits on one line removed: spaces, hyphens and
 *   dashes, dots, brackets, slashes and backslashes (138-1234-5678, 138 1234 5678, 138\-1234).
 * Only characters outside plain ASCII and CJK ideographs go through NFKC and the invisible test,
 * which keeps this fast on 10,000 entries.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

export interface NormalizedText {
  text: string;
  /** For each character of `text`, its offset in the original. */
  origin: number[];
}

const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u180E]/u;
const SEPARATORS = new Set([
  ...' \t\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u3000-‐‑‒–—―−﹣.·・。()（）[]【】/\\_~',
]);
const REFERENCE = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/;
const MAX_SEPARATOR_RUN = 3;

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
    for (const c of raw.normalize('NFKC')) {
      if (INVISIBLE.test(c)) continue;
      chars.push(c);
      origin.push(i);
    }
    i += ref?.length ?? raw.length;
  }
  // Separators between digits: a run is dropped when a digit stands on both sides.
  const text: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (SEPARATORS.has(chars[i]!) && isDigit(text.at(-1))) {
      let j = i;
      while (j < chars.length && j - i < MAX_SEPARATOR_RUN && SEPARATORS.has(chars[j]!)) j++;
      if (isDigit(chars[j]) || chars[j] === 'X' || chars[j] === 'x') {
        i = j - 1;
        continue;
      }
    }
    text.push(chars[i]!);
    from.push(origin[i]!);
  }
  return { text: text.join(''), origin: from };
}
