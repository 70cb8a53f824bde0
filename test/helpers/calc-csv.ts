/**
 * Spreadsheet CSV files as a spreadsheet program writes them: the rows become a flat ODS sheet
 * that LibreOffice Calc (headless, Debian's libreoffice-calc) saves as 「CSV UTF-8」. Like Excel
 * and WPS, it writes every column and row of the sheet's used area (a cell once typed in and
 * cleared leaves 「,,,」 rows and empty trailing columns), quotes a cell with a line break
 * (Alt+Enter) and writes a number typed into a cell as a number (05585123456 → 5585123456).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** A cell: text (\n for Alt+Enter), a number, '' for a cell typed in and cleared, null for untouched. */
export type Cell = string | number | null;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cellXml(cell: Cell): string {
  if (cell === null) return '<table:table-cell/>';
  if (typeof cell === 'number')
    return `<table:table-cell office:value-type="float" office:value="${cell}"><text:p>${cell}</text:p></table:table-cell>`;
  const paragraphs = cell.split('\n').map((p) => `<text:p>${esc(p)}</text:p>`);
  return `<table:table-cell office:value-type="string">${cell === '' ? '<text:p/>' : paragraphs.join('')}</table:table-cell>`;
}

export function flatOds(rows: Cell[][]): string {
  const body = rows.map((r) => `<table:table-row>${r.map(cellXml).join('')}</table:table-row>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="Sheet1">
${body}
</table:table></office:spreadsheet></office:body></office:document>
`;
}

/** CSV export: comma, double quote, UTF-8 (76), from line 1, cells as shown. */
const CSV_EXPORT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false';

/** The bytes Calc writes for `rows` as 「CSV UTF-8」, with the BOM Excel adds. */
export async function calcCsv(rows: Cell[][]): Promise<string> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-calc-csv-'));
  try {
    fs.writeFileSync(path.join(work, 'sheet.fods'), flatOds(rows));
    await promisify(execFile)(
      'soffice',
      [
        `-env:UserInstallation=file://${work}/profile`,
        '--headless',
        '--convert-to',
        CSV_EXPORT,
        '--outdir',
        work,
        path.join(work, 'sheet.fods'),
      ],
      { timeout: 120_000 },
    );
    return `\uFEFF${fs.readFileSync(path.join(work, 'sheet.csv'), 'utf8')}`;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
