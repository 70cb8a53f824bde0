/**
 * npm run setup-hooks
 * Installs the git pre-commit hook that validates the staged content/ before each commit (opt-in).
 */
import { displayPath } from '../src/lib/content/paths';
import { installPreCommitHook } from '../src/lib/git/pre-commit';

function main(): number {
  const result = installPreCommitHook(process.cwd());
  if (result.status === 'foreign') {
    console.error(
      `${displayPath(result.file)} 已有别的提交前检查，没有覆盖它。如需同时使用，请在其中加入一行：node --import tsx scripts/pre-commit.ts`,
    );
    return 1;
  }
  console.log(`${result.status === 'installed' ? '已安装' : '已更新'}提交前检查：${displayPath(result.file)}`);
  console.log('以后每次 git commit 都会先检查暂存的 content/ 内容，有错误时提交会被取消。删除这个文件即可关闭检查。');
  return 0;
}

process.exitCode = main();
