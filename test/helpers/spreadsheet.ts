/**
 * Opens a CSV file the way a reader's spreadsheet does, in LibreOffice Calc (headless, Debian's
 * libreoffice-calc), with formula evaluation on, and reads every cell back from the flat ODS it
 * saves: the text shown, and the formula when Calc took the cell for one.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export interface SheetCell {
  text: string;
  formula?: string;
  type?: string;
}

/** CSV import: comma, double quote, UTF-8 (76), from line 1, …, token 13 = evaluate formulas. */
const CSV_IMPORT = 'CSV:44,34,76,1,,0,false,true,false,false,false,-1,true';

const unescape = (s: string) =>
  s
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n) => ' '.repeat(Number(n ?? 1)))
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<text:line-break\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export async function openInCalc(csvFile: string): Promise<SheetCell[][]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-calc-'));
  try {
    await promisify(execFile)(
      'soffice',
      [
        `-env:UserInstallation=file://${work}/profile`,
        '--headless',
        `--infilter=${CSV_IMPORT}`,
        '--convert-to',
        'fods',
        '--outdir',
        work,
        csvFile,
      ],
      { timeout: 120_000 },
    );
    const fods = fs.readFileSync(path.join(work, `${path.basename(csvFile, '.csv')}.fods`), 'utf8');
    const rows: SheetCell[][] = [];
    for (const row of fods.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
      const cells: SheetCell[] = [];
      for (const c of row[1]!.matchAll(/<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
        const attrs = c[1]!;
        const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
        const paragraphs = [...(c[2] ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((p) => unescape(p[1]!));
        const formula = /table:formula="([^"]*)"/.exec(attrs)?.[1];
        const cell = {
          text: paragraphs.join('\n'),
          formula: formula && unescape(formula),
          type: /office:value-type="(\w+)"/.exec(attrs)?.[1],
        };
        for (let i = 0; i < Math.min(repeat, 50); i++) cells.push(cell);
      }
      rows.push(cells);
    }
    return rows;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
