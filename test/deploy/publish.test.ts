/**
 * From a commit to the public site, end to end on this machine: the real .gitlab-ci.yml run by
 * gitlab-ci-local (shell mode) in an office's repository, `npm run deploy` publishing over
 * Debian's OpenSSH server (forced command, throwaway keys, 127.0.0.1) into a folder that Debian's
 * nginx serves with deploy/nginx.conf. A client keeps requesting pages throughout the deploy and
 * the rollback and must never see a gap, an error or a page whose assets are gone.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from '../../src/lib/deploy/release';
import { serveWithNginx, type NginxServer } from '../../tools/lib/nginx';
import { createOfficeRepo, type OfficeRepo } from '../../tools/lib/office-repo';
import { runPipeline } from '../../tools/lib/pipeline';
import { startSshHost, type SshHost } from '../../tools/lib/sshd';
import { GOOD_ROOT, replaceIn } from '../helpers/content-root';

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-web-'));
fs.chmodSync(site, 0o755);
let repo: OfficeRepo;
let host: SshHost;
let nginx: NginxServer;
let variables: Record<string, string>;
const releases: string[] = [];

const live = async () => (await (await fetch(`${nginx.url}/${MANIFEST_FILE}`)).json()) as { release: string; commit: string };
const body = async (pathname: string) => Buffer.from(await (await fetch(nginx.url + pathname)).arrayBuffer());
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const releaseNames = () =>
  fs
    .readdirSync(path.join(site, 'releases'))
    .filter((n) => /^\d{8}T/.test(n))
    .sort();
const deployEnv = () => ({
  DEPLOY_TARGET: variables.DEPLOY_TARGET,
  DEPLOY_PORT: variables.DEPLOY_PORT,
  DEPLOY_SSH_KEY: variables.DEPLOY_SSH_KEY,
  DEPLOY_KNOWN_HOSTS: variables.DEPLOY_KNOWN_HOSTS,
  DEPLOY_URL: variables.DEPLOY_URL,
});

/** Requests pages and their assets until `work` ends (at most 20,000 requests); returns what went wrong. */
async function requestThroughout(work: Promise<unknown>): Promise<{ requests: number; failures: string[] }> {
  let done = false;
  void work.finally(() => (done = true));
  const failures: string[] = [];
  let requests = 0;
  while (!done && requests < 20_000) {
    for (const pathname of ['/', '/people/zhang-san/']) {
      const r = await fetch(nginx.url + pathname);
      const html = await r.text();
      requests++;
      if (r.status !== 200) failures.push(`${pathname}: HTTP ${r.status}`);
      const names = ['甲版文明网', '乙版文明网'].filter((n) => html.includes(n));
      if (r.status === 200 && names.length !== 1) failures.push(`${pathname}: ${names.join('+') || 'no release'}`);
      for (const [, asset] of html.matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)) {
        const a = await fetch(nginx.url + asset!);
        await a.arrayBuffer();
        requests++;
        if (a.status !== 200) failures.push(`${asset} of ${pathname} (${names.join('')}): HTTP ${a.status}`);
      }
    }
  }
  await work;
  return { requests, failures };
}

beforeAll(async () => {
  repo = createOfficeRepo(GOOD_ROOT, { keepInstall: true });
  replaceIn(repo.dir, 'content/site.yaml', 'name: 测试文明网', 'name: 甲版文明网');
  repo.git('commit', '-qam', '第一版');
  host = await startSshHost(site);
  nginx = await serveWithNginx(path.join(site, 'current'));
  variables = {
    DEPLOY_TARGET: host.target,
    DEPLOY_PORT: String(host.port),
    DEPLOY_SSH_KEY: host.keyFile,
    DEPLOY_KNOWN_HOSTS: host.knownHostsFile,
    DEPLOY_URL: nginx.url,
    DEPLOY_KEEP: '3',
  };
}, 240_000);

afterAll(async () => {
  await nginx?.close();
  await host?.close();
  repo?.remove();
  fs.rmSync(site, { recursive: true, force: true });
});

describe('publishing with the pipeline', () => {
  it('puts the first pipeline of main live: validate, build, deploy, verify', async () => {
    const r = await runPipeline(repo.dir, variables);
    expect(r.code, r.output).toBe(0);
    for (const job of ['validate', 'build', 'deploy', 'verify']) expect(r.output).toMatch(new RegExp(`${job}\\s.*finished in`));
    expect(r.output).toContain('发布成功');
    // main builds for production: validate and build refuse samples and leave drafts out.
    expect(r.output).toContain('正式发布模式');
    expect((await live()).commit).toBe(repo.head());
    expect((await body('/')).toString()).toContain('甲版文明网');
    releases.push(...releaseNames());
    expect(releases).toHaveLength(1);
    expect(fs.readlinkSync(path.join(site, 'current'))).toBe(`releases/${releases[0]}`);
  }, 600_000);

  it('puts a content change live as a second release, keeps the first, hard-links what did not change and never shows a broken page', async () => {
    const photo = path.join(repo.dir, 'content/images/people/zhang-san.png');
    const negated = await sharp(fs.readFileSync(photo)).negate({ alpha: false }).png().toBuffer();
    const commit = repo.commit('第二版', (dir) => {
      replaceIn(dir, 'content/site.yaml', 'name: 甲版文明网', 'name: 乙版文明网');
      fs.writeFileSync(photo, negated);
    });
    const { requests, failures } = await requestThroughout(
      runPipeline(repo.dir, variables).then((r) => expect(r.code, r.output).toBe(0)),
    );
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(50);
    expect((await live()).commit).toBe(commit);
    expect((await body('/')).toString()).toContain('乙版文明网');
    const names = releaseNames();
    expect(names).toHaveLength(2);
    expect(names[0]).toBe(releases[0]);
    releases.push(names[1]!);
    const [first, second] = releases.map((n) => path.join(site, 'releases', n!));
    expect(fs.statSync(path.join(second!, 'files/notice.pdf')).ino).toBe(fs.statSync(path.join(first!, 'files/notice.pdf')).ino);
    // A page still open from the first release finds its (now replaced) photo and styles.
    const oldPage = fs.readFileSync(path.join(first!, 'people/zhang-san/index.html'), 'utf8');
    const oldAssets = [...oldPage.matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!);
    const newPage = fs.readFileSync(path.join(second!, 'people/zhang-san/index.html'), 'utf8');
    expect(oldAssets.filter((a) => !newPage.includes(a)).length).toBeGreaterThan(0);
    for (const asset of oldAssets) expect((await fetch(nginx.url + asset)).status, asset).toBe(200);
  }, 600_000);

  it('lists the releases with their commits and times', async () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/deploy.ts', '--list'], {
      encoding: 'utf8',
      env: { ...process.env, ...deployEnv() },
    });
    expect(out).toContain('网站主机上保留的版本');
    expect(out).toMatch(new RegExp(`→ 当前\\s+${releases[1]}\\s+提交 ${repo.head().slice(0, 12)}`));
    expect(out).toContain(releases[0]);
  });

  it('goes back to the first release with the manual rollback job, with no gap for readers', async () => {
    const { failures } = await requestThroughout(
      runPipeline(repo.dir, variables, ['rollback']).then((r) => expect(r.code, r.output).toBe(0)),
    );
    expect(failures).toEqual([]);
    expect((await live()).release).toBe(releases[0]);
    expect((await body('/')).toString()).toContain('甲版文明网');
    expect(releaseNames()).toEqual(releases);
  }, 300_000);

  it('stops a commit with invalid content at validate and leaves the live site byte for byte as it was', async () => {
    const before = sha(await body('/'));
    repo.commit('错误内容', (dir) => replaceIn(dir, 'content/people/li-si.md', 'category: 敬业奉献', 'category: 不存在的类别'));
    const r = await runPipeline(repo.dir, variables);
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('li-si.md');
    expect(r.output).not.toMatch(/build\s.*finished in/);
    expect(r.output).not.toMatch(/deploy\s.*starting/);
    expect(sha(await body('/'))).toBe(before);
    expect(releaseNames()).toEqual(releases);
    repo.git('revert', '--no-edit', 'HEAD');
  }, 300_000);

  it('switches back by itself when the new release fails its health check', async () => {
    const before = sha(await body('/'));
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-broken-'));
    fs.cpSync(path.join(site, 'releases', releases[1]!), broken, { recursive: true });
    fs.rmSync(path.join(broken, 'pagefind'), { recursive: true, force: true });
    fs.rmSync(path.join(broken, MANIFEST_FILE));
    let out = '';
    let code = 0;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/deploy.ts', '--dist', broken], {
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, ...deployEnv() },
      });
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      code = e.status;
      out = e.stdout + e.stderr;
    }
    fs.rmSync(broken, { recursive: true, force: true });
    expect(code, out).toBe(1);
    expect(out).toContain('/pagefind/pagefind-entry.json 打不开');
    expect(out).toContain(`已自动切回上一个版本 ${releases[0]}`);
    expect((await live()).release).toBe(releases[0]);
    expect(sha(await body('/'))).toBe(before);
    expect(releaseNames()).toEqual(releases);
  }, 120_000);
});

describe('what the publishing key can do on the host', () => {
  const ssh = (command: string) => {
    try {
      return { code: 0, out: execFileSync('ssh', [...host.sshArgs, host.target, command], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (error) {
      const e = error as { status: number; stderr: string };
      return { code: e.status, out: e.stderr };
    }
  };

  it('runs no shell command and writes nowhere but releases/', () => {
    const shell = ssh('touch /tmp/bz-escaped; cat /etc/passwd');
    expect(shell.code).not.toBe(0);
    expect(shell.out).toContain('这个密钥只能用于发布网站');
    expect(fs.existsSync('/tmp/bz-escaped')).toBe(false);
    expect(ssh('remove ../../etc').out).toContain('发布名称不合规');
    expect(ssh(`remove ${releases[0]}`).out).toContain('不能删除正在使用的版本');
    const rsync = (dest: string, extra: string[] = []) => {
      try {
        execFileSync('rsync', ['-r', ...extra, '-e', ['ssh', ...host.sshArgs].join(' '), 'deploy/', `${host.target}:${dest}`], {
          stdio: 'pipe',
        });
        return 0;
      } catch (error) {
        return (error as { status: number }).status;
      }
    };
    expect(rsync('../escaped/')).not.toBe(0);
    expect(fs.existsSync(path.join(site, 'escaped'))).toBe(false);
    // Reading back (a download) is refused too: the key only uploads.
    expect(() =>
      execFileSync(
        'rsync',
        ['-r', '-e', ['ssh', ...host.sshArgs].join(' '), `${host.target}:${releases[0]}/`, os.tmpdir() + '/bz-pulled/'],
        { stdio: 'pipe' },
      ),
    ).toThrow();
    expect(fs.existsSync(path.join(os.tmpdir(), 'bz-pulled'))).toBe(false);
  });
  it('keeps the newest releases and the live one when pruning', () => {
    const old = ['20000101T000000Z-aaaaaaa', '20000102T000000Z-bbbbbbb'];
    for (const name of old)
      execFileSync('rsync', ['-r', '-e', ['ssh', ...host.sshArgs].join(' '), 'deploy/bozhou/', `${host.target}:${name}/`], {
        stdio: 'pipe',
      });
    expect(releaseNames()).toEqual([...old, ...releases]);
    const removed = ssh('prune 2');
    expect(removed.code).toBe(0);
    expect(removed.out.trim().split('\n')).toEqual(old);
    expect(releaseNames()).toEqual(releases);
    expect(ssh('prune 1').out).toContain('保留数量须是不小于 2 的整数');
  });
});
