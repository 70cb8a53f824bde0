import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitContent, lastAuthorName } from '../../../src/lib/git/commit-content';
import { contentChanges, openRepo } from '../../../src/lib/git/content-changes';
import { sysGit, tempContentRepo } from '../../helpers/git-repo';

const story = 'content/people/li-si.md';

function edit(dir: string, file: string, from: string, to: string) {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  fs.writeFileSync(full, text.replace(from, to));
}

/** One added, one modified and one deleted content file, and a changed file outside content/. */
function threeChanges(dir: string) {
  fs.copyFileSync(path.join(dir, story), path.join(dir, 'content/people/wang-wu.md'));
  edit(dir, 'content/people/wang-wu.md', 'name: 李四', 'name: 王五');
  edit(dir, story, 'name: 李四', 'name: 李四（改）');
  fs.rmSync(path.join(dir, 'content/pages/about.md'));
  fs.writeFileSync(path.join(dir, 'README.md'), '# changed outside content\n');
}

describe('the web editor commit', () => {
  it('lists the added, changed and deleted content files, and nothing outside content/', async () => {
    const dir = await tempContentRepo();
    threeChanges(dir);
    expect(await contentChanges(await openRepo(path.join(dir, 'content')))).toEqual([
      { path: 'content/pages/about.md', change: 'deleted' },
      { path: 'content/people/li-si.md', change: 'modified' },
      { path: 'content/people/wang-wu.md', change: 'added' },
    ]);
  });

  it('refuses to commit while validate reports an error, and commits nothing', async () => {
    const dir = await tempContentRepo();
    edit(dir, story, 'category: 敬业奉献', 'category: 敬业');
    const head = sysGit(dir, 'rev-parse', 'HEAD');
    const repo = await openRepo(path.join(dir, 'content'));
    const result = await commitContent(repo, path.join(dir, 'content'), { name: '张编辑', message: '改类别' });
    expect(result).toMatchObject({ status: 'refused', changes: [{ path: story, change: 'modified' }] });
    expect(result.status === 'refused' && result.reason).toMatchInlineSnapshot(
      `"检查发现 1 个错误，改正后才能提交。请打开「检查」页，按提示改正后再提交。"`,
    );
    expect(sysGit(dir, 'rev-parse', 'HEAD')).toBe(head);
    expect(sysGit(dir, 'diff', '--cached', '--name-only')).toBe('');
  });

  it("commits exactly the changed content files, with the editor's name and message, and leaves other files alone", async () => {
    const dir = await tempContentRepo();
    threeChanges(dir);
    const repo = await openRepo(path.join(dir, 'content'));
    const result = await commitContent(repo, path.join(dir, 'content'), {
      name: ' 张编辑 ',
      message: '新增好人王五，改李四的姓名，删去关于页',
      expected: ['content/people/wang-wu.md', 'content/people/li-si.md', 'content/pages/about.md'],
    });
    expect(result.status).toBe('committed');
    expect(sysGit(dir, 'log', '-1', '--format=%an|%s')).toBe('张编辑|新增好人王五，改李四的姓名，删去关于页\n');
    expect(sysGit(dir, 'show', '--name-status', '--format=', 'HEAD')).toBe(
      'D\tcontent/pages/about.md\nM\tcontent/people/li-si.md\nA\tcontent/people/wang-wu.md\n',
    );
    expect(sysGit(dir, 'show', 'HEAD:content/people/wang-wu.md')).toContain('name: 王五');
    // README.md stays changed in the working folder and unstaged; git's own view agrees with isomorphic-git's index.
    expect(sysGit(dir, 'status', '--porcelain')).toBe(' M README.md\n');
    expect(await lastAuthorName(repo)).toBe('张编辑');
  });

  it('refuses when the changes are no longer the ones the editor was shown', async () => {
    const dir = await tempContentRepo();
    edit(dir, story, 'name: 李四', 'name: 李四（改）');
    const repo = await openRepo(path.join(dir, 'content'));
    fs.rmSync(path.join(dir, 'content/pages/about.md')); // after the page was drawn
    const result = await commitContent(repo, path.join(dir, 'content'), {
      name: '张编辑',
      message: '改姓名',
      expected: [story],
    });
    expect(result).toMatchObject({ status: 'refused', reason: expect.stringContaining('文件又有了改动') });
    expect(result.changes).toHaveLength(2);
  });

  it('refuses when a file outside content/ is already staged, naming it', async () => {
    const dir = await tempContentRepo();
    edit(dir, story, 'name: 李四', 'name: 李四（改）');
    fs.writeFileSync(path.join(dir, 'README.md'), '# staged by someone\n');
    sysGit(dir, 'add', 'README.md');
    const result = await commitContent(await openRepo(path.join(dir, 'content')), path.join(dir, 'content'), {
      name: '张编辑',
      message: '改姓名',
    });
    expect(result).toMatchObject({ status: 'refused', reason: expect.stringContaining('（README.md）') });
    expect(sysGit(dir, 'log', '--format=%s')).toBe('初始内容\n');
  });

  it('asks for a name and a message, and has nothing to commit when nothing changed', async () => {
    const dir = await tempContentRepo();
    const repo = await openRepo(path.join(dir, 'content'));
    const reasons = async (name: string, message: string) => {
      const r = await commitContent(repo, path.join(dir, 'content'), { name, message });
      return r.status === 'refused' ? r.reason : r.status;
    };
    expect(await reasons('张编辑', '无')).toMatchInlineSnapshot(`"content/ 里没有尚未提交的改动，不需要提交。"`);
    edit(dir, story, 'name: 李四', 'name: 李四（改）');
    expect(await reasons(' ', '改姓名')).toMatchInlineSnapshot(`"请填写你的姓名，它会记在这次提交上。"`);
    expect(await reasons('张编辑', '')).toMatchInlineSnapshot(`"请填写提交说明：用一句话写改了什么，例如「新增好人张三」。"`);
  });
});
