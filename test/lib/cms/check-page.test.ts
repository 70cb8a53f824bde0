import { describe, expect, it } from 'vitest';
import { cmsLink, renderCheckPage } from '../../../src/lib/cms/check-page';
import type { Problem } from '../../../src/lib/validate/problem';

const problem: Problem = {
  severity: 'error',
  code: 'enum',
  file: 'content/people/zhang-san.md',
  line: 4,
  field: 'category',
  message: '「助人」不是允许的值，可选：助人为乐、见义勇为、诚实守信、敬业奉献、孝老爱亲',
};

describe('the 「检查」 page', () => {
  it('lists each problem with file, line, field and message, and a link into the editor', () => {
    const html = renderCheckPage([problem], 23);
    expect(html).toContain(
      '<td>content/people/zhang-san.md，第 4 行<br><a href="/#/collections/people/entries/zhang-san">在编辑器中打开</a></td>',
    );
    expect(html).toContain('<td><code>category</code></td>');
    expect(html).toContain('<td>「助人」不是允许的值，可选：助人为乐、见义勇为、诚实守信、敬业奉献、孝老爱亲</td>');
    expect(html).toContain('检查完毕：23 个文件，1 个错误，0 个提醒。请先改正错误，再构建或提交。');
  });

  it('says so when there is nothing to fix', () => {
    expect(renderCheckPage([], 23)).toContain('<p class="ok">检查完毕：23 个文件，没有发现问题。</p>');
  });

  it('escapes what an entry contains', () => {
    const html = renderCheckPage([{ ...problem, message: '<script>alert(1)</script>' }], 1);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
  });

  it('links entries the editor has and nothing else', () => {
    expect(cmsLink('content/releases/2019-work-report.md')).toBe('/#/collections/releases/entries/2019-work-report');
    expect(cmsLink('/tmp/x/content/rules.yaml')).toBe('/#/collections/data/entries/rules');
    expect(cmsLink('content/practice-sites.csv')).toBeUndefined();
  });
});
