/**
 * Builds a copy of the good fixture with issue 23's privacy and markup additions once, then
 * checks what reaches dist/: only referenced attachments, masks kept in every derived text,
 * Chinese footnotes and heading ids that cannot collide with the page's own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRoot, writeIn } from '../helpers/content-root';
import { makePdf } from '../helpers/documents';
import { buildOnce } from '../helpers/build-once';

const MASKS = '联系人138****5678和139****1234，身份证3416021980******。';
const root = copyRoot((d) => {
  writeIn(d, 'files/left-over.pdf', makePdf(['left over']));
  writeIn(d, 'files/linked.pdf', makePdf(['linked from a body']));
  fs.copyFileSync(path.join(d, 'images/people/zhang-san.png'), path.join(d, 'images/people/stray-photo.png'));
  writeIn(
    d,
    'releases/masks.md',
    `---\ntitle: 打码的号码\ndate: 2021-05-06\n---\n\n> 引用不是摘要。\n\n- 列表也不是。\n\n${MASKS}正文[^1]，见[名单](/files/linked.pdf)。\n\n## main\n\n## 联系我们\n\n## 联系我们\n\n[^1]: 注释内容。\n`,
  );
});
const { out, read } = buildOnce('privacy', root);

describe('a build with masked numbers, footnotes and files nobody references', () => {
  it('publishes only the attachments an entry names or links to, and no stray photo', () => {
    expect(fs.readdirSync(path.join(out, 'files')).sort()).toEqual(['linked.pdf', 'notice.pdf']);
    const all = fs.readdirSync(out, { recursive: true, encoding: 'utf8' });
    expect(all.filter((f) => f.includes('stray') || f.includes('left-over'))).toEqual([]);
  });

  it('keeps the masks in the page, its summary, meta description, Open Graph, JSON-LD, RSS and open data', () => {
    const page = read('releases/masks/index.html');
    expect(page).toContain(`<p>${MASKS}`);
    expect(page).toContain(`<meta name="description" content="${MASKS}正文，见名单。"`);
    expect(page).toContain(`<meta property="og:description" content="${MASKS}正文，见名单。"`);
    expect(page).toMatch(/"description":"联系人138\*\*\*\*5678和139\*\*\*\*1234，身份证3416021980\*\*\*\*\*\*。/);
    expect(read('releases/rss.xml')).toContain(`<description>${MASKS}正文，见名单。</description>`);
    const data = JSON.parse(read('data/releases.json')) as { items: Array<{ id: string; summary: string }> };
    expect(data.items.find((i) => i.id === 'masks')?.summary).toBe(`${MASKS}正文，见名单。`);
  });

  it('reads footnotes in Chinese and gives headings ids no template uses, each once', () => {
    const page = read('releases/masks/index.html');
    expect(page).toContain('<h2 id="footnote-label">注释</h2>');
    expect(page).toContain('aria-label="返回正文第 1 处引用"');
    expect(page).not.toMatch(/Footnotes|Back to reference|class="(sr-only|footnotes|data-footnote-backref)"/);
    expect(page).toContain('<h2 id="h-main">main</h2>');
    expect(page).toContain('<h2 id="h-联系我们-1">联系我们</h2>');
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('templates', () => {
  it('never give an element an id starting h-, which body headings use', () => {
    const files = fs
      .readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(astro|ts)$/.test(f))
      .filter((f) => /\sid=["{`]?h-/.test(fs.readFileSync(path.join('src', f), 'utf8')));
    expect(files).toEqual([]);
  });
});
