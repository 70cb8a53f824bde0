/** Which commit a build was made from: the CI says (GitLab, GitHub, Gitea/Forgejo), else git. */
import { execFileSync } from 'node:child_process';

export function currentCommit(env: NodeJS.ProcessEnv = process.env): string {
  const fromCi = env.CI_COMMIT_SHA ?? env.GITHUB_SHA;
  if (fromCi && /^[0-9a-f]{40}$/.test(fromCi)) return fromCi;
  return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
}

/** Where the build came from, for the release list: branch and pipeline when the CI says. */
export function sourceLabel(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const branch = env.CI_COMMIT_BRANCH ?? env.GITHUB_REF_NAME;
  const pipeline = env.CI_PIPELINE_ID ?? env.GITHUB_RUN_ID;
  if (!branch && !pipeline) return undefined;
  return [branch, pipeline && `流水线 ${pipeline}`].filter(Boolean).join(' ');
}
