/**
 * node --import tsx scripts/index-search.ts DIR
 * Writes the search index of the content root (CONTENT_DIR) into DIR/pagefind. Records come from
 * the validated content, not from the HTML; PRODUCTION=1 leaves drafts out, as the pages do.
 */
import { isProduction } from '../src/lib/build-mode';
import { contentDir } from '../src/lib/content/paths';
import { writeSearchIndex } from '../src/lib/search/write-index';
import { validateContent } from '../src/lib/validate';

/** Characters of each body that are indexed (docs/search.md: the lever that keeps 10k pages under 1 GB). */
const MAX_BODY_CHARS = Number(process.env.BZ_SEARCH_MAX_CHARS) || undefined;

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('用法：index-search.ts 构建输出文件夹');
  const production = isProduction();
  const { content, errors } = validateContent(contentDir(), { production });
  if (!content || errors > 0) throw new Error('内容未通过检查，无法建立搜索索引。请先运行 npm run validate。');
  const summary = await writeSearchIndex(content, dir, { production, maxBodyChars: MAX_BODY_CHARS, shards: Number(process.env.BZ_SEARCH_SHARDS) || undefined });
  console.log(`搜索索引：${summary.records} 条记录（添加 ${summary.addMs} 毫秒，写入 ${summary.writeMs} 毫秒）。`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
