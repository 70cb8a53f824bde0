/**
 * The web editor's 提交 and 发布 pages and their POSTs. Git work runs one request at a time (a
 * double-click on 「提交」 must not commit twice or write the index twice at once).
 */
import type { IncomingMessage } from 'node:http';
import git from 'isomorphic-git';
import { commitContent, lastAuthorName } from '../git/commit-content';
import { contentChanges, GitSetupError, openRepo, type Repo } from '../git/content-changes';
import { pipelineUrl, publish, remoteOf, unpushedCommits } from '../git/publish';
import { loadSite } from '../site';
import { validateContentAndImages } from '../validate';
import { renderCommitPage } from './commit-page';
import { isSameOriginPost, readForm } from './csrf';
import type { GitOverview } from './git-sections';
import { renderPublishPage } from './publish-page';

export interface Reply {
  status: number;
  html?: string;
  /** A 303 to this address instead of a page (after a POST that did what it was asked). */
  location?: string;
}

export interface GitRoutesOptions {
  contentDir: string;
  /** This server's origin, the only one whose forms are accepted. */
  origin: () => string;
  csrfToken: string;
}

export function gitRoutes(options: GitRoutesOptions) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function overview(): Promise<{ repo?: Repo; git: GitOverview }> {
    try {
      const repo = await openRepo(options.contentDir);
      const [changes, unpushed, remote] = await Promise.all([contentChanges(repo), unpushedCommits(repo), remoteOf(repo)]);
      return { repo, git: { changes, unpushed, remote } };
    } catch (error) {
      const message = error instanceof GitSetupError ? error.message : `读取 Git 仓库时出错：${String(error)}`;
      return { git: { changes: [], unpushed: { total: 0, commits: [] }, error: message } };
    }
  }

  const forbidden: Reply = { status: 403, html: '这个请求不是从本机的编辑器页面发出的，已拒绝。请回到编辑器再试。' };

  async function commitPage(extra: { refused?: string; name?: string; message?: string } = {}, status = 200): Promise<Reply> {
    const { repo, git } = await overview();
    const { errors } = git.changes.length ? await validateContentAndImages(options.contentDir) : { errors: 0 };
    const name = extra.name ?? (repo ? await lastAuthorName(repo) : '');
    return {
      status,
      html: renderCommitPage({ git, errors, name, message: extra.message, refused: extra.refused, csrfToken: options.csrfToken }),
    };
  }

  async function publishPage(url: URL, failed?: string, status = 200): Promise<Reply> {
    const { repo, git: state } = await overview();
    const committedOid = url.searchParams.get('committed');
    let committed: { title: string; files: number } | undefined;
    if (repo && committedOid && /^[0-9a-f]{40}$/.test(committedOid)) {
      const { commit } = await git
        .readCommit({ fs: repo.fs, dir: repo.dir, cache: repo.cache, oid: committedOid })
        .catch(() => ({ commit: undefined }));
      if (commit) committed = { title: commit.message.split('\n')[0]!, files: Number(url.searchParams.get('files') ?? 0) };
    }
    const count = Number(url.searchParams.get('published'));
    const published = count > 0 ? { count, merged: url.searchParams.get('merged') === '1' } : undefined;
    let siteUrl: string | undefined;
    try {
      siteUrl = loadSite(options.contentDir).url;
    } catch {
      siteUrl = undefined;
    }
    const pipeline = repo && state.remote ? await pipelineUrl(repo, state.remote) : undefined;
    return {
      status,
      html: renderPublishPage({
        git: state,
        csrfToken: options.csrfToken,
        committed,
        published,
        failed,
        pipelineUrl: pipeline,
        siteUrl,
      }),
    };
  }

  return {
    get(url: URL): Promise<Reply> | undefined {
      if (url.pathname === '/commit/') return serial(() => commitPage());
      if (url.pathname === '/publish/') return serial(() => publishPage(url));
      return undefined;
    },
    overview: () => serial(overview),

    async post(req: IncomingMessage, url: URL): Promise<Reply | undefined> {
      if (url.pathname !== '/commit/' && url.pathname !== '/publish/') return undefined;
      const form = await readForm(req);
      if (!form || !isSameOriginPost(req, options.origin(), options.csrfToken, form.get('token'))) return forbidden;
      if (url.pathname === '/commit/')
        return serial(async () => {
          const { repo } = await overview();
          if (!repo) return commitPage({}, 409);
          const request = { name: form.get('name') ?? '', message: form.get('message') ?? '', expected: form.getAll('file') };
          const result = await commitContent(repo, options.contentDir, request);
          if (result.status === 'refused')
            return commitPage({ refused: result.reason, name: request.name, message: request.message }, 409);
          return { status: 303, location: `/publish/?committed=${result.oid}&files=${result.changes.length}` };
        });
      return serial(async () => {
        const { repo } = await overview();
        if (!repo) return publishPage(url, undefined, 409);
        const result = await publish(repo);
        if (result.status === 'failed') return publishPage(url, result.reason, 502);
        if (result.status === 'nothing') return publishPage(url, '没有等待发布的提交。', 409);
        return { status: 303, location: `/publish/?published=${result.count}${result.merged ? '&merged=1' : ''}` };
      });
    },
  };
}
