import { describe, expect, it } from 'vitest';
import { checkHtml, isFileUrlArtefact } from '../../tools/lib/vnu';
import { writeTree } from '../helpers/content-root';

const page = (body: string, after = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>页</title></head><body>${body}</body></html>${after}`;

describe('the W3C Nu HTML Checker over a folder', () => {
  it('finds a script after </html> and a section without a heading, and passes a clean page', async () => {
    const dir = writeTree({
      'ok/index.html': page('<main><h1>标题</h1><p>正文</p></main>'),
      'late/index.html': page('<main><h1>标题</h1></main>', '<script type="module" src="/a.js"></script>'),
      'section/index.html': page('<main><h1>标题</h1><section><p>没有标题的一节</p></section></main>'),
    });
    const found = (await checkHtml(dir)).filter((m) => !isFileUrlArtefact(m));
    expect(found.map((m) => `${m.page} ${m.type}: ${m.message}`).sort()).toEqual([
      'late/index.html error: Stray start tag “script”.',
      expect.stringMatching(/^section\/index\.html warning: Section lacks heading\./),
    ]);
  }, 60_000);
});
