/**
 * The pieces of the 检查, 提交 and 发布 pages that show the git state: the changed content files
 * (what 「提交」 would commit) and the commits not yet sent to the office (what 「发布」 would send).
 */
import type { ChangeKind, ContentChange } from '../git/content-changes';
import type { CommitSummary, RemoteInfo } from '../git/publish';
import { escapeHtml } from './page-shell';

/** What the pages show of the repository; `error` when it cannot be read (not a repository, …). */
export interface GitOverview {
  changes: ContentChange[];
  unpushed: { total: number; commits: CommitSummary[] };
  remote?: RemoteInfo;
  error?: string;
}

export const CHANGE_LABELS: Record<ChangeKind, string> = { added: '新增', modified: '修改', deleted: '删除' };

export function changesTable(changes: readonly ContentChange[]): string {
  return `<table><caption>尚未提交的改动：${changes.length} 个文件</caption><thead><tr><th>改动</th><th>文件</th></tr></thead><tbody>
${changes.map((c) => `<tr><td>${CHANGE_LABELS[c.change]}</td><td>${escapeHtml(c.path)}</td></tr>`).join('\n')}
</tbody></table>`;
}

const time = (seconds: number) =>
  new Date(seconds * 1000).toLocaleString('zh-CN', { hour12: false, dateStyle: 'short', timeStyle: 'short' });

export function commitsTable(unpushed: GitOverview['unpushed']): string {
  const more = unpushed.total > unpushed.commits.length ? `（只列出最近 ${unpushed.commits.length} 个）` : '';
  return `<table><caption>尚未发布的提交：${unpushed.total} 个${more}</caption><thead><tr><th>时间</th><th>提交人</th><th>说明</th></tr></thead><tbody>
${unpushed.commits
  .map((c) => `<tr><td>${time(c.time)}</td><td>${escapeHtml(c.author)}</td><td>${escapeHtml(c.title)}</td></tr>`)
  .join('\n')}
</tbody></table>`;
}

/** The 检查 page's summary of both, each with the way on. */
export function gitSummary(git: GitOverview): string {
  if (git.error) return `<h2>提交和发布</h2>\n<p class="alert">${escapeHtml(git.error)}</p>`;
  const changes = git.changes.length
    ? `<p>有 ${git.changes.length} 个文件改过、还没有提交。检查没有错误时，到<a href="/commit/">「提交」</a>页提交。</p>\n${changesTable(git.changes)}`
    : '<p>没有尚未提交的改动。</p>';
  const unpushed = git.unpushed.total
    ? `<p>下面的提交已经保存在这台电脑上，还没有发布。到<a href="/publish/">「发布」</a>页发布。</p>\n${commitsTable(git.unpushed)}`
    : '<p>没有等待发布的提交：已提交的改动都已发布。</p>';
  return `<h2>尚未提交的改动</h2>\n${changes}\n<h2>已提交、尚未发布</h2>\n${unpushed}`;
}
