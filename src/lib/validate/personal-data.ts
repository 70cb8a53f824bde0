/**
 * Finders for personal data that must never be published about private citizens: 18-digit
 * resident ID numbers (GB 11643: a real date of birth and a valid check digit), mainland mobile
 * numbers (with or without +86 / 0086) and e-mail addresses. They read the text as normalized by
 * normalize-text.ts, so full-width digits, invisible characters, character references and
 * separators between digits do not hide a number.
 */
import { isRealDate } from '../schemas/common';
import { normalizeText } from './normalize-text';

export interface Finding {
  kind: 'id-number' | 'mobile' | 'email';
  /** Offset in the scanned (original) text. */
  index: number;
  /** The match, normalized and masked so that logs do not repeat it. */
  masked: string;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function isResidentIdNumber(value: string): boolean {
  if (!/^[1-9]\d{16}[\dXx]$/.test(value)) return false;
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!/^(18|19|20)/.test(birth) || !isRealDate(birth)) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  return ID_CHECK[sum % 11] === value[17]!.toUpperCase();
}

const mask = (s: string) => (s.length <= 7 ? '*'.repeat(s.length) : `${s.slice(0, 3)}${'*'.repeat(s.length - 7)}${s.slice(-4)}`);

const ID_RE = /(?<![0-9])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE_RE = /(?<![0-9])(?:(?:\+|00)?86)?1[3-9]\d{9}(?![0-9])/g;
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * Whether `text` could hold any of them: an @ (or a character reference, which may hide one), or
 * 11 characters that a digit can be written as. Most fields and many bodies cannot, and skip the
 * normalization, which costs more than the search.
 */
const mayHold = (text: string) => /[@＠﹫]|&[#a-z]/i.test(text) || (text.match(/[\p{Nd}\p{No}]/gu)?.length ?? 0) >= 11;

/** Every ID number, mobile number and e-mail (other than `allowedEmail`) in `text`. */
export function findPersonalData(text: string, allowedEmail?: string): Finding[] {
  if (!mayHold(text)) return [];
  const { text: plain, origin } = normalizeText(text);
  const out: Finding[] = [];
  for (const m of plain.matchAll(ID_RE)) {
    if (isResidentIdNumber(m[0])) out.push({ kind: 'id-number', index: origin[m.index]!, masked: mask(m[0]) });
  }
  for (const m of plain.matchAll(MOBILE_RE))
    out.push({ kind: 'mobile', index: origin[m.index]!, masked: mask(m[0].replace(/^(\+|00)?86(?=\d{11}$)/, '')) });
  const allowed = allowedEmail?.toLowerCase();
  for (const m of plain.matchAll(EMAIL_RE)) {
    if (m[0].toLowerCase() !== allowed)
      out.push({ kind: 'email', index: origin[m.index]!, masked: m[0].replace(/^[^@]+/, (u) => `${u[0]}***`) });
  }
  return out.sort((a, b) => a.index - b.index);
}
