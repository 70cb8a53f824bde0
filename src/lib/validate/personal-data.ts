/**
 * Finders for personal data that must never be published about private citizens: 18-digit
 * resident ID numbers (GB 11643: a real date of birth and a valid check digit), mainland mobile
 * numbers (with or without +86 / 0086), e-mail addresses, bank card numbers (bank-cards.ts) and
 * QQ / WeChat accounts (chat-accounts.ts). They read the text as normalized by normalize-text.ts,
 * so full-width digits, invisible characters, character references, separators, emphasis and a
 * line break between digits, and × for an ID's X do not hide a number.
 */
import { isRealDate } from '../schemas/common';
import { findBankCards } from './bank-cards';
import { findChatAccounts } from './chat-accounts';
import { normalizeText } from './normalize-text';

export const PERSONAL_KINDS = ['id-number', 'mobile', 'email', 'bank-card', 'qq', 'wechat'] as const;
export type PersonalKind = (typeof PERSONAL_KINDS)[number];

export interface Finding {
  kind: PersonalKind;
  /** An error, or a warning for what is only probably personal (a card number without context). */
  severity: 'error' | 'warning';
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

const ID_RE = /\d{17}[\dXx]/y;
const MOBILE_RE = /(?:(?:\+|00)?86)?1[3-9]\d{9}/y;

/**
 * Matches of the sticky `re` that begin and end at a number's edge: not next to another digit
 * (or letter, with `letters`), unless separators were dropped there (a join).
 */
export function matchesAtEdges(
  plain: string,
  joins: Set<number>,
  re: RegExp,
  letters = false,
): Array<{ index: number; value: string }> {
  const out: Array<{ index: number; value: string }> = [];
  const inside = letters ? /[0-9A-Za-z]/ : /[0-9]/;
  for (let i = 0; i < plain.length; i++) {
    if (i > 0 && /[0-9+]/.test(plain[i - 1]!) && !joins.has(i)) continue;
    re.lastIndex = i;
    const m = re.exec(plain);
    if (!m) continue;
    const end = i + m[0].length;
    if (end < plain.length && inside.test(plain[end]!) && !joins.has(end)) continue;
    out.push({ index: i, value: m[0] });
    i = end - 1;
  }
  return out;
}
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * Whether `text` could hold any of them: an @ (or a character reference, which may hide one), a
 * WeChat word, or 11 characters that a digit can be written as (5 after QQ). Most fields and many bodies cannot, and skip the
 * normalization, which costs more than the search.
 */
const mayHold = (text: string) =>
  /[@＠﹫]|&[#a-z]|wxid|微信|wechat|weixin|vx|v信|薇信/i.test(text) ||
  (text.match(/[\p{Nd}\p{No}]/gu)?.length ?? 0) >= (/QQ|ＱＱ|扣扣/i.test(text) ? 5 : 11);

/** Every ID number, mobile, bank card and QQ/WeChat number and e-mail (other than `allowedEmail`) in `text`. */
export function findPersonalData(text: string, allowedEmail?: string): Finding[] {
  if (!mayHold(text)) return [];
  const { text: plain, origin, joins } = normalizeText(text);
  const out: Finding[] = [];
  const add = (kind: PersonalKind, index: number, masked: string, severity: Finding['severity'] = 'error') =>
    out.push({ kind, severity, index: origin[index]!, masked });
  const taken: Array<[number, number]> = [];
  const free = (start: number, length: number) => !taken.some(([s, e]) => start < e && start + length > s);
  for (const m of matchesAtEdges(plain, joins, ID_RE, true)) {
    if (!isResidentIdNumber(m.value)) continue;
    add('id-number', m.index, mask(m.value));
    taken.push([m.index, m.index + m.value.length]);
  }
  for (const m of matchesAtEdges(plain, joins, MOBILE_RE)) {
    if (!free(m.index, m.value.length)) continue;
    add('mobile', m.index, mask(m.value.replace(/^(\+|00)?86(?=\d{11}$)/, '')));
    taken.push([m.index, m.index + m.value.length]);
  }
  const typed = (start: number, end: number) => text.slice(origin[start], (origin[end - 1] ?? text.length - 1) + 1);
  for (const c of findBankCards(plain, joins, typed)) {
    if (!free(c.index, c.digits.length)) continue;
    add('bank-card', c.index, mask(c.digits), c.certain ? 'error' : 'warning');
    taken.push([c.index, c.index + c.digits.length]);
  }
  for (const a of findChatAccounts(plain)) if (free(a.index, a.value.length)) add(a.kind, a.index, mask(a.value));
  const allowed = allowedEmail?.toLowerCase();
  for (const m of plain.matchAll(EMAIL_RE)) {
    if (m[0].toLowerCase() !== allowed)
      add(
        'email',
        m.index,
        m[0].replace(/^[^@]+/, (u) => `${u[0]}***`),
      );
  }
  return out.sort((a, b) => a.index - b.index);
}
