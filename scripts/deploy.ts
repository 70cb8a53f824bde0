/**
 * npm run deploy [-- --dist DIR]      publish a production build (README「发布」)
 * npm run deploy -- --rollback        go back to the release before the live one
 * npm run deploy -- --list            the releases kept on the host
 * npm run deploy -- --check           is the live site this commit's, and healthy?
 * Reads DEPLOY_TARGET, DEPLOY_SSH_KEY, DEPLOY_KNOWN_HOSTS, DEPLOY_URL (DEPLOY_PORT, DEPLOY_KEEP)
 * from the environment: the CI's variables.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { currentCommit, sourceLabel } from '../src/lib/deploy/commit';
import { deployConfig } from '../src/lib/deploy/config';
import { releasePagePath, waitForLiveSite } from '../src/lib/deploy/health';
import { connect, type Remote } from '../src/lib/deploy/remote';
import { formatReleaseList, MANIFEST_FILE, parseReleaseList, releaseName, type ReleaseManifest } from '../src/lib/deploy/release';

const seconds = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} 秒`;

async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`▶ ${label}（${seconds(start)}）`);
  return result;
}

async function publish(remote: Remote, url: string, keep: number, dist: string): Promise<number> {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.error(`${dist}/ 里没有构建好的网站（缺 index.html）。请先运行 npm run build -- --production。`);
    return 1;
  }
  const commit = currentCommit();
  const name = releaseName(new Date(), commit);
  const before = await step('读取网站主机上的版本', async () => parseReleaseList(await remote.run('list')));
  const previous = before.find((e) => e.current)?.name;

  const extra = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-release-'));
  const manifest: ReleaseManifest = { release: name, commit, publishedAt: new Date().toISOString(), source: sourceLabel() };
  fs.writeFileSync(path.join(extra, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`, { mode: 0o644 });
  try {
    await step(`上传到 releases/${name}/${previous ? `（与 ${previous} 相同的文件用硬链接）` : ''}`, () =>
      remote.upload([dist, extra], name, previous),
    );
    await step(`切换 current → ${name}`, () => remote.run(`activate ${name}`));
  } catch (error) {
    // Nothing was switched: the live site is as it was. Leave no half-uploaded release behind.
    await remote.run(`remove ${name}`).catch(() => undefined);
    throw new Error(`${(error as Error).message}\n网站没有变化，仍是 ${previous ?? '（尚未发布）'}。`, { cause: error });
  } finally {
    fs.rmSync(extra, { recursive: true, force: true });
  }

  const pages = [releasePagePath(dist)].filter((p): p is string => Boolean(p));
  const problems = await step(`检查在线网站 ${url}`, () => waitForLiveSite(url, name, pages));
  if (problems.length) {
    console.error(`\n新版本 ${name} 上线后检查未通过：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    if (!previous) {
      console.error('这是第一次发布，没有可以切回的旧版本。请按上面的提示修好网站主机或 nginx 配置后重新发布。');
      return 1;
    }
    await step(`已自动切回上一个版本 ${previous}`, () => remote.run(`switch ${previous}`));
    await remote.run(`remove ${name}`);
    const again = await waitForLiveSite(url, previous, []);
    console.error(
      again.length
        ? `切回后网站仍有问题：${again.join(' ')} 请立即联系网站主机管理员。`
        : `网站已恢复为 ${previous}，和发布前一样。新版本已删除；请修好问题后重新发布。`,
    );
    return 1;
  }
  const removed = (await remote.run(`prune ${keep}`)).trim().split('\n').filter(Boolean);
  console.log(`\n发布成功：${url}/ 现在是版本 ${name}（提交 ${commit.slice(0, 12)}）。`);
  if (removed.length) console.log(`只保留最近 ${keep} 个版本，已删除：${removed.join('、')}。`);
  if (previous) console.log(`如需回到上一个版本，运行回退任务或 npm run deploy -- --rollback。`);
  return 0;
}

async function rollback(remote: Remote, url: string): Promise<number> {
  const start = performance.now();
  const target = (await remote.run('rollback')).trim();
  const problems = await waitForLiveSite(url, target, []);
  if (problems.length) {
    console.error(`已切回 ${target}，但检查未通过：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    return 1;
  }
  console.log(`已回退：${url}/ 现在是版本 ${target}（用时 ${seconds(start)}）。`);
  return 0;
}

async function check(remote: Remote, url: string, dist: string): Promise<number> {
  const commit = currentCommit();
  const live = parseReleaseList(await remote.run('list')).find((e) => e.current);
  if (!live || live.manifest?.commit !== commit) {
    console.error(`在线的版本是 ${live?.name ?? '（无）'}，不是这次提交 ${commit.slice(0, 12)} 的版本。`);
    return 1;
  }
  const pages = [releasePagePath(dist)].filter((p): p is string => Boolean(p));
  const problems = await waitForLiveSite(url, live.name, pages);
  if (problems.length) {
    console.error(`在线网站检查未通过：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    return 1;
  }
  console.log(`在线网站正常：${url}/ 是版本 ${live.name}（提交 ${commit.slice(0, 12)}）。`);
  return 0;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      rollback: { type: 'boolean' },
      list: { type: 'boolean' },
      check: { type: 'boolean' },
      dist: { type: 'string', default: 'dist' },
    },
  });
  const config = deployConfig();
  if ('problems' in config) {
    console.error(config.problems.join('\n'));
    return 2;
  }
  const remote = connect(config);
  try {
    if (values.list) {
      console.log(formatReleaseList(parseReleaseList(await remote.run('list'))));
      return 0;
    }
    if (values.rollback) return await rollback(remote, config.url);
    if (values.check) return await check(remote, config.url, path.resolve(values.dist));
    return await publish(remote, config.url, config.keep, path.resolve(values.dist));
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  } finally {
    remote.close();
  }
}

process.exitCode = await main();
