/**
 * npm run gen:guide [-- --check]
 * Rewrites the field-by-field section of docs/编辑指南.md from the schema doc comments.
 * --check: writes nothing, exits 1 when the committed guide differs from what would be written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withFieldReference } from '../src/lib/docs/guide';

const GUIDE = path.resolve('docs/编辑指南.md');

function main(): number {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
  const current = fs.readFileSync(GUIDE, 'utf8');
  const next = withFieldReference(current);
  if (next === current) {
    console.log('docs/编辑指南.md 的字段说明已是最新。');
    return 0;
  }
  if (values.check) {
    console.error('docs/编辑指南.md 的字段说明与 src/lib/schemas/ 不一致。请运行 npm run gen:guide 并提交。');
    return 1;
  }
  fs.writeFileSync(GUIDE, next);
  console.log('已更新 docs/编辑指南.md 的字段说明。');
  return 0;
}

process.exitCode = main();
