/**
 * The frame of the web editor's own pages (检查, 提交, 发布): plain HTML without script, readable
 * on a 360 px window and at 200 % zoom, with the same navigation on each.
 */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `body{font:18px/1.6 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;color:#1a1a1a;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin-block-end:1rem}caption{text-align:start;font-weight:bold;padding-block:.5rem}th,td{border:1px solid #999;padding:.5rem;text-align:start;vertical-align:top;overflow-wrap:anywhere}
th:first-child,td:first-child{width:1%;white-space:nowrap}tr.error td:first-child{color:#a00000;font-weight:bold}a{color:#0b57a4}
nav a{display:inline-block;padding:.6rem 0;margin-inline-end:1.5rem}nav a[aria-current]{color:#1a1a1a;font-weight:bold;text-decoration:none}
.ok{color:#0a6b2e;font-weight:bold}.alert{color:#a00000;font-weight:bold;border-inline-start:.3rem solid #a00000;padding-inline-start:.6rem}
.done{border-inline-start:.3rem solid #0a6b2e;padding-inline-start:.6rem}
label{display:block;font-weight:bold;margin-block-start:1rem}
input[type=text],textarea{box-sizing:border-box;width:100%;max-width:40rem;font:inherit;padding:.5rem;border:2px solid #555;border-radius:.25rem}
textarea{min-height:5rem}.hint{margin:0 0 .35rem;color:#444;font-size:16px}
button{display:block;font:inherit;font-weight:bold;min-height:2.75rem;margin-block:1rem;padding:.5rem 1.5rem;color:#fff;background:#0b57a4;border:2px solid #0b57a4;border-radius:.25rem;cursor:pointer}
:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
@media (forced-colors:active){button{border-color:ButtonText}}`;

const PAGES = [
  ['/check/', '检查'],
  ['/commit/', '提交'],
  ['/publish/', '发布'],
  ['/', '返回编辑器'],
] as const;

/** A whole page: `current` is the path of the page itself, marked in the navigation. */
export function renderShell(title: string, current: string, body: string): string {
  const nav = PAGES.map(([href, text]) => `<a href="${href}"${href === current ? ' aria-current="page"' : ''}>${text}</a>`).join(
    '',
  );
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · 内容编辑</title><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(title)}</h1>
<nav aria-label="检查、提交和发布">${nav}</nav>
${body}
</main></body></html>
`;
}
