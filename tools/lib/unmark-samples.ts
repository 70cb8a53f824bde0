/**
 * A content root made publishable for the publishing tests and bench: `--production` refuses
 * anything marked sample (the bundled demo and `npm run sample` are), so this drops the marks
 * from front matter, YAML lists and the CSV's sample column. Only on copies in temporary folders:
 * the content stays fictional and is never published anywhere but 127.0.0.1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

export function unmarkSamples(root: string): void {
  for (const file of files(root)) {
    if (/\.(md|mdx|ya?ml)$/.test(file)) {
      const text = fs.readFileSync(file, 'utf8');
      const next = text.replace(/^[ \t]*sample:[ \t]*true[ \t]*\r?\n/gm, '');
      if (next !== text) fs.writeFileSync(file, next);
    } else if (file.endsWith('.csv') && !file.endsWith('.template.csv')) {
      const text = fs.readFileSync(file, 'utf8');
      const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
      const rows = parse(text.slice(bom.length), { relax_column_count: true }) as string[][];
      const column = rows[0]?.indexOf('sample') ?? -1;
      if (column < 0) continue;
      for (const row of rows.slice(1)) if (row.length > column) row[column] = '';
      fs.writeFileSync(file, bom + stringify(rows));
    }
  }
}
