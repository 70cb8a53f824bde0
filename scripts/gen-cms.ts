/**
 * npm run gen:cms [-- --check]
 * Writes cms/config.yml, the web editor's configuration, from the Zod schemas and their doc comments.
 * --check: writes nothing, exits 1 when the committed file differs from what would be written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderCmsConfig } from '../src/lib/cms/config';

const TARGET = path.resolve('cms/config.yml');

function main(): number {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
  const next = renderCmsConfig();
  const current = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, 'utf8') : undefined;
  if (current === next) {
    console.log('cms/config.yml 已是最新。');
    return 0;
  }
  if (values.check) {
    console.error('cms/config.yml 与 src/lib/schemas/ 不一致。请运行 npm run gen:cms 并提交。');
    return 1;
  }
  fs.mkdirSync(path.dirname(TARGET), { recursive: true });
  fs.writeFileSync(TARGET, next);
  console.log('已更新 cms/config.yml。');
  return 0;
}

process.exitCode = main();
