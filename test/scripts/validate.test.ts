import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BAD_CASES } from '../helpers/bad-content';
import { copyRoot, GOOD_ROOT } from '../helpers/content-root';
import { runScript } from '../helpers/run-script';

const listing = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => [f, fs.statSync(`${dir}/${f}`).mtimeMs]);

describe('npm run validate', () => {
  it('exits 0 on the good fixture and prints a summary line', async () => {
    const r = await runScript('validate.ts', [GOOD_ROOT]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('检查完毕：9 个文件，没有发现问题。');
  });

  it('reads CONTENT_DIR when no folder is given', async () => {
    const r = await runScript('validate.ts', [], { CONTENT_DIR: GOOD_ROOT });
    expect(r.stdout).toContain('9 个文件');
  });

  it('prints machine-readable problems with --json', async () => {
    const dir = copyRoot(BAD_CASES[1]!.edit);
    const r = await runScript('validate.ts', ['--json', dir]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ ok: false, errors: 1, files: 9 });
    expect(json.problems[0]).toMatchObject({ severity: 'error', code: 'enum', field: 'category', line: 4 });
  });

  it('says the content folder is missing instead of crashing', async () => {
    const r = await runScript('validate.ts', ['/nonexistent/content']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('找不到内容文件夹');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it.each(BAD_CASES)('refuses $name, naming the file, and changes nothing', async ({ edit, file, says }) => {
    const dir = copyRoot(edit);
    const before = listing(dir);
    const r = await runScript('validate.ts', [dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${dir}/${file}`);
    expect(r.stderr).toContain(says);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toMatch(/检查完毕：\d+ 个文件，[1-9]\d* 个错误/);
    expect(listing(dir)).toEqual(before);
  });
});
