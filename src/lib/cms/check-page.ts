/**
 * The 「检查」 page of `npm run cms`: validate's problems on the working copy, one row each with
 * file, line, field and the message (which says how to fix it), and a link that opens the entry
 * in the CMS; below, what is changed but not committed and what is committed but not published.
 */
import { summaryLine, type Problem } from '../validate/problem';
import { gitSummary, type GitOverview } from './git-sections';
import { escapeHtml as escape, renderShell } from './page-shell';

const COLLECTIONS: Record<string, string> = { releases: 'releases', people: 'people', pages: 'pages' };
const DATA_FILES: Record<string, string> = { 'rules.yaml': 'rules', 'figures.yaml': 'figures', 'site.yaml': 'site' };

/** The CMS address of the entry a problem is in (`/#/collections/people/entries/zhang-san`), if the CMS edits it. */
export function cmsLink(file: string): string | undefined {
  const entry = /(?:^|\/)content\/(releases|people|pages)\/([^/]+)\.md$/.exec(file);
  if (entry) return `/#/collections/${COLLECTIONS[entry[1]!]}/entries/${entry[2]}`;
  const data = /(?:^|\/)content\/([a-z]+\.yaml)$/.exec(file);
  if (data && DATA_FILES[data[1]!]) return `/#/collections/data/entries/${DATA_FILES[data[1]!]}`;
  return undefined;
}

function row(p: Problem): string {
  const link = cmsLink(p.file);
  const where = `${escape(p.file)}${p.line ? `，第 ${p.line} 行` : ''}`;
  return `<tr class="${p.severity}">
<td>${p.severity === 'error' ? '错误' : '提醒'}</td>
<td>${where}${link ? `<br><a href="${escape(link)}">在编辑器中打开</a>` : ''}</td>
<td>${p.field ? `<code>${escape(p.field)}</code>` : ''}</td>
<td>${escape(p.message)}</td>
</tr>`;
}

export function renderCheckPage(problems: readonly Problem[], fileCount: number, git?: GitOverview): string {
  const summary = summaryLine(problems, fileCount);
  const table = problems.length
    ? `<table><caption>发现的问题</caption><thead><tr><th>类别</th><th>文件和位置</th><th>字段</th><th>问题和改法</th></tr></thead><tbody>
${problems.map(row).join('\n')}
</tbody></table>`
    : '';
  return renderShell(
    '检查',
    '/check/',
    `<p><a href="/check/">重新检查</a></p>
<p${problems.length ? '' : ' class="ok"'}>${escape(summary)}</p>
${table}
<p>这里的检查与 <code>npm run validate</code>、生成网站和提交前检查完全相同。改正后点「重新检查」。</p>
${git ? gitSummary(git) : ''}`,
  );
}
