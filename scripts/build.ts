/**
 * npm run build [-- --production]
 * validate → astro build → search index, into a temporary folder that replaces dist/ only when
 * every step has passed. CONTENT_DIR points all steps at another content root.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isProduction } from '../src/lib/build-mode';
import { astroCli } from '../src/lib/build/astro-cli';
import { buildDirs, createOutputDir, discardOutput, publishOutput, recoverDist } from '../src/lib/build/atomic-dist';
import { astroHeapMiB, capacityMessage, totalMemory } from '../src/lib/build/capacity';
import { watchTreeMemory } from '../src/lib/build/tree-memory';
import { runtimeLine } from '../src/lib/build/runtime';
import { contentDir, displayPath } from '../src/lib/content/paths';
import { formatProblem, summaryLine } from '../src/lib/validate/problem';
import { validateContentAndImages } from '../src/lib/validate';

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

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { production: { type: 'boolean' }, out: { type: 'string' } } });
  const production = isProduction(values.production);
  console.log(runtimeLine());
  const content = contentDir();
  const dirs = buildDirs(root, values.out ? path.resolve(values.out) : undefined);
  recoverDist(dirs);
  recoverDist(buildDirs(root));

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

  const output = createOutputDir(dirs, root);
  const cleanUp = (signal: NodeJS.Signals) => {
    running?.kill(signal);
    discardOutput(output);
    console.error(`\n构建被中断（${signal}）。${displayPath(dirs.dist)}/ 保持不变。`);
    process.exit(130);
  };
  process.once('SIGINT', cleanUp);
  process.once('SIGTERM', cleanUp);

  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${astroHeapMiB(memory)}`.trim();
  const env = {
    ...process.env,
    CONTENT_DIR: content,
    BUILD_OUT_DIR: output,
    PRODUCTION: production ? '1' : '',
    NODE_OPTIONS: nodeOptions,
  };
  try {
    await run('生成网页（astro build）', 'astro', [astroCli(), 'build'], env);
    await run('建立搜索索引', 'search', ['--import', 'tsx', path.join(root, 'scripts/index-search.ts'), output], env);
  } catch (error) {
    discardOutput(output);
    console.error(`\n${(error as Error).message}。${displayPath(dirs.dist)}/ 保持不变。`);
    return 1;
  }
  publishOutput(dirs, output);
  console.log(`\n构建完成：${displayPath(dirs.dist)}/`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
