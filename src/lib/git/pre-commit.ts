/**
 * The opt-in pre-commit hook: `npm run setup-hooks` installs it; on each commit it validates the
 * content/ folder as it is staged (the index, not the working files), so what is committed is
 * what was checked. Git hooks are shared by all worktrees of a repository.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Problem } from '../validate/problem';
import { validateContentAndImages } from '../validate';

/** Marks a hook as ours, so setup-hooks may update it but never replaces someone else's. */
export const HOOK_MARKER = '# bz-validate-hook';

export const HOOK_SCRIPT = `#!/bin/sh
${HOOK_MARKER}: installed by \`npm run setup-hooks\`; checks the staged content/ before each commit.
# Remove this file to switch the check off. Skip it once (not recommended): git commit --no-verify
if [ ! -d node_modules/tsx ]; then
  echo "提交前检查无法运行：没有安装依赖。请先在项目文件夹中运行 npm ci。" >&2
  exit 1
fi
# The Node 24 that npm ci links into node_modules/.bin (Linux x64), else the one on the PATH.
node=node
[ -x node_modules/.bin/node ] && node=node_modules/.bin/node
"$node" scripts/require-node.cjs || exit 1
exec "$node" --import tsx scripts/pre-commit.ts
`;

function git(cwd: string, args: string[], input?: string): string {
  const r = spawnSync('git', args, { cwd, input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout;
}

export type InstallResult = { status: 'installed' | 'updated' | 'foreign'; file: string };

/** Writes the hook into this repository's hooks folder (worktrees and core.hooksPath included). */
export function installPreCommitHook(cwd: string): InstallResult {
  const hooks = path.resolve(cwd, git(cwd, ['rev-parse', '--git-path', 'hooks']).trim());
  const file = path.join(hooks, 'pre-commit');
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (existing !== undefined && !existing.includes(HOOK_MARKER)) return { status: 'foreign', file };
  fs.mkdirSync(hooks, { recursive: true });
  fs.writeFileSync(file, HOOK_SCRIPT, { mode: 0o755 });
  fs.chmodSync(file, 0o755);
  return { status: existing === undefined ? 'installed' : 'updated', file };
}

/** Validates the staged content/; undefined when the commit does not touch content/. */
export async function checkStagedContent(cwd: string): Promise<Problem[] | undefined> {
  if (!git(cwd, ['diff', '--cached', '--name-only', '--', 'content']).trim()) return undefined;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-staged-'));
  try {
    const files = git(cwd, ['ls-files', '-z', '--', 'content']);
    git(cwd, ['checkout-index', '-z', '--stdin', `--prefix=${tmp}${path.sep}`], files);
    const { problems } = await validateContentAndImages(path.join(tmp, 'content'));
    // Show the paths as they are in the repository, not in the temporary copy.
    return problems.map((p) => ({
      ...p,
      file: p.file.startsWith(tmp) ? path.relative(tmp, p.file).split(path.sep).join('/') : p.file,
    }));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
