/**
 * Run by the git pre-commit hook that `npm run setup-hooks` installs: validates the staged
 * content/ and stops the commit on any error. Prints nothing when content/ is not touched.
 */
import { checkStagedContent } from '../src/lib/git/pre-commit';
import { formatProblem } from '../src/lib/validate/problem';

async function main(): Promise<number> {
  const problems = await checkStagedContent(process.cwd());
  if (!problems) return 0;
  for (const p of problems) (p.severity === 'error' ? console.error : console.warn)(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors === 0) return 0;
  console.error(`提交已取消：暂存的内容有 ${errors} 个错误。请改正以上错误，用 git add 暂存改好的文件，再提交一次。`);
  return 1;
}

main().then((code) => {
  process.exitCode = code;
});
