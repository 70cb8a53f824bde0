/**
 * A production site is served over HTTPS: an `http://` address in site.yaml would go into every
 * canonical link, feed, sitemap and share card, and browsers mark such pages 「不安全」. A warning,
 * since an office may build before its certificate is ready; previews need no https.
 */
import type { Content } from './schema-check';
import type { Problem } from './problem';

export function checkSiteUrl(c: Content, production: boolean, problems: Problem[]): void {
  if (!production || new URL(c.site.url).protocol === 'https:') return;
  problems.push({
    severity: 'warning',
    code: 'url-not-https',
    file: c.siteFile,
    field: 'url',
    message: `网站地址「${c.site.url}」不是 https:// 开头。正式网站应通过 HTTPS 访问（否则浏览器会提示「不安全」，分享链接和订阅地址也都会是 http）。请在网站配置好证书后把地址改为 https://。`,
  });
}
