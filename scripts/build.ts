/**
 * npm run build [-- --production] [--clean]
 * validate → astro build and, beside it, the search index, into a work folder that replaces dist/
 * only when every step has passed. Incremental: astro skips the pages whose inputs did not change
 * since the last build of the same dist/ (their cacheKey, src/lib/build/cache-key.ts), and the
 * search step links the index files the previous dist/ already has. `--clean` (or a cache that
 * cannot be trusted, build-cache.ts) builds everything. When neither the content nor the program
 * changed since the build that made dist/, and dist/ is as it left it, nothing runs after validate
 * (build-inputs.ts). CONTENT_DIR points all steps at another content root.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isProduction } from '../src/lib/build-mode';
import { astroCli } from '../src/lib/build/astro-cli';
import { buildDirs, createOutputDir, discardOutput, lockBuild, publishOutput, recoverDist } from '../src/lib/build/atomic-dist';
import {
  cacheDirFor,
  clearCache,
  currentStamp,
  distrust,
  pruneCaches,
  stampCache,
  unstampCache,
} from '../src/lib/build/build-cache';
import { buildInputs, forgetInputs, inputsLine, recordInputs, recordedInputs } from '../src/lib/build/build-inputs';
import { astroHeapMiB, capacityMessage, totalMemory } from '../src/lib/build/capacity';
import { watchTreeMemory } from '../src/lib/build/tree-memory';
import { runtimeLine } from '../src/lib/build/runtime';
import { contentDir, displayPath } from '../src/lib/content/paths';
import { formatProblem, summaryLine } from '../src/lib/validate/problem';
import { validateContentAndImages } from '../src/lib/validate';
import { BUNDLE_PATH } from '../src/lib/search/bundle';
import { versionSearchPage } from '../src/lib/search/versioned-bundle';
import { writeSearchIndex } from '../src/lib/search/write-index';
import type { Content } from '../src/lib/validate/schema-check';

const root = process.cwd();
let running: ReturnType<typeof spawn> | undefined;

/** With BZ_STEP_REPORT=file, each step appends its wall time and peak RSS there (npm run bench). */
const report = process.env.BZ_STEP_REPORT;
const measured = (args: string[]) => (report ? ['--import', path.join(root, 'bench/report-rss.mjs'), ...args] : args);

function run(label: string, step: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    console.log(`\n▶ ${label}`);
    running = spawn(process.execPath, measured(args), { stdio: 'inherit', env: { ...env, BZ_STEP_LABEL: step } });
    const memory = report && running.pid ? watchTreeMemory(running.pid) : undefined;
    running.on('error', reject);
    running.on('exit', (code, signal) => {
      running = undefined;
      const peak = memory?.stop();
      if (report && peak) fs.appendFileSync(report, `${JSON.stringify({ step, treePeakRssBytes: peak })}\n`);
      if (code === 0) resolve();
      else reject(new Error(`${label}失败（${signal ? `信号 ${signal}` : `退出码 ${code}`}）`));
    });
  });
}

/**
 * The search page's preload links, to the names the index was written under (versioned-bundle.ts).
 * Written beside the page and renamed over it, never in place: astro may have restored the page
 * from its cache as a link to the cached file.
 */
function versionSearchLinks(output: string, bundle: string): void {
  const page = path.join(output, 'search/index.html');
  const entry = fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8');
  fs.writeFileSync(`${page}.tmp`, versionSearchPage(fs.readFileSync(page, 'utf8'), BUNDLE_PATH, entry));
  fs.renameSync(`${page}.tmp`, page);
}

/** The search index from the content validate has read (no second reading), into `dir`. */
async function indexSearch(
  content: Content,
  dir: string,
  production: boolean,
  previous: string,
  inputsFile: string,
): Promise<string> {
  const start = performance.now();
  const previousInputs = fs.existsSync(inputsFile) ? fs.readFileSync(inputsFile, 'utf8').trim() : undefined;
  const s = await writeSearchIndex(content, dir, { production, previous, previousInputs });
  const ms = Math.round(performance.now() - start);
  if (report) fs.appendFileSync(report, `${JSON.stringify({ step: 'search', code: 0, wallMs: ms })}\n`);
  const reused = s.unchanged ? '，搜索内容没有变化，沿用上次的索引' : s.reused ? `，其中 ${s.reused} 个与上次相同、未重写` : '';
  console.log(
    `\n▶ 搜索索引（Pagefind）：${s.records} 条记录，${s.files} 个文件${reused}，共 ${(s.bytes / 1024 / 1024).toFixed(1)} MB（${ms} 毫秒）。`,
  );
  return s.inputs;
}

/** Beside the cache: what the published search index was made from (write-index.ts). */
const SEARCH_INPUTS = 'search-inputs.txt';

/** Decides whether this build may reuse the cache, and says so when it may not. */
function prepareCache(cacheDir: string, content: string, clean: boolean): void {
  const reason = clean ? undefined : distrust(cacheDir, currentStamp(root, content));
  if (clean) console.log('▶ 全量构建（--clean）：不使用上次构建的缓存。');
  else if (reason) console.warn(`▶ 上次构建的缓存不可信（${reason}），本次全量构建。`);
  else if (fs.existsSync(path.join(cacheDir, 'incremental-build.json')))
    console.log('▶ 增量构建：只重新生成输入有变化的网页（全量构建：npm run build -- --clean）。');
  if (clean || reason) clearCache(cacheDir);
  unstampCache(cacheDir);
}

async function main(): Promise<number> {
  const startedAt = performance.now();
  const { values } = parseArgs({
    options: { production: { type: 'boolean' }, out: { type: 'string' }, clean: { type: 'boolean' } },
  });
  const production = isProduction(values.production);
  console.log(runtimeLine());
  const content = contentDir();
  const dirs = buildDirs(root, values.out ? path.resolve(values.out) : undefined);
  recoverDist(dirs);
  recoverDist(buildDirs(root));

  // Before validate reads the content: a file saved while the build runs makes the next build's differ.
  const inputs = buildInputs(root, content, production);
  console.log(`▶ 检查内容：${displayPath(content)}${production ? '（正式发布模式）' : ''}`);
  const validateStart = performance.now();
  const result = await validateContentAndImages(content, { production });
  if (report) {
    const line = {
      step: 'validate',
      code: result.errors ? 1 : 0,
      wallMs: Math.round(performance.now() - validateStart),
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
    };
    fs.appendFileSync(report, `${JSON.stringify(line)}\n`);
  }
  for (const p of result.problems) (p.severity === 'error' ? console.error : console.warn)(formatProblem(p));
  console.log(summaryLine(result.problems, result.fileCount));
  if (result.errors > 0) {
    console.error(`\n构建已停止：内容有 ${result.errors} 个错误。${displayPath(dirs.dist)}/ 保持不变。`);
    return 1;
  }

  const c = result.content!;
  const entries = c.releases.length + c.people.length + c.pages.length + c.rules.length + c.practiceSites.length;
  const memory = totalMemory();
  const tooBig = capacityMessage(entries, memory);
  if (tooBig) {
    console.error(`\n${tooBig}${displayPath(dirs.dist)}/ 保持不变。`);
    return 1;
  }

  const lock = await lockBuild(dirs, root, () => console.log(`▶ 等待另一个构建（同一 ${displayPath(dirs.dist)}/）结束……`));
  const cacheDir = cacheDirFor(root, content, dirs.dist);
  const line = values.clean ? undefined : inputsLine(inputs, dirs.dist);
  if (line !== undefined && !distrust(cacheDir, currentStamp(root, content)) && recordedInputs(cacheDir) === line) {
    lock.release();
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    console.log(
      `\n▶ 内容和程序自上次构建以来都没有变化，${displayPath(dirs.dist)}/ 就是这次构建的结果，不再重新生成（全量构建：npm run build -- --clean）。`,
    );
    console.log(`\n构建完成：${displayPath(dirs.dist)}/（${seconds} 秒）`);
    return 0;
  }
  forgetInputs(cacheDir);
  prepareCache(cacheDir, content, Boolean(values.clean));
  const output = createOutputDir(dirs, root);
  const searchDir = createOutputDir(dirs, root, 'search');
  const cleanUp = (signal: NodeJS.Signals) => {
    running?.kill(signal);
    discardOutput(output);
    discardOutput(searchDir);
    console.error(`\n构建被中断（${signal}）。${displayPath(dirs.dist)}/ 保持不变。`);
    process.exit(130);
  };
  process.once('SIGINT', cleanUp);
  process.once('SIGTERM', cleanUp);
  // Pagefind's Node API never settles when its binary dies: the event loop then runs dry with
  // the search step still pending, which must not pass for a finished build.
  const stalled = () => {
    discardOutput(output);
    discardOutput(searchDir);
    console.error(`\n建立搜索索引失败（Pagefind 意外结束）。${displayPath(dirs.dist)}/ 保持不变。`);
    process.exitCode = 1;
  };
  process.once('beforeExit', stalled);

  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${astroHeapMiB(memory)}`.trim();
  const env = {
    ...process.env,
    CONTENT_DIR: content,
    BUILD_OUT_DIR: output,
    PRODUCTION: production ? '1' : '',
    NODE_OPTIONS: nodeOptions,
    BZ_CACHE_DIR: cacheDir,
    BZ_INCREMENTAL: '1',
  };
  const tree = report ? watchTreeMemory(process.pid) : undefined;
  let searchInputs: string;
  try {
    const astro = run('生成网页（astro build）', 'astro', [astroCli(), 'build'], env);
    const inputsFile = path.join(cacheDir, SEARCH_INPUTS);
    const search = indexSearch(c, searchDir, production, path.join(dirs.dist, BUNDLE_PATH), inputsFile).catch(
      (error: unknown) => {
        running?.kill('SIGTERM');
        throw new Error(`建立搜索索引失败（${error instanceof Error ? error.message : String(error)}）`);
      },
    );
    // Both settle before the output is discarded; the search's failure is the one to tell when
    // it stopped astro.
    const [searched, built] = await Promise.allSettled([search, astro]);
    for (const r of [searched, built]) if (r.status === 'rejected') throw r.reason;
    searchInputs = (searched as PromiseFulfilledResult<string>).value;
    versionSearchLinks(output, path.join(searchDir, BUNDLE_PATH));
    fs.renameSync(path.join(searchDir, BUNDLE_PATH), path.join(output, BUNDLE_PATH));
  } catch (error) {
    process.off('beforeExit', stalled);
    discardOutput(output);
    discardOutput(searchDir);
    console.error(`\n${(error as Error).message}。${displayPath(dirs.dist)}/ 保持不变。`);
    return 1;
  }
  process.off('beforeExit', stalled);
  discardOutput(searchDir);
  publishOutput(dirs, output);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`\n构建完成：${displayPath(dirs.dist)}/（${seconds} 秒）`);
  if (report && tree) fs.appendFileSync(report, `${JSON.stringify({ step: 'build', treePeakRssBytes: tree.stop() })}\n`);
  stampCache(cacheDir, currentStamp(root, content), dirs.dist);
  fs.writeFileSync(path.join(cacheDir, SEARCH_INPUTS), `${searchInputs}\n`);
  recordInputs(cacheDir, inputs, dirs.dist);
  lock.release();
  pruneCaches(root);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
