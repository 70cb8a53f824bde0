/**
 * npm run divisions -- --code <city code> [--out FILE] [--check]
 * Writes the official counties and 乡镇/街道 of a prefecture-level city (e.g. 341600) as the
 * content root's divisions.json; --check only compares and exits 1 when the file is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { displayPath, contentDir } from '../src/lib/content/paths';
import { DIVISIONS_FILE } from '../src/lib/divisions/townships';
import { formatDivisions } from '../src/lib/divisions/excerpt';
import { loadSite } from '../src/lib/site';
import { generateDivisions } from '../tools/lib/division-source';

function main(): number {
  const { values } = parseArgs({ options: { code: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean' } } });
  const out = path.resolve(values.out ?? path.join(contentDir(), DIVISIONS_FILE));
  const code = values.code ?? (values.out ? undefined : loadSite().divisionCode);
  if (!code) {
    console.error('用法：npm run divisions -- --code 地级市区划代码（例如 341600） [--out 输出文件] [--check]');
    return 2;
  }
  let text: string;
  try {
    text = formatDivisions(generateDivisions(code));
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
  const old = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : undefined;
  if (values.check) {
    if (old === text) return 0;
    console.error(`${displayPath(out)} 与数据包生成的结果不一致，请运行 npm run divisions -- --code ${code} 后提交。`);
    return 1;
  }
  fs.writeFileSync(out, text);
  console.log(`${old === text ? '未变化' : '已写入'}：${displayPath(out)}（区划代码 ${code}）`);
  return 0;
}

process.exitCode = main();
