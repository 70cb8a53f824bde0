/**
 * node --import tsx scripts/index-search.ts DIR
 * Writes the Pagefind index of the built site in DIR into DIR/pagefind.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('用法：index-search.ts 构建输出文件夹');
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(`Pagefind 索引失败：${added.errors.join('；')}`);
  const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('；')}`);
  console.log(`搜索索引：${added.page_count} 个页面。`);
  await pagefind.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
