import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCmsServer, type CmsServer } from '../../../src/lib/cms/server';
import { startGitHttpServer, type GitHttpServer } from '../../../tools/lib/git-http-server';
import { sysGit, tempContentRepo } from '../../helpers/git-repo';

let remote: GitHttpServer;
let server: CmsServer;
let dir: string;
const story = () => path.join(dir, 'content/people/li-si.md');

beforeAll(async () => {
  remote = await startGitHttpServer({ token: 'office-token' });
  dir = await tempContentRepo(remote.url.replace('http://', 'http://editor:office-token@'));
  server = await startCmsServer({
    contentDir: path.join(dir, 'content'),
    configFile: path.resolve('cms/config.yml'),
    previewOrigin: '',
  });
});
afterAll(async () => {
  await server?.close();
  await remote?.close();
});

const origin = () => new URL(server.url).origin;
const page = async (p: string) => (await fetch(new URL(p, server.url))).text();
const tokenOf = (html: string) => /name="token" value="([^"]+)"/.exec(html)?.[1] ?? '';

function post(p: string, fields: [string, string][], headers: Record<string, string> = { origin: origin() }) {
  return fetch(new URL(p, server.url), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

function edit(from: string, to: string) {
  const text = fs.readFileSync(story(), 'utf8');
  if (!text.includes(from)) throw new Error(`no ${from}`);
  fs.writeFileSync(story(), text.replace(from, to));
}

describe('the 提交 and 发布 pages of npm run cms', () => {
  it('shows what would be committed, and offers no form while validate reports an error', async () => {
    edit('category: 敬业奉献', 'category: 敬业');
    const html = await page('/commit/');
    expect(html).toContain('<tr><td>修改</td><td>content/people/li-si.md</td></tr>');
    expect(html).toContain('检查发现 1 个错误，改正后才能提交。');
    expect(html).not.toContain('<form');
  });

  it('refuses a POST that does not come from its own page, whatever it carries', async () => {
    edit('category: 敬业', 'category: 敬业奉献');
    edit('county: 蒙城县', 'county: 利辛县');
    const token = tokenOf(await page('/commit/'));
    expect(token).toMatch(/^[\w-]{40,}$/);
    const fields: [string, string][] = [
      ['token', token],
      ['name', '攻击者'],
      ['message', 'x'],
    ];
    expect((await post('/commit/', fields, {})).status).toBe(403); // no Origin
    expect((await post('/commit/', fields, { origin: 'https://evil.example' })).status).toBe(403);
    expect(
      (
        await post('/commit/', [
          ['token', 'guess'],
          ['name', 'a'],
          ['message', 'b'],
        ])
      ).status,
    ).toBe(403);
    expect((await post('/publish/', fields, { origin: origin(), 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(sysGit(dir, 'log', '--format=%s')).toBe('初始内容\n');
  });

  it('refuses the commit itself when a mistake was saved after the form was shown, saying why', async () => {
    const token = tokenOf(await page('/commit/'));
    edit('category: 敬业奉献', 'category: 敬业');
    const res = await post('/commit/', [
      ['token', token],
      ['name', '张编辑'],
      ['message', '改类别'],
      ['file', 'content/people/li-si.md'],
    ]);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('没有提交：检查发现 1 个错误，改正后才能提交。');
    expect(await page('/check/')).toContain('<caption>尚未提交的改动：1 个文件</caption>');
    expect(sysGit(dir, 'log', '--format=%s')).toBe('初始内容\n');
  });

  it('commits the fixed file with the name and message typed, then shows it as not yet published', async () => {
    edit('category: 敬业', 'category: 敬业奉献');
    const form = await page('/commit/');
    expect(form).toContain('<button type="submit">提交</button>');
    const res = await post('/commit/', [
      ['token', tokenOf(form)],
      ['name', '张编辑'],
      ['message', '李四改为利辛县'],
      ['file', 'content/people/li-si.md'],
    ]);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/publish\/\?committed=[0-9a-f]{40}&files=1$/);
    expect(sysGit(dir, 'log', '-1', '--format=%an|%s')).toBe('张编辑|李四改为利辛县\n');
    const after = await page(res.headers.get('location')!);
    expect(after).toContain('已提交「李四改为利辛县」（1 个文件）。');
    expect(after).toContain('<caption>尚未发布的提交：1 个</caption>');
    expect(await page('/check/')).toMatch(/<td>张编辑<\/td><td>李四改为利辛县<\/td>/);
    expect(sysGit(dir, 'config', 'user.name')).toBe('张编辑\n'); // filled in next time
  });

  it('publishes to the remote and says what happens next, with the pipeline to watch', async () => {
    const res = await post('/publish/', [['token', tokenOf(await page('/publish/'))]]);
    expect(res.status).toBe(303);
    expect(sysGit(remote.bare, 'log', '-1', '--format=%s', 'main')).toBe('李四改为利辛县\n');
    const html = await page(res.headers.get('location')!);
    expect(html).toContain('已发布：1 个提交已送到单位的代码服务器。');
    expect(html).toContain('流水线自动运行：先检查内容，再生成网站');
    expect(html).toContain(`<a href="${remote.url.replace(/\.git$/, '')}/-/pipelines">流水线页面</a>`);
    expect(html).not.toContain('office-token');
    expect(await page('/check/')).toContain('没有等待发布的提交');
  });

  it('says so in Chinese when the content folder is not in a git repository', async () => {
    const loose = fs.mkdtempSync(path.join(path.dirname(dir), 'bz-loose-'));
    fs.cpSync(path.join(dir, 'content'), path.join(loose, 'content'), { recursive: true });
    const other = await startCmsServer({
      contentDir: path.join(loose, 'content'),
      configFile: path.resolve('cms/config.yml'),
      previewOrigin: '',
    });
    try {
      expect(await (await fetch(`${other.url}commit/`)).text()).toContain('不在 Git 仓库里，无法提交。');
    } finally {
      await other.close();
    }
  });
});
