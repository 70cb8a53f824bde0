/**
 * npm run ci:install — the pipeline's install step (.gitlab-ci.yml, .github/workflows/publish.yml).
 * `npm ci --omit=dev` (what the pipeline runs: validate, build, deploy; not the developers' test
 * and check tools) when node_modules/ is missing or was installed from another package-lock.json; nothing
 * when the CI's cache brought back the very install this lock file makes. The incremental build's
 * cache (.astro-cache/, kept by the CI's cache between pipelines) lies outside node_modules/.
 * Plain JavaScript: it runs before the project's own tools are installed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';

const STAMP = 'node_modules/.ci-install-lock.sha256';

const lock = createHash('sha256').update(fs.readFileSync('package-lock.json')).digest('hex');
const installed = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8').trim() : '';
if (installed === lock) {
  console.log('依赖与 package-lock.json 一致（来自 CI 缓存），跳过 npm ci。');
} else {
  execFileSync('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  fs.writeFileSync(STAMP, `${lock}\n`);
}
