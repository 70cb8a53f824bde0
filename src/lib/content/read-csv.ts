/**
 * Reads content/practice-sites.csv as Excel writes it: UTF-8 with or without a BOM, CRLF or LF,
 * quoted fields. A file in another encoding (Excel's default GBK/ANSI) is refused with the steps
 * to re-save it, instead of being read as garbled text.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { PRACTICE_SITE_COLUMNS } from '../schemas/practice-site';
import type { Problem } from '../validate/problem';
import { decodeUtf8, RESAVE_AS_UTF8 } from './encoding';
import { displayPath } from './paths';
import { isPlainFile } from './symlinks';
import type { SourceEntry } from './source';

/** Characters one row of the directory may hold. */
export const MAX_ROW_CHARACTERS = 20_000;

interface CsvRow {
  record: string[];
  info: { bytes: number };
}

/** `A` … `Z`, `AA` …: the column letter Excel shows above a column. */
export const columnLetter = (index: number): string =>
  (index >= 26 ? columnLetter(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));

const BREAKS = /\r\n|\r|\n/g;
const countBreaks = (text: string) => text.match(BREAKS)?.length ?? 0;

export function readPracticeSitesCsv(absPath: string, problems: Problem[]): SourceEntry[] {
  const file = displayPath(absPath);
  if (!fs.existsSync(absPath)) {
    problems.push({ severity: 'warning', code: 'missing-file', file, message: '找不到实践站点名录 practice-sites.csv，「实践站点」栏目将没有内容。' });
    return [];
  }
  // A link (to /dev/zero, say) is refused by symlinks.ts and never read.
  if (!isPlainFile(absPath)) return [];
  const text = decodeUtf8(fs.readFileSync(absPath));
  if (text === undefined) {
    problems.push({ severity: 'error', code: 'not-utf8', file, message: RESAVE_AS_UTF8 });
    return [];
  }
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  const header = headerLine.split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
  const unknown = header.filter((h) => h && !(PRACTICE_SITE_COLUMNS as readonly string[]).includes(h));
  const missing = PRACTICE_SITE_COLUMNS.filter((c) => !['sample', 'lat', 'lng', 'township', 'phone', 'hours', 'services'].includes(c) && !header.includes(c));
  if (unknown.length || missing.length) {
    const parts = [
      unknown.length ? `未知的列 ${unknown.map((c) => `「${c}」`).join('、')}` : '',
      missing.length ? `缺少必需的列 ${missing.map((c) => `「${c}」`).join('、')}` : '',
    ].filter(Boolean);
    problems.push({ severity: 'error', code: 'csv-header', file, line: 1, message: `表头有误：${parts.join('；')}。第一行应为：${PRACTICE_SITE_COLUMNS.join(',')}` });
    return [];
  }
  let rows: CsvRow[];
  try {
    rows = parse(text, {
      info: true,
      skip_empty_lines: true,
      trim: true,
      // Row widths are checked below, with a message naming the row.
      relax_column_count: true,
      // A row longer than this is a broken quote swallowing the file, not a practice site.
      max_record_size: MAX_ROW_CHARACTERS,
    }) as unknown as CsvRow[];
  } catch (error) {
    const e = error as { lines?: number; code?: string };
    const why =
      e.code === 'CSV_MAX_RECORD_SIZE'
        ? `这一行超过 ${MAX_ROW_CHARACTERS} 个字符（常见原因：某个引号没有成对，后面的内容都被当成了同一格）`
        : '引号不成对或格式不正确';
    problems.push({ severity: 'error', code: 'csv-syntax', file, line: e.lines, message: `无法读取：${why}。请在 Excel 中检查该行后另存为「CSV UTF-8」。` });
    return [];
  }
  return sitesOf(rows, Buffer.from(text), absPath, file, problems);
}

/**
 * One entry per row that holds anything. Rows of empty cells (what Excel and WPS save for rows
 * that were once used, 「,,,,」) and cells under an empty header (columns once used) are ignored
 * while empty; a cell with content under no header is an error naming its row and column.
 */
function sitesOf(rows: CsvRow[], bytes: Buffer, absPath: string, file: string, problems: Problem[]): SourceEntry[] {
  const [head, ...body] = rows;
  const header = head?.record ?? [];
  const out: SourceEntry[] = [];
  // csv-parse counts a CRLF inside a cell as two lines; lines are counted here from its byte offsets.
  let consumed = head?.info.bytes ?? 0;
  let lineAt = 1 + countBreaks(bytes.subarray(0, consumed).toString());
  for (const row of body) {
    const chunk = bytes.subarray(consumed, row.info.bytes).toString();
    const line = lineAt + countBreaks(/^(?:[ \t]*(?:\r\n|\r|\n))*/.exec(chunk)?.[0] ?? '');
    lineAt += countBreaks(chunk);
    consumed = row.info.bytes;
    const cells = row.record.map((c) => c.replace(/\r\n?/g, '\n'));
    if (cells.every((c) => c === '')) continue;
    // Spreadsheets write every row as wide as the header; a row of another width has a comma too
    // many or too few (a cell shifted), which would put text in the wrong column.
    if (cells.length !== header.length) {
      problems.push({ severity: 'error', code: 'csv-syntax', file, line, message: '无法读取：这一行的列数与表头不一致（常见原因：内容里有英文逗号却没有加引号）。请在 Excel 中检查该行后另存为「CSV UTF-8」。' });
      continue;
    }
    const stray = cells.findIndex((c, i) => c !== '' && !header[i]);
    if (stray >= 0) {
      problems.push({
        severity: 'error',
        code: 'csv-unnamed-column',
        file,
        line,
        message: `第 ${columnLetter(stray)} 列没有列名，却填了「${cells[stray]!.slice(0, 20)}」。请把这项内容移到对应的列中；这一列本身可以留空（空列会被忽略）。第一行的列名应为：${PRACTICE_SITE_COLUMNS.join(',')}`,
      });
      continue;
    }
    const record = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']).filter(([h]) => h));
    out.push({ collection: 'practiceSites' as const, id: record.id || `#${out.length + 1}`, file, absPath, input: record, lineOf: () => line });
  }
  return out;
}
