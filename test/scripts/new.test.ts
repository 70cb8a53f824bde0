import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRoot } from '../helpers/content-root';
import { runScript } from '../helpers/run-script';

describe('npm run new', () => {
  it('creates a 好人 draft, prints its path and numbered next steps, and a second run gets -2', async () => {
    const dir = copyRoot();
    const first = await runScript('new.ts', ['person', '曾小明'], { CONTENT_DIR: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`已新建：${dir}/people/zeng-xiao-ming.md（草稿）`);
    expect(first.stdout).toMatch(/下一步：\n {2}1\. 用文本编辑器打开/);
    expect(first.stdout).toContain('把 consent 改为 true');
    const second = await runScript('new.ts', ['好人', '曾小明'], { CONTENT_DIR: dir });
    expect(second.stdout).toContain('people/zeng-xiao-ming-2.md');
    expect(fs.readdirSync(path.join(dir, 'people')).sort()).toEqual([
      'li-si.md',
      'zeng-xiao-ming-2.md',
      'zeng-xiao-ming.md',
      'zhang-san.md',
    ]);
  }, 60_000);

  it('prints the usage in Chinese and exits 1 without a kind or a title', async () => {
    const dir = copyRoot();
    for (const args of [[], ['release'], ['news', '标题']]) {
      const r = await runScript('new.ts', args, { CONTENT_DIR: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('npm run new -- person "好人姓名"');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  }, 90_000);

  it('refuses a title that is too long, without a stack trace', async () => {
    const r = await runScript('new.ts', ['page', '长'.repeat(61)], { CONTENT_DIR: copyRoot() });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('没有新建文件：title：内容过长（61 字），最多 60 字，请精简。');
  }, 60_000);
});
