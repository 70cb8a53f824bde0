/**
 * npm run gen:nginx [-- --check]
 * Writes deploy/bozhou/headers*.conf, the nginx snippets with the Content-Security-Policy and
 * the other security headers, from src/lib/security/csp.ts.
 * --check: writes nothing, exits 1 when a committed file differs from what would be written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { nginxHeaderFiles } from '../src/lib/security/nginx-headers';

const OUT = path.resolve('deploy/bozhou');

function main(): number {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
  const stale: string[] = [];
  for (const [file, text] of Object.entries(nginxHeaderFiles())) {
    const target = path.join(OUT, file);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (current === text) continue;
    stale.push(`deploy/bozhou/${file}`);
    if (!values.check) {
      fs.mkdirSync(OUT, { recursive: true });
      fs.writeFileSync(target, text);
    }
  }
  if (values.check && stale.length) {
    console.error(`以下 nginx 配置与 src/lib/security/csp.ts 不一致：${stale.join('、')}。请运行 npm run gen:nginx 并提交。`);
    return 1;
  }
  console.log(stale.length ? `已更新：${stale.join('、')}` : 'nginx 响应头配置已是最新。');
  return 0;
}

process.exitCode = main();
