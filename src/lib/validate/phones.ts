/**
 * Warnings for phone cells a phone could not dial (src/lib/phone.ts reads them for the pages):
 * a digit missing or extra, words instead of a number. The page still shows the cell's text.
 */
import { areaCodeOf, parsePhones } from '../phone';
import type { Content } from './schema-check';
import type { Problem } from './problem';

const HOW = '请写成带区号的座机号码，例如 0558-5123456；分机写成 0558-5123456 转 8001；两个号码之间用顿号「、」隔开。';

export function checkPhones(c: Content, problems: Problem[]): void {
  const areaCode = areaCodeOf(c.site.phone);
  const message = (bad: string[]) =>
    `「${bad.join('」「')}」不像是能拨通的电话号码（位数不对或含有其他文字），网页上不会变成可拨打的链接。${HOW}`;
  const site = parsePhones(c.site.phone).unreadable;
  if (site.length)
    problems.push({ severity: 'warning', code: 'phone-unreadable', file: c.siteFile, field: 'phone', message: message(site) });
  for (const s of c.practiceSites) {
    const bad = s.data.phone ? parsePhones(s.data.phone, areaCode).unreadable : [];
    if (bad.length)
      problems.push({
        severity: 'warning',
        code: 'phone-unreadable',
        file: s.file,
        line: s.lineOf(['phone']),
        field: 'phone',
        message: `${s.data.name}：${message(bad)}`,
      });
  }
}
