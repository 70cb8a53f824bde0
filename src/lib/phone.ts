/**
 * Phone numbers as offices write them, and the `tel:` link that dials each. One function for the
 * directory (pages and near.json), bodies (rehype-tel-links) and the footer, so the same cell
 * dials the same way everywhere. Runs in Node at build time; the browser gets finished hrefs.
 *
 * A cell may hold several numbers (「0558-5123456、5123457」), an extension (「转8001」, 「分机
 * 8001」, 「-8001」 after a full number: dialled after a pause, `,`), a landline whose leading 0
 * Excel dropped (「5585123456」) or a local number without its area code (「5123456」), both
 * completed with the office's area code (site.yaml `phone`).
 */

export interface PhoneNumber {
  /** How the page shows it: `0558-5123456`, `0558-5123456 转 8001`, `400-123-4567`. */
  text: string;
  /** `tel:0558-5123456`, `tel:0558-5123456,8001`: digits, `-`, `+` and the pause `,` only. */
  href: string;
  /** Words the editor wrote before the number (「办公室：」), shown before the link. */
  label?: string;
}

export interface PhoneCell {
  numbers: PhoneNumber[];
  /** Parts of the cell that are no number a phone could dial, as the editor wrote them. */
  unreadable: string[];
}

const DASHES = /[‐‑‒–—―−－]/g;
/** Between two numbers: 、 , ， ; ； / 或 和 及, or a run of spaces. */
const SEPARATORS = /[、,，;；/|]|或|和|及|\s{2,}/;
const EXTENSION = /\s*(?:转|分机|ext\.?|x)\s*(\d{1,6})\s*$/i;
const SERVICE = /^(?:1\d{2}|12\d{3}|95\d{3}|96\d{3})$/;

/** `0558-5123456` → `0558` (the area code of the first landline in `phone`), or undefined. */
export function areaCodeOf(phone: string | undefined): string | undefined {
  const first = phone ? parsePhones(phone).numbers[0] : undefined;
  return first && /^tel:(0\d{2,3})-/.exec(first.href)?.[1];
}

/** Area codes are 010, 02x (two digits after the 0) or 0 and three digits. */
const splitArea = (national: string): [string, string] => {
  const n = /^0(?:10|2\d)/.test(national) ? 3 : 4;
  return [national.slice(0, n), national.slice(n)];
};

function oneNumber(part: string, areaCode: string | undefined, previousArea: string | undefined): PhoneNumber | undefined {
  let rest = part.trim();
  let ext = EXTENSION.exec(rest)?.[1];
  if (ext) rest = rest.slice(0, rest.length - EXTENSION.exec(rest)![0].length);
  // A label before the number (「办公室：0558-…」) stays in the cell, not in the number.
  const start = rest.search(/[+(\d]/);
  if (start < 0) return undefined;
  const label = rest.slice(0, start).trim() || undefined;
  rest = rest.slice(start);
  // 0558-5123456-8001: the part after a complete landline is an extension.
  const dashed = /^(\(?0\d{2,3}\)?[\s-]?\d{7,8})-(\d{1,6})$/.exec(rest);
  if (dashed && !ext) [rest, ext] = [dashed[1]!, dashed[2]!];
  if (!/^[+\d()\s.-]+$/.test(rest)) return undefined;
  let digits = rest.replace(/[^\d]/g, '');
  if (rest.startsWith('+86') || (rest.startsWith('0086') && digits.length > 12)) digits = digits.replace(/^0{0,2}86/, '');
  const withExt = (text: string, dial: string): PhoneNumber => ({
    text: ext ? `${text} 转 ${ext}` : text,
    href: `tel:${dial}${ext ? `,${ext}` : ''}`,
    ...(label && { label }),
  });
  if (/^1[3-9]\d{9}$/.test(digits)) return withExt(digits, digits);
  if (/^[48]00\d{7}$/.test(digits)) {
    const text = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
    return withExt(text, text);
  }
  if (SERVICE.test(digits)) return withExt(digits, digits);
  // Excel stores 05585123456 as the number 5585123456: put the 0 back.
  if (/^[2-9]\d{9,10}$/.test(digits)) digits = `0${digits}`;
  if (/^0\d{9,11}$/.test(digits)) {
    const [area, local] = splitArea(digits);
    if (local.length < 7 || local.length > 8) return undefined;
    return withExt(`${area}-${local}`, `${area}-${local}`);
  }
  if (/^[1-9]\d{6,7}$/.test(digits)) {
    const area = previousArea ?? areaCode;
    return withExt(digits, area ? `${area}-${digits}` : digits);
  }
  return undefined;
}

/** Every number in a phone cell, field or run of body text, with what could not be read. */
export function parsePhones(cell: string, areaCode?: string): PhoneCell {
  const text = cell.replace(/[０-９（）＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(DASHES, '-');
  const numbers: PhoneNumber[] = [];
  const unreadable: string[] = [];
  let previousArea: string | undefined;
  for (const raw of text.split(SEPARATORS)) {
    const part = raw.trim();
    if (!part) continue;
    // Two full numbers separated by one space: 「0558-5123456 0558-5123457」.
    const pieces = part.replace(/\D/g, '').length > 13 ? part.split(/\s+/) : [part];
    for (const piece of pieces) {
      const found = oneNumber(piece, areaCode, previousArea);
      if (!found) unreadable.push(piece);
      else {
        numbers.push(found);
        previousArea = /^tel:(0\d{2,3})-/.exec(found.href)?.[1] ?? previousArea;
      }
    }
  }
  return { numbers, unreadable };
}

/** The `tel:` link of the first number in `phone` (the footer's office phone, a body's match). */
export function telHref(phone: string, areaCode?: string): string {
  return parsePhones(phone, areaCode).numbers[0]?.href ?? `tel:${phone.replace(/[^\d+-]/g, '')}`;
}
