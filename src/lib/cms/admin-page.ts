/**
 * The page that loads Sveltia CMS, with a bar of this project's own links over it: 「检查」 (validate
 * on the working copy), 「提交」 and 「发布」 (in the same second tab as 检查), and the live preview of `npm run dev`, which follows the entry being edited
 * (Sveltia's own 「在在线站点查看」 stays hidden with the local repository). Sveltia fills the window.
 */
import { escapeHtml } from './page-shell';

const BAR_STYLE = `#bz-cms-bar{position:fixed;inset-block-end:0;inset-inline-start:0;z-index:1000;display:flex;gap:.25rem;
padding:.25rem;background:#fff;border:1px solid #888;border-radius:0 .5rem 0 0;font:16px/1.4 system-ui,sans-serif}
#bz-cms-bar a{display:inline-block;padding:.6rem .9rem;color:#0b57a4;font-weight:bold;text-decoration:underline}`;

export function renderAdminPage(previewOrigin: string, title: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<link href="/config.yml" type="application/yaml" rel="cms-config-url">
<style>${BAR_STYLE}</style></head>
<body>
<nav id="bz-cms-bar" aria-label="检查、提交、发布和预览">
<a href="/check/" target="bz-check">检查</a>
<a href="/commit/" target="bz-check">提交</a>
<a href="/publish/" target="bz-check">发布</a>
<a id="bz-preview" href="${previewOrigin}/" target="bz-preview">预览网站</a>
</nav>
<script src="/cms-bar.js"></script>
<script src="/sveltia-cms.js"></script>
</body></html>
`;
}

/**
 * The bar's script: on `#/collections/<collection>/entries/<id>` (or a data file) the preview link
 * points at that entry's page, from the collections' preview_path in cms/config.yml.
 */
export function renderBarScript(previewOrigin: string, previewPaths: Record<string, string>): string {
  return `(() => {
  const origin = ${JSON.stringify(previewOrigin)};
  const paths = ${JSON.stringify(previewPaths)};
  const pathOf = (collection, id) =>
    paths[collection + '/' + id] ?? (paths[collection] === undefined ? undefined : paths[collection].replace('{{slug}}', id));
  const update = () => {
    const link = document.getElementById('bz-preview');
    const m = new RegExp('^#/collections/([^/]+)/entries/([^/?]+)').exec(location.hash);
    const path = m ? pathOf(m[1], m[2]) : undefined;
    link.href = origin + '/' + (path ?? '');
    link.textContent = path === undefined ? '预览网站' : '预览这一条';
  };
  // Sveltia also changes the address with history.replaceState, which fires no event: look twice a second.
  addEventListener('hashchange', update);
  addEventListener('DOMContentLoaded', update);
  setInterval(update, 500);
})();
`;
}
