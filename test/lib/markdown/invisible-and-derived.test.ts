import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { describe, expect, it } from 'vitest';
import { FOOTNOTE_OPTIONS } from '../../../src/lib/markdown/footnotes';
import rehypeHeadingIds, { headingSlug } from '../../../src/lib/markdown/heading-ids';
import remarkKeepMasks from '../../../src/lib/markdown/keep-masks';
import rehypeAllowlist from '../../../src/lib/markdown/rehype-allowlist';
import { plainText } from '../../../src/lib/search/plain-text';
import { deriveSummary } from '../../../src/lib/summary';

/** The build's order: masks kept, Chinese footnotes, sanitizer, then heading ids. */
const render = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkKeepMasks)
      .use(remarkRehype, { allowDangerousHtml: true, ...FOOTNOTE_OPTIONS })
      .use(rehypeAllowlist)
      .use(rehypeHeadingIds)
      .use(rehypeRaw)
      .use(rehypeStringify)
      .processSync(markdown),
  );

describe('what the sanitizer step leaves of invisible links and pictures', () => {
  it('removes a link without text and the size of a dot-sized picture, and keeps ordinary ones', () => {
    const html = render(
      '[](https://casino.example) [\u200B](https://b.example) [通知](/files/a.pdf) <img src="/images/a.png" width="1" height="1" alt="博彩"> <img src="/images/b.png" width="300" alt="会场">',
    );
    expect(html).not.toContain('casino');
    expect(html).not.toContain('b.example');
    expect(html).toContain('<a href="/files/a.pdf">通知</a>');
    expect(html).toContain('<img src="/images/a.png" alt="博彩">');
    expect(html).toContain('<img src="/images/b.png" width="300" alt="会场">');
  });

  it('drops every class an editor writes', () => {
    expect(render('<p class="bz-visually-hidden">x</p> <code class="language-js">y</code>')).not.toContain('class');
  });
});

describe('masks, footnotes and heading ids in the page', () => {
  it('keeps two masks in one paragraph as typed, and real emphasis as emphasis', () => {
    expect(render('电话138****5678和139****1234，**注意**。')).toBe(
      '<p>电话138****5678和139****1234，<strong>注意</strong>。</p>',
    );
  });

  it('writes footnotes in Chinese and prefixes heading ids, numbering repeats', () => {
    const html = render('## main\n\n## main\n\n正文[^1]。\n\n[^1]: 出处。');
    expect(html).toContain('<h2 id="h-main">main</h2>');
    expect(html).toContain('<h2 id="h-main-1">main</h2>');
    expect(html).toContain('<h2 id="footnote-label">注释</h2>');
    expect(html).toContain('aria-label="返回正文第 1 处引用"');
    expect(html).not.toMatch(/Footnotes|Back to reference/);
    expect(headingSlug(' 一、联系 我们！')).toBe('一联系-我们');
  });
});

describe('the derived summary', () => {
  it('starts at the first paragraph of prose, past quotes, lists, tables, code, HTML and pictures', () => {
    expect(
      deriveSummary(
        '> 引用\n\n- 列表\n\n1. 编号\n\n| a |\n|---|\n| 1 |\n\n```\n代码\n```\n\n<div>x</div>\n\n![图](/a.png)\n\n**第一段**正文[^1]。\n\n[^1]: 注',
      ),
    ).toBe('第一段正文。');
  });

  it('keeps masked numbers whole', () => {
    expect(deriveSummary('联系人138****5678和139****1234，身份证3416021980******。')).toBe(
      '联系人138****5678和139****1234，身份证3416021980******。',
    );
  });
});

describe('the search index text', () => {
  it('keeps masks and drops emphasis markers', () => {
    expect(plainText('电话138****5678，身份证3416021980******。**2019**年 第**1**名 *斜*')).toBe(
      '电话138****5678，身份证3416021980******。2019年 第1名 斜',
    );
  });
});
