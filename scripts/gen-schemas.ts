/**
 * npm run gen:schemas [-- --check]
 * Writes schemas/*.schema.json for site.yaml, rules.yaml and figures.yaml from the Zod schemas.
 * --check: writes nothing, exits 1 when a committed file differs from what would be written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderJsonSchemas } from '../src/lib/docs/json-schemas';

const OUT = path.resolve('schemas');

function main(): number {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
  const stale: string[] = [];
  for (const [file, text] of renderJsonSchemas()) {
    const target = path.join(OUT, file);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (current === text) continue;
    stale.push(`schemas/${file}`);
    if (!values.check) {
      fs.mkdirSync(OUT, { recursive: true });
      fs.writeFileSync(target, text);
    }
  }
  if (values.check && stale.length) {
    console.error(`以下 JSON Schema 与 src/lib/schemas/ 不一致：${stale.join('、')}。请运行 npm run gen:schemas 并提交。`);
    return 1;
  }
  console.log(stale.length ? `已更新：${stale.join('、')}` : 'JSON Schema 已是最新。');
  return 0;
}

process.exitCode = main();
