/**
 * npm run sample -- --scale N --out DIR [--seed S] [--force]
 * Writes a deterministic synthetic content root of about N entries (all marked sample).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { displayPath } from '../src/lib/content/paths';
import { generateSampleRoot, sampleShape } from '../src/lib/sample/generate';

function main(): number {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '2000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '2019' },
      force: { type: 'boolean' },
    },
  });
  const scale = Number(values.scale);
  if (!values.out || !Number.isInteger(scale) || scale < 100) {
    console.error('用法：npm run sample -- --scale 条目数（≥100） --out 输出文件夹 [--seed 种子] [--force]');
    return 2;
  }
  const out = path.resolve(values.out);
  if (fs.existsSync(out) && fs.readdirSync(out).length > 0) {
    if (!values.force) {
      console.error(`${displayPath(out)} 不是空文件夹，未写入。加 --force 可先清空再生成。`);
      return 1;
    }
    fs.rmSync(out, { recursive: true, force: true });
  }
  const files = generateSampleRoot(scale, Number(values.seed));
  for (const [rel, text] of files) {
    const file = path.join(out, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  const s = sampleShape(scale);
  console.log(
    `已生成示例内容：${displayPath(out)}（${files.size} 个文件；实践中心 ${s.centres}、所 ${s.institutes}、站 ${s.stations}，好人 ${s.people}，新闻发布 ${s.releases}，文明条目 ${s.rules}）`,
  );
  return 0;
}

process.exitCode = main();
