/**
 * The text a person would read, for the personal-data finders: what an editor (or a pasted
 * snippet) could vary to slip a number past a plain pattern is undone, while every character
 * still knows where it came from, so a message names the right line.
 * - character references (&#49; &#x31; &amp;) decoded, as the page will show them;
 * - compatibility forms folded (NFKC): full-width ０-９, Ａ-Ｚ, ＠, ＋ become ASCII;
 * - invisible characters (zero-width, direction marks, soft hyphen, fillers) removed;
 * - short runs of separators between two digits on one line removed: spaces, hyphens and
 *   dashes, dots, brackets, slashes and backslashes (138-1234-5678, 138 1234 5678, 138\-1234).
 * Only characters outside plain ASCII and CJK ideographs go through NFKC, which keeps this fast
 * on 10,000 entries.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

export interface NormalizedText {
  text: string;
  /** For each character of `text`, its offset in the original. */
  origin: number[];
}

const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u180E]/u;
const SEPARATOR = /[ \t\u00A0\u2000-\u200A\u3000\-‐‑‒–—―−﹣.·・。()（）[\]【】/\\_~]/u;
const REFERENCE = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/;
const MAX_SEPARATOR_RUN = 3;

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
    const ref = input[i] === '&' ? decodeReference(input.slice(i, i + 40)) : undefined;
    const raw = ref?.char ?? String.fromCodePoint(input.codePointAt(i)!);
    const code = raw.codePointAt(0)!;
    const folded = code < 0x80 || (code >= 0x4e00 && code <= 0x9fff) ? raw : raw.normalize('NFKC');
    for (const c of folded) {
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
    if (SEPARATOR.test(chars[i]!) && /\d/.test(text.at(-1) ?? '')) {
      let j = i;
      while (j < chars.length && j - i < MAX_SEPARATOR_RUN && SEPARATOR.test(chars[j]!)) j++;
      if (/[\dXx]/.test(chars[j] ?? '')) {
        i = j - 1;
        continue;
      }
    }
    text.push(chars[i]!);
    from.push(origin[i]!);
  }
  return { text: text.join(''), origin: from };
}
