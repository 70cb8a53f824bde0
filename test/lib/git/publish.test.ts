import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitContent } from '../../../src/lib/git/commit-content';
import { openRepo } from '../../../src/lib/git/content-changes';
import { pipelineUrl, publish, unpushedCommits, withoutCredentials } from '../../../src/lib/git/publish';
import { startGitHttpServer, type GitHttpServer } from '../../../tools/lib/git-http-server';
import { cloneOf, sysGit, sysGitAsync, tempContentRepo } from '../../helpers/git-repo';

let remote: GitHttpServer;
// A fresh office remote for each test, which asks for a token like a GitLab would.
beforeEach(async () => {
  remote = await startGitHttpServer({ token: 'office-token' });
});
afterEach(() => remote?.close());

const withToken = () => remote.url.replace('http://', 'http://editor:office-token@');

async function commitChange(dir: string, name: string, from: string, to: string, message: string) {
  const file = path.join(dir, 'content/people/li-si.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(from, to));
  const repo = await openRepo(path.join(dir, 'content'));
  const result = await commitContent(repo, path.join(dir, 'content'), { name, message });
  expect(result.status).toBe('committed');
  return repo;
}

describe('the web editor publish', () => {
  it('lists what is committed but not pushed, pushes it to the remote, and then lists nothing', async () => {
    const dir = await tempContentRepo(withToken());
    const repo = await commitChange(
      dir,
      '张编辑',
      'summary: 李四志愿服务队坚持义务巡河。',
      'summary: 坚持义务巡河十年。',
      '改李四的简介',
    );
    const before = await unpushedCommits(repo);
    expect(before.total).toBe(1);
    expect(before.commits[0]).toMatchObject({ title: '改李四的简介', author: '张编辑' });
    const result = await publish(repo);
    expect(result).toMatchObject({
      status: 'published',
      count: 1,
      merged: false,
      remote: { name: 'origin', branch: 'main', url: remote.url },
    });
    expect(sysGit(remote.bare, 'log', '-1', '--format=%an|%s', 'main')).toBe('张编辑|改李四的简介\n');
    expect(sysGit(remote.bare, 'show', 'main:content/people/li-si.md')).toContain('summary: 坚持义务巡河十年。');
    expect(await unpushedCommits(repo)).toEqual({ total: 0, commits: [] });
    expect(await publish(repo)).toMatchObject({ status: 'nothing' });
  });

  it("merges a colleague's publish of another file first, then pushes both", async () => {
    const mine = await tempContentRepo(withToken());
    const theirs = await cloneOf(withToken());
    const file = path.join(theirs, 'content/people/zhang-san.md');
    fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8')}\n同事补充的一段。\n`);
    sysGit(theirs, 'commit', '-q', '-am', '同事补充张三');
    await sysGitAsync(theirs, 'push', '-q', 'origin', 'main');
    const repo = await commitChange(mine, '张编辑', 'county: 蒙城县', 'county: 利辛县', '改李四的县区');
    const result = await publish(repo);
    expect(result).toMatchObject({ status: 'published', merged: true });
    const log = sysGit(remote.bare, 'log', '--format=%s', 'main');
    expect(log).toContain('改李四的县区');
    expect(log).toContain('同事补充张三');
    // The working folder now has the colleague's paragraph too.
    expect(fs.readFileSync(path.join(mine, 'content/people/zhang-san.md'), 'utf8')).toContain('同事补充的一段。');
    expect(await unpushedCommits(repo)).toEqual({ total: 0, commits: [] });
  });

  it('says in Chinese that the remote refused the login, and keeps the commit to publish later', async () => {
    const dir = await tempContentRepo(withToken());
    sysGit(dir, 'remote', 'set-url', 'origin', remote.url); // no token
    const repo = await commitChange(dir, '张编辑', 'county: 蒙城县', 'county: 涡阳县', '改县区');
    const result = await publish(repo);
    expect(result).toEqual({
      status: 'failed',
      reason: `远程仓库 ${remote.url} 拒绝了发布：没有登录信息或口令已失效。请请负责发布的同事重新设置发布口令。`,
    });
    expect((await unpushedCommits(repo)).total).toBe(1);
  });

  it('says an SSH address cannot be used, and that no remote is set up', async () => {
    const dir = await tempContentRepo();
    const repo = await commitChange(dir, '张编辑', 'county: 蒙城县', 'county: 涡阳县', '改县区');
    expect(await publish(repo)).toMatchObject({ status: 'failed', reason: expect.stringContaining('还没有设置发布地址') });
    // With no remote-tracking branch, every commit counts as unpublished.
    expect((await unpushedCommits(repo)).total).toBe(2);
    sysGit(dir, 'remote', 'add', 'origin', 'git@gitlab.example.org:office/portal.git');
    expect(await publish(repo)).toMatchObject({ status: 'failed', reason: expect.stringContaining('不是 https:// 开头的地址') });
  });

  it('shows the remote without its token and finds where the pipeline is seen', async () => {
    const dir = await tempContentRepo();
    const repo = await openRepo(path.join(dir, 'content'));
    expect(withoutCredentials('https://oauth2:glpat-xyz@gitlab.example.org/office/portal.git')).toBe(
      'https://gitlab.example.org/office/portal.git',
    );
    const remoteAt = (url: string) => ({ name: 'origin', branch: 'main', url });
    expect(await pipelineUrl(repo, remoteAt('https://gitlab.example.org/office/portal.git'))).toBe(
      'https://gitlab.example.org/office/portal/-/pipelines',
    );
    expect(await pipelineUrl(repo, remoteAt('https://github.com/office/portal'))).toBe(
      'https://github.com/office/portal/actions',
    );
    sysGit(dir, 'config', 'bz.pipelineUrl', 'https://git.example.org/office/portal/actions');
    expect(await pipelineUrl(repo, remoteAt('https://git.example.org/office/portal.git'))).toBe(
      'https://git.example.org/office/portal/actions',
    );
  });
});
