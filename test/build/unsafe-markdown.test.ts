/**
 * The second line of defence, end to end: with validate skipped, `astro build` itself takes
 * script, iframe, event handlers, javascript: links and MDX program code out of Markdown and MDX.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { astroCli } from '../../src/lib/build/astro-cli';
import { findUnsafeMarkup } from '../../src/lib/validate/unsafe-markup';
import { copyRoot, writeIn } from '../helpers/content-root';

const HOSTILE = [
  '',
  '<script>alert(1)</script>',
  '<iframe src="https://example.org"></iframe>',
  '<img src="/favicon.svg" alt="图" onerror="alert(1)" />',
  '[点我](javascript:alert(1))',
  '<a href="javascript:alert(2)" onclick="x()">链接</a>',
  '',
].join('\n\n');
const MDX_ONLY = [
  'export const leaked = "LEAKED-AT-BUILD";',
  '',
  '{"LEAKED-EXPRESSION"}',
  '',
  '<a href={"java" + "script:alert(3)"}>表达式</a>',
  '',
  '<a {...{ onclick: "alert(4)" }} href="/">展开</a>',
  '',
  '<img src="/favicon.svg" alt="图" {...{ onerror: "alert(5)" }} />',
  '',
].join('\n');
const front = (title: string) => `---\ntitle: ${title}\ndate: 2021-03-04\nsummary: 摘要。\n---\n\n`;

fs.mkdirSync('test-results', { recursive: true });
const out = fs.mkdtempSync(path.resolve('test-results', 'unsafe-'));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

it('astro build strips unsafe markup and MDX code from bodies even when validate is skipped', async () => {
  const root = copyRoot((d) => {
    writeIn(d, 'releases/hostile-md.md', `${front('恶意MD')}MD正文。${HOSTILE}`);
    writeIn(d, 'releases/hostile-mdx.mdx', `${front('恶意MDX')}MDX正文。${HOSTILE}\n${MDX_ONLY}`);
  });
  const code = await new Promise((resolve) =>
    spawn(process.execPath, [astroCli(), 'build'], {
      env: { ...process.env, CONTENT_DIR: root, BUILD_OUT_DIR: out },
      stdio: 'ignore',
    }).on('exit', resolve),
  );
  expect(code).toBe(0);
  for (const id of ['hostile-md', 'hostile-mdx']) {
    const html = fs.readFileSync(path.join(out, 'releases', id, 'index.html'), 'utf8');
    const body = html.slice(html.indexOf('正文。'), html.indexOf('</article>'));
    expect(body, id).toContain('正文。');
    expect(body, id).toContain('链接');
    expect(findUnsafeMarkup(body).map((f) => `${id}: ${f.snippet}`)).toEqual([]);
    expect(body, id).not.toMatch(/LEAKED|alert/);
  }
  fs.rmSync(root, { recursive: true, force: true });
}, 180_000);
