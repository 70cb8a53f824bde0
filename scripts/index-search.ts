/**
 * node --import tsx scripts/index-search.ts DIR
 * Writes the Pagefind index of the content root (CONTENT_DIR) into DIR/pagefind. Records come
 * from the validated content, not from the HTML; PRODUCTION=1 leaves drafts out, as the pages do.
 */
import { isProduction } from '../src/lib/build-mode';
import { contentDir } from '../src/lib/content/paths';
import { writeSearchIndex } from '../src/lib/search/write-index';
import { validateContent } from '../src/lib/validate';

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('用法：index-search.ts 构建输出文件夹');
  const production = isProduction();
  const { content, errors } = validateContent(contentDir(), { production });
  if (!content || errors > 0) throw new Error('内容未通过检查，无法建立搜索索引。请先运行 npm run validate。');
  const start = performance.now();
  const s = await writeSearchIndex(content, dir, { production });
  const ms = Math.round(performance.now() - start);
  console.log(
    `搜索索引（Pagefind）：${s.records} 条记录，${s.files} 个文件，共 ${(s.bytes / 1024 / 1024).toFixed(1)} MB（${ms} 毫秒）。`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
