/**
 * 「发布」 in the web editor: which commits this copy has that the office's remote has not, and the
 * push that sends them (over HTTPS: isomorphic-git speaks no SSH). When a colleague has published
 * meanwhile, their commits are merged in first (no conflicting lines), then pushed again.
 */
import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import type { Repo } from './content-changes';

export interface CommitSummary {
  oid: string;
  /** First line of the message. */
  title: string;
  author: string;
  /** Seconds since 1970, as git stores it. */
  time: number;
}

export interface RemoteInfo {
  name: string;
  branch: string;
  /** The remote's address without any user name or token in it. */
  url: string;
}

/** Shown at most on the page; the count says how many there are in all. */
const LIST_LIMIT = 50;

export async function remoteOf(repo: Repo): Promise<RemoteInfo | undefined> {
  const branch = await git.currentBranch({ fs: repo.fs, dir: repo.dir });
  const remotes = await git.listRemotes({ fs: repo.fs, dir: repo.dir });
  const remote = remotes.find((r) => r.remote === 'origin') ?? remotes[0];
  if (!branch || !remote) return undefined;
  return { name: remote.remote, branch, url: withoutCredentials(remote.url) };
}

export function withoutCredentials(url: string): string {
  return url.replace(/^(https?:\/\/)[^@/]*@/, '$1');
}

/** Commits on the current branch that the remote-tracking branch does not have (newest first). */
export async function unpushedCommits(repo: Repo): Promise<{ total: number; commits: CommitSummary[] }> {
  const remote = await remoteOf(repo);
  const head = await git.resolveRef({ fs: repo.fs, dir: repo.dir, ref: 'HEAD' }).catch(() => undefined);
  if (!head) return { total: 0, commits: [] };
  const tracking = remote
    ? await git
        .resolveRef({ fs: repo.fs, dir: repo.dir, ref: `refs/remotes/${remote.name}/${remote.branch}` })
        .catch(() => undefined)
    : undefined;
  const log = await git.log({ fs: repo.fs, dir: repo.dir, cache: repo.cache, ref: head });
  const commits: CommitSummary[] = [];
  for (const entry of log) {
    if (tracking && (entry.oid === tracking || (await isAncestor(repo, entry.oid, tracking)))) continue;
    commits.push({
      oid: entry.oid,
      title: entry.commit.message.split('\n')[0]!,
      author: entry.commit.author.name,
      time: entry.commit.author.timestamp,
    });
  }
  return { total: commits.length, commits: commits.slice(0, LIST_LIMIT) };
}

function isAncestor(repo: Repo, oid: string, of: string): Promise<boolean> {
  return git.isDescendent({ fs: repo.fs, dir: repo.dir, cache: repo.cache, oid: of, ancestor: oid, depth: -1 });
}

export type PublishResult =
  | { status: 'published'; count: number; merged: boolean; remote: RemoteInfo }
  | { status: 'nothing'; remote: RemoteInfo }
  | { status: 'failed'; reason: string };

/** Pushes the current branch to its remote; says in Chinese why not when it cannot. */
export async function publish(repo: Repo): Promise<PublishResult> {
  const remote = await remoteOf(repo);
  if (!remote)
    return {
      status: 'failed',
      reason: '这个项目文件夹还没有设置发布地址（远程仓库）。请请负责发布的同事设置好，见编辑指南「第一次使用前的准备」。',
    };
  const { total } = await unpushedCommits(repo);
  if (total === 0) return { status: 'nothing', remote };
  const push = () => git.push({ fs: repo.fs, http, dir: repo.dir, cache: repo.cache, remote: remote.name, ref: remote.branch });
  let merged = false;
  try {
    try {
      await push();
    } catch (error) {
      if ((error as { code?: string }).code !== 'PushRejectedError') throw error;
      // A colleague published first: take their commits, merge, and push again.
      const name = (await git.getConfig({ fs: repo.fs, dir: repo.dir, path: 'user.name' })) as string | undefined;
      const email = (await git.getConfig({ fs: repo.fs, dir: repo.dir, path: 'user.email' })) as string | undefined;
      await git.pull({
        fs: repo.fs,
        http,
        dir: repo.dir,
        cache: repo.cache,
        remote: remote.name,
        ref: remote.branch,
        author: { name: name ?? '网页编辑器', email: email ?? '' },
      });
      merged = true;
      await push();
    }
  } catch (error) {
    return { status: 'failed', reason: publishFailure(error, remote) };
  }
  return { status: 'published', count: total, merged, remote };
}

function publishFailure(error: unknown, remote: RemoteInfo): string {
  const code = (error as { code?: string }).code;
  const status = (error as { data?: { statusCode?: number } }).data?.statusCode;
  if (code === 'UnknownTransportError' || code === 'UrlParseError')
    return `发布地址 ${remote.url} 不是 https:// 开头的地址，网页编辑器无法使用。请请负责发布的同事改成 https 地址（见 README「Web editor」）。`;
  if (code === 'HttpError' && (status === 401 || status === 403))
    return `远程仓库 ${remote.url} 拒绝了发布：没有登录信息或口令已失效。请请负责发布的同事重新设置发布口令。`;
  if (code === 'HttpError' && status === 404) return `找不到远程仓库 ${remote.url}。请请负责发布的同事检查发布地址。`;
  if (code === 'MergeConflictError' || code === 'MergeNotSupportedError')
    return '同事刚发布的改动和你的改动改了同一个文件的同一处，无法自动合并。你的提交都还在这台电脑上，没有丢失；请请负责发布的同事合并后再发布。';
  if (code === 'CheckoutConflictError') return '同事刚发布的改动涉及你还没有提交的文件。请先把改动「提交」，再点「发布」。';
  if (code === 'HttpError') return `远程仓库 ${remote.url} 出错（HTTP ${status}），这次没有发布。请稍后再试。`;
  return `连不上远程仓库 ${remote.url}，这次没有发布。请检查网络后再试。（${error instanceof Error ? error.message : String(error)}）`;
}

/** Where the office sees the pipeline that builds and publishes after a push: git config bz.pipelineUrl, else guessed. */
export async function pipelineUrl(repo: Repo, remote: RemoteInfo): Promise<string | undefined> {
  const configured: unknown = await git.getConfig({ fs: repo.fs, dir: repo.dir, path: 'bz.pipelineUrl' });
  if (typeof configured === 'string' && configured) return configured;
  const m = /^(https?:\/\/[^/]+\/.+?)(?:\.git)?\/?$/.exec(remote.url);
  if (!m) return undefined;
  return new URL(m[1]!).hostname === 'github.com' ? `${m[1]}/actions` : `${m[1]}/-/pipelines`;
}
