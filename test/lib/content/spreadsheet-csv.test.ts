/**
 * The directory as a spreadsheet program saves it (LibreOffice Calc headless, see
 * test/helpers/calc-csv.ts): empty rows and trailing columns, Alt+Enter line breaks, phone cells
 * as offices type them, numbers that lost their leading 0.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRACTICE_SITE_COLUMNS } from '../../../src/lib/schemas';
import { parsePhones } from '../../../src/lib/phone';
import { formatProblem } from '../../../src/lib/validate/problem';
import { validateContent } from '../../../src/lib/validate';
import { calcCsv, type Cell } from '../../helpers/calc-csv';
import { copyRoot, writeIn } from '../../helpers/content-root';

const row = (id: string, name: string, level: string, parent: string, address: string, phone: Cell): Cell[] => [
  id, name, level, parent, '谯城区', level === '中心' ? '' : '古井镇', address, phone, null, null, null, null, null,
];

/** Rows as an office keeps them: a cleared cell far right (empty columns), rows typed in and cleared. */
const SHEET: Cell[][] = [
  [...PRACTICE_SITE_COLUMNS],
  row('qc-zhongxin', '谯城区新时代文明实践中心', '中心', '', '谯城区人民路1号\n东楼二层', '0558-1111111转8001'),
  row('qc-gujing-suo', '古井镇新时代文明实践所', '所', 'qc-zhongxin', '古井镇政府', '0558-1111112、1111113'),
  [null],
  row('qc-gujing-a-zhan', '甲村新时代文明实践站', '站', 'qc-gujing-suo', '甲村村委会', 5581111114),
  row('qc-gujing-b-zhan', '乙村新时代文明实践站', '站', 'qc-gujing-suo', '乙村村委会', '0558-11111'),
  [null],
  [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, ''],
];

let csv = '';
beforeAll(async () => {
  csv = await calcCsv(SHEET);
}, 120_000);

const validate = (text: string) => {
  const dir = copyRoot((d) => writeIn(d, 'practice-sites.csv', text));
  const result = validateContent(dir, { today: '2026-12-01' });
  fs.rmSync(dir, { recursive: true, force: true });
  return { ...result, lines: result.problems.map((p) => formatProblem(p).replaceAll(dir, 'content')) };
};

describe('the directory as Calc, Excel and WPS save it', () => {
  it('is a file with rows made only of commas and empty trailing columns, as the spreadsheet wrote it', () => {
    expect(csv.split(/\r?\n/).filter((l) => /^,+$/.test(l)).length).toBeGreaterThanOrEqual(2);
    expect(csv.split(/\r?\n/)[0]).toMatch(/,sample,,,$/);
    expect(csv).toContain('"谯城区人民路1号\n东楼二层"');
    expect(csv).toContain(',5581111114,');
  });

  it('ignores the empty rows and columns, keeps the line break in the cell, and warns only about the number that cannot be right, naming its row', () => {
    const { content, lines } = validate(csv);
    expect(content!.practiceSites.map((s) => [s.id, s.lineOf([])])).toEqual([
      ['qc-zhongxin', 2],
      ['qc-gujing-suo', 4],
      ['qc-gujing-a-zhan', 6],
      ['qc-gujing-b-zhan', 7],
    ]);
    expect(content!.practiceSites[0]!.data.address).toBe('谯城区人民路1号\n东楼二层');
    expect(lines).toMatchInlineSnapshot(`
      [
        "content/practice-sites.csv:7 （提醒）phone：乙村新时代文明实践站：「0558-11111」不像是能拨通的电话号码（位数不对或含有其他文字），网页上不会变成可拨打的链接。请写成带区号的座机号码，例如 0558-5123456；分机写成 0558-5123456 转 8001；两个号码之间用顿号「、」隔开。",
      ]
    `);
  });

  it('gives every number of a phone cell a link that dials it, the lost leading 0 put back', () => {
    const { content } = validate(csv);
    const hrefs = content!.practiceSites.map((s) => parsePhones(s.data.phone ?? '', '0558').numbers.map((n) => n.href));
    expect(hrefs).toEqual([['tel:0558-1111111,8001'], ['tel:0558-1111112', 'tel:0558-1111113'], ['tel:0558-1111114'], []]);
  });

  it('refuses a cell that has content but no column name, naming its row and column, without advice to delete the row', () => {
    const { lines } = validate(csv.replace('甲村村委会,5581111114,,,,,,', '甲村村委会,5581111114,,,,,,请联系村委会'));
    expect(lines.filter((l) => !l.includes('（提醒）'))).toMatchInlineSnapshot(`
      [
        "content/practice-sites.csv:6 第 N 列没有列名，却填了「请联系村委会」。请把这项内容移到对应的列中；这一列本身可以留空（空列会被忽略）。第一行的列名应为：id,name,level,parent,county,township,address,phone,hours,services,lat,lng,sample",
      ]
    `);
  });
});
