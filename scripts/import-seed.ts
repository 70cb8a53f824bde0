/**
 * npm run import:seed -- FILE --date YYYY-MM-DD [--id ID] [--force]
 * Writes content/releases/<id>.md from a press-release text; the id defaults to the title's pinyin.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, displayPath } from '../src/lib/content/paths';
import { pinyinId } from '../src/lib/ids';
import { isRealDate } from '../src/lib/schemas/common';
import { importReleaseText } from '../src/lib/seed-import';

function main(): void {
  const { values, positionals } = parseArgs({
    options: {
      date: { type: 'string' },
      id: { type: 'string' },
      force: { type: 'boolean' },
      topic: { type: 'string', multiple: true },
    },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file || !values.date || !/^\d{4}-\d{2}-\d{2}$/.test(values.date) || !isRealDate(values.date)) {
    console.error('用法：npm run import:seed -- 文件路径 --date YYYY-MM-DD [--id 标识] [--topic 文明创建 …]');
    process.exitCode = 2;
    return;
  }
  if (!fs.existsSync(file)) {
    console.error(`${file} 不存在，请检查路径。`);
    process.exitCode = 1;
    return;
  }
  const text = fs.readFileSync(file, 'utf8');
  const extra = values.topic?.length ? { topics: values.topic } : {};
  const release = importReleaseText(text, values.date, extra);
  const id = values.id ?? pinyinId(release.title);
  const target = path.join(contentDir(), 'releases', `${id}.md`);
  if (fs.existsSync(target) && !values.force) {
    console.error(`${displayPath(target)} 已存在，未覆盖。如确需重新导入，请加 --force。`);
    process.exitCode = 1;
    return;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, release.markdown);
  console.log(`已导入：${displayPath(target)}（${release.title}）。下一步：npm run validate 检查，再 npm run build 构建。`);
}

main();
