/**
 * The two formats of every dataset. JSON: `{generatedAt, count, fields, items}`. CSV: UTF-8 with
 * a byte-order mark (without it Excel reads Chinese as GBK and garbles it), CRLF rows as RFC 4180
 * asks, the dictionary keys as header; quoting is left to csv-stringify.
 */
import { stringify } from 'csv-stringify/sync';
import { DATASETS, fieldKeys, type DataRecord, type DatasetName, type FieldValue } from './fields';

export function jsonDocument<D extends DatasetName>(dataset: D, items: DataRecord<D>[], generatedAt: string): string {
  return `${JSON.stringify({ generatedAt, count: items.length, fields: DATASETS[dataset].fields, items })}\n`;
}

/** How one value is written in a CSV cell: lists joined by 、, objects (honours…) by ；. */
export function csvCell(value: FieldValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return value
    .map((v) => (typeof v === 'string' ? v : Object.values(v).join(' ')))
    .join(typeof value[0] === 'string' ? '、' : '；');
}

export function csvDocument<D extends DatasetName>(dataset: D, items: DataRecord<D>[]): string {
  const keys = fieldKeys(dataset);
  const rows = items.map((item) => keys.map((k) => csvCell(item[k])));
  return stringify([keys, ...rows], { bom: true, record_delimiter: 'windows' });
}
