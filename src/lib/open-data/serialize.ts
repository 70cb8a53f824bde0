/**
 * The two formats of every dataset. JSON: `{generatedAt, count, fields, items}`. CSV: UTF-8 with
 * a byte-order mark (without it Excel reads Chinese as GBK and garbles it), CRLF rows as RFC 4180
 * asks, the dictionary keys as header; quoting is left to csv-stringify, and cells a spreadsheet
 * would run as formulas are neutralized.
 */
import { stringify } from 'csv-stringify/sync';
import { datasetFields, fieldKeys, type DataRecord, type DatasetName, type FieldValue } from './fields';
import type { HonorTitles } from '../schemas/person';

export function jsonDocument<D extends DatasetName>(
  dataset: D,
  items: DataRecord<D>[],
  generatedAt: string,
  titles: HonorTitles,
): string {
  return `${JSON.stringify({ generatedAt, count: items.length, fields: datasetFields(dataset, titles), items })}\n`;
}

/**
 * CSV injection (OWASP): a cell that a spreadsheet would read as a formula, one starting with
 * = + - @ (or their full-width forms, after any spaces), a tab or a carriage return, gets a
 * leading apostrophe and is quoted, so Excel, WPS and LibreOffice show it as text. Numbers are
 * written as numbers and never touched; the JSON files keep every value exact.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@＝＋－＠]|^[\t\r]/;
export const neutralizeFormula = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** How one value is written in a CSV cell: lists joined by 、, objects (honours…) by ；. */
export function csvCell(value: FieldValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return neutralizeFormula(value);
  return neutralizeFormula(
    value.map((v) => (typeof v === 'string' ? v : Object.values(v).join(' '))).join(typeof value[0] === 'string' ? '、' : '；'),
  );
}

export function csvDocument<D extends DatasetName>(dataset: D, items: DataRecord<D>[]): string {
  const keys = fieldKeys(dataset);
  const rows = items.map((item) => keys.map((k) => csvCell(item[k])));
  // csv-stringify quotes a cell holding the record delimiter (CRLF) but not a lone LF, the line
  // break of a cell typed with Alt+Enter: quote it, or the row would break in two.
  return stringify([keys, ...rows], { bom: true, record_delimiter: 'windows', quoted_match: [/^'/, /[\r\n]/] });
}
