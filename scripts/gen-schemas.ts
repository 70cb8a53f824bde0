/**
 * npm run gen:schemas [-- --check]
 * Writes schemas/*.schema.json for site.yaml, rules.yaml and figures.yaml from the Zod schemas,
 * and src/lib/docs/field-docs.json, the schemas' field doc comments that the CMS and `npm run new`
 * read (so they need no TypeScript compiler at run time).
 * --check: writes nothing, exits 1 when a committed file differs from what would be written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FIELD_DOCS_FILE, renderFieldDocs } from '../src/lib/docs/field-docs';
import { renderJsonSchemas } from '../src/lib/docs/json-schemas';
import { readAllSchemaDocs } from '../src/lib/docs/schema-docs';

const OUT = path.resolve('schemas');

function main(): number {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
  const stale: string[] = [];
  const outputs: Array<[string, string]> = [
    ...[...renderJsonSchemas()].map(([file, text]): [string, string] => [path.join(OUT, file), text]),
    [FIELD_DOCS_FILE, renderFieldDocs(readAllSchemaDocs())],
  ];
  for (const [target, text] of outputs) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (current === text) continue;
    stale.push(path.relative(process.cwd(), target).split(path.sep).join('/'));
    if (!values.check) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    }
  }
  if (values.check && stale.length) {
    console.error(`以下文件与 src/lib/schemas/ 不一致：${stale.join('、')}。请运行 npm run gen:schemas 并提交。`);
    return 1;
  }
  console.log(stale.length ? `已更新：${stale.join('、')}` : 'JSON Schema 和 field-docs.json 已是最新。');
  return 0;
}

process.exitCode = main();
