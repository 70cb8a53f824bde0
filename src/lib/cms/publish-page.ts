/**
 * The 「发布」 page: the commits not yet sent to the office's remote, a button that sends them, and
 * after a publish what happens next (the pipeline validates, builds and publishes; where to watch).
 */
import { commitsTable, type GitOverview } from './git-sections';
import { escapeHtml, renderShell } from './page-shell';

export interface PublishPageState {
  git: GitOverview;
  csrfToken: string;
  /** After a commit: its first line and how many files it holds. */
  committed?: { title: string; files: number };
  /** After a publish: how many commits went, whether a colleague's were merged first. */
  published?: { count: number; merged: boolean };
  /** Why the last 发布 failed. */
  failed?: string;
  /** Where the pipeline is watched, when known. */
  pipelineUrl?: string;
  /** The public site's address (site.yaml url). */
  siteUrl?: string;
}

function nextSteps(state: PublishPageState): string {
  const watch = state.pipelineUrl
    ? `在<a href="${escapeHtml(state.pipelineUrl)}">流水线页面</a>可以看进度：绿色的对勾表示已发布；红色的叉表示没有通过，网站保持原样，点开能看到和「检查」页相同的中文说明。`
    : '负责发布的同事可以在单位的代码服务器（GitLab）的「流水线」页面看进度。';
  const site = state.siteUrl ? `<a href="${escapeHtml(state.siteUrl)}">${escapeHtml(state.siteUrl)}</a>` : '网站';
  return `<ol>
<li>单位的代码服务器收到后，流水线自动运行：先检查内容，再生成网站，然后发布到网站服务器，并确认网站正常打开。</li>
<li>一般几分钟后，改动就出现在 ${site} 上。发布不成功时网站不会变，仍是上一版。</li>
<li>${watch}</li>
</ol>`;
}

export function renderPublishPage(state: PublishPageState): string {
  const { git } = state;
  const parts: string[] = [];
  if (state.committed)
    parts.push(
      `<p class="done" role="status">已提交「${escapeHtml(state.committed.title)}」（${state.committed.files} 个文件）。还要点下面的「发布」，网站上才会出现。</p>`,
    );
  if (state.published)
    parts.push(`<div class="done" role="status"><p><strong>已发布：${state.published.count} 个提交已送到单位的代码服务器。</strong>${state.published.merged ? '同事刚发布的改动也已合并到这台电脑上。' : ''}</p>
<p>接下来：</p>${nextSteps(state)}</div>`);
  if (state.failed) parts.push(`<p class="alert" role="alert">没有发布：${escapeHtml(state.failed)}</p>`);
  if (git.error) parts.push(`<p class="alert">${escapeHtml(git.error)}</p>`);
  else if (git.unpushed.total === 0) parts.push('<p>没有等待发布的提交。在「提交」页提交的改动会列在这里。</p>');
  else {
    const to = git.remote ? `发布到 ${escapeHtml(git.remote.url)}（分支 ${escapeHtml(git.remote.branch)}）。` : '';
    parts.push(`<p>下面的提交还只在这台电脑上。「发布」把它们送到单位的代码服务器，由流水线检查、生成并发布网站。${to}</p>
${commitsTable(git.unpushed)}
<form method="post" action="/publish/"><input type="hidden" name="token" value="${escapeHtml(state.csrfToken)}"><button type="submit">发布</button></form>`);
    if (!state.published) parts.push(`<h2>发布之后</h2>\n${nextSteps(state)}`);
  }
  if (git.changes.length)
    parts.push(
      `<p>还有 ${git.changes.length} 个文件改过、没有提交，不会被发布。需要的话先到<a href="/commit/">「提交」</a>页提交。</p>`,
    );
  return renderShell('发布', '/publish/', parts.join('\n'));
}
