/**
 * 「提交」 in the web editor: validate the working copy's content/, and only when it has no error,
 * stage exactly the changed content files and commit them with the editor's name and message.
 */
import git from 'isomorphic-git';
import { validateContentAndImages } from '../validate';
import { contentChanges, stageContent, stagedOutsideContent, type ContentChange, type Repo } from './content-changes';

export interface CommitRequest {
  /** The editor's name, shown as the commit's author. */
  name: string;
  /** What was changed and why, in the editor's words. */
  message: string;
  /** The files the editor was shown; the commit is refused when the changes are no longer these. */
  expected?: readonly string[];
}

export type CommitResult =
  | { status: 'committed'; oid: string; changes: ContentChange[] }
  | { status: 'refused'; reason: string; changes: ContentChange[] };

/** The commit author's e-mail, from the repository's git config when it has one. */
async function authorEmail(repo: Repo): Promise<string> {
  const email: unknown = await git.getConfig({ fs: repo.fs, dir: repo.dir, path: 'user.email' });
  return typeof email === 'string' ? email : '';
}

export async function commitContent(repo: Repo, contentDir: string, request: CommitRequest): Promise<CommitResult> {
  const changes = await contentChanges(repo);
  const refuse = (reason: string): CommitResult => ({ status: 'refused', reason, changes });
  const name = request.name.trim();
  const message = request.message.trim();
  if (!name) return refuse('请填写你的姓名，它会记在这次提交上。');
  if (!message) return refuse('请填写提交说明：用一句话写改了什么，例如「新增好人张三」。');
  if (changes.length === 0) return refuse('content/ 里没有尚未提交的改动，不需要提交。');
  const shown = request.expected === undefined ? undefined : [...request.expected].sort().join('\n');
  if (
    shown !== undefined &&
    shown !==
      changes
        .map((c) => c.path)
        .sort()
        .join('\n')
  )
    return refuse('在你查看之后，文件又有了改动。请看一下下面最新的改动列表，再点「提交」。');
  const others = await stagedOutsideContent(repo);
  if (others.length)
    return refuse(
      `content/ 以外还有已暂存的改动（${others.join('、')}），网页编辑器只提交内容文件。请请负责发布的同事处理这些改动。`,
    );
  const { errors } = await validateContentAndImages(contentDir);
  if (errors > 0) return refuse(`检查发现 ${errors} 个错误，改正后才能提交。请打开「检查」页，按提示改正后再提交。`);
  await stageContent(repo, changes);
  const author = { name, email: await authorEmail(repo) };
  const oid = await git.commit({ fs: repo.fs, dir: repo.dir, cache: repo.cache, message: `${message}\n`, author });
  // Remember the name for the next commit from this computer.
  await git.setConfig({ fs: repo.fs, dir: repo.dir, path: 'user.name', value: name });
  return { status: 'committed', oid, changes };
}

/** The name last used to commit from this copy (git config user.name), to fill in the form. */
export async function lastAuthorName(repo: Repo): Promise<string> {
  const name: unknown = await git.getConfig({ fs: repo.fs, dir: repo.dir, path: 'user.name' });
  return typeof name === 'string' ? name : '';
}
