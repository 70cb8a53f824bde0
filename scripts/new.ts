/**
 * npm run new -- release "标题" | person "姓名" | page "标题"
 * Creates the file in the content root (CONTENT_DIR, default ./content) and prints what to do next.
 */
import { contentDir } from '../src/lib/content/paths';
import { createEntry, KIND_ALIASES, NewEntryError } from '../src/lib/new-entry/create';

const USAGE = [
  '用法：',
  '  npm run new -- release "新闻发布稿标题"',
  '  npm run new -- person "好人姓名"',
  '  npm run new -- page "页面标题"',
].join('\n');

function main(): number {
  const [kindArg = '', ...rest] = process.argv.slice(2);
  const kind = KIND_ALIASES[kindArg];
  if (!kind || rest.length === 0) {
    console.error(kindArg ? `不认识「${kindArg}」，也可能缺少标题。\n${USAGE}` : USAGE);
    return 1;
  }
  try {
    const result = createEntry(kind, rest.join(' '), { root: contentDir() });
    console.log(`已新建：${result.file}（草稿）\n\n下一步：`);
    result.steps.forEach((step, i) => console.log(`  ${i + 1}. ${step}`));
    return 0;
  } catch (error) {
    if (!(error instanceof NewEntryError)) throw error;
    console.error(error.message);
    return 1;
  }
}

process.exitCode = main();
