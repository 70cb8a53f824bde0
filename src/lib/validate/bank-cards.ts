/**
 * Bank card numbers (payment cards): 16 to 19 digits that pass the Luhn check and begin as cards
 * of the networks used in China do (UnionPay 62, Visa 4, Mastercard 51–55 and 22–27, JCB 35, the
 * banks' older 60/9x ranges). One in ten random long numbers passes Luhn, so a number is only
 * called a card with such a beginning, and only certainly one (an error) when it reads like a
 * card: a UnionPay 62 number, written in groups of four, or after a word such as 卡号 or 账号.
 * Otherwise it is a warning, which an editor may judge (an order or registration number).
 */

const CARD_RE = /(?:4|5[1-5]|2[2-7]|35|6[0-9]|9[45])\d{14,17}/y;
import { matchesAtEdges } from './personal-data';

const CONTEXT = /(卡号|银行卡|信用卡|储蓄卡|借记卡|工资卡|社保卡|账号|帐号|账户|帐户|开户|card)[^0-9]{0,8}$/i;
const GROUPED = /^\d{4}(?:[ \-\u3000]\d{4}){3}(?:[ \-\u3000]?\d{1,3})?$/;

/** The Luhn (mod 10) check that every payment card number passes. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export interface CardMatch {
  index: number;
  digits: string;
  certain: boolean;
}

/**
 * Card numbers in `plain` (normalized text); `original(start, end)` returns the text as typed,
 * to tell a number written in groups of four.
 */
export function findBankCards(plain: string, joins: Set<number>, original: (start: number, end: number) => string): CardMatch[] {
  const out: CardMatch[] = [];
  for (const m of matchesAtEdges(plain, joins, CARD_RE, true)) {
    if (!passesLuhn(m.value)) continue;
    const before = plain.slice(Math.max(0, m.index - 16), m.index);
    const certain =
      m.value.startsWith('62') || CONTEXT.test(before) || GROUPED.test(original(m.index, m.index + m.value.length).trim());
    out.push({ index: m.index, digits: m.value, certain });
  }
  return out;
}
