/**
 * npm run test:browser:city2 [-- --city 341200 --scale 300 --out .city2-build] [test files…]
 * The browser suite on a second city: writes the city's sample root (npm run sample), builds it
 * (npm run build with CONTENT_DIR) and runs the browser tests that read a build (BROWSER_DIST)
 * with CONTENT_DIR pointing at that root, so their city-specific expectations come from it
 * (test/helpers/templates.ts, suite-facts.ts). The search, CMS and nginx-header suites do not
 * depend on the city and run once, on the bundled content, in npm run test:browser.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

const SUITES = ['portal', 'phone-first', 'reader-details', 'directory', 'finder-grid'].map((s) => `test/browser/${s}.test.ts`);

function run(what: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n> ${what}`);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) console.error(`${what} failed (exit ${r.status ?? r.signal}).`);
  return r.status === 0;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      city: { type: 'string', default: '341200' },
      scale: { type: 'string', default: '300' },
      out: { type: 'string', default: '.city2-build' },
    },
  });
  const out = path.resolve(values.out);
  const content = path.join(out, 'content');
  const dist = path.join(out, 'dist');
  const env = { CONTENT_DIR: content, BROWSER_DIST: dist };
  const tsx = (script: string, ...args: string[]) => ['--import', 'tsx', path.resolve(script), ...args];
  const ok =
    run(
      `sample of ${values.city}`,
      tsx('scripts/sample.ts', '--city', values.city, '--scale', values.scale, '--out', content, '--force'),
    ) &&
    run(`build of ${content}`, tsx('scripts/build.ts', '--out', dist), env) &&
    run(
      'browser suite',
      [
        path.resolve('node_modules/vitest/vitest.mjs'),
        'run',
        '--config',
        'vitest.browser.config.ts',
        ...(positionals.length ? positionals : SUITES),
      ],
      env,
    );
  return ok ? 0 : 1;
}

process.exitCode = main();
