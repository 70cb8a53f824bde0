/**
 * The 「检查」 page of `npm run cms`: validate's problems on the working copy, one row each with
 * file, line, field and the message (which says how to fix it), and a link that opens the entry
 * in the CMS. Plain HTML, no script, so it reads the same in any browser.
 */
import { summaryLine, type Problem } from '../validate/problem';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

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

const STYLE = `body{font:18px/1.6 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.5rem;text-align:start;vertical-align:top}
td:first-child{white-space:nowrap}tr.error td:first-child{color:#a00000;font-weight:bold}a{color:#0b57a4}nav a{display:inline-block;padding:.6rem 0;margin-inline-end:1.5rem}
.ok{color:#0a6b2e;font-weight:bold}`;

export function renderCheckPage(problems: readonly Problem[], fileCount: number): string {
  const summary = summaryLine(problems, fileCount);
  const table = problems.length
    ? `<table><thead><tr><th>类别</th><th>文件和位置</th><th>字段</th><th>问题和改法</th></tr></thead><tbody>
${problems.map(row).join('\n')}
</tbody></table>`
    : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>检查 · 亳州文明网 内容编辑</title><style>${STYLE}</style></head>
<body><main>
<h1>检查</h1>
<nav><a href="/check/">重新检查</a><a href="/">返回编辑器</a></nav>
<p${problems.length ? '' : ' class="ok"'}>${escape(summary)}</p>
${table}
<p>这里的检查与 <code>npm run validate</code>、生成网站和提交前检查完全相同。改正后点「重新检查」。</p>
</main></body></html>
`;
}
