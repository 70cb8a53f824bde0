import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import rehypeStripUnsafe from '../../../src/lib/markdown/rehype-strip-unsafe';
import { findUnsafeMarkup } from '../../../src/lib/validate/unsafe-markup';

const render = (markdown: string, strip = true) => {
  const pipeline = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
  return String((strip ? pipeline.use(rehypeStripUnsafe) : pipeline).use(rehypeStringify).processSync(markdown));
};

const HOSTILE = [
  '正文第一段。',
  '<script>alert(1)</script>',
  '<iframe src="https://example.org"></iframe>',
  '<img src="x.png" alt="图" onerror="alert(1)">',
  '[点我](javascript:alert(1))',
  '<a href="javascript:alert(2)" onclick="x()">链接</a>',
].join('\n\n');

describe('rehypeStripUnsafe', () => {
  it('is needed: without it the Markdown pipeline lets every kind through', () => {
    expect(findUnsafeMarkup(render(HOSTILE, false)).map((f) => f.kind)).toEqual(
      expect.arrayContaining(['script', 'iframe', 'event-handler', 'javascript-url']),
    );
  });

  it('takes out script, iframe, event handlers and javascript: links and keeps the text', () => {
    const html = render(HOSTILE);
    expect(findUnsafeMarkup(html)).toEqual([]);
    expect(html).toContain('<p>正文第一段。</p>');
    expect(html).toContain('<img src="x.png" alt="图">');
    expect(html).toContain('点我');
  });

  it('strips JSX elements and attributes of the same kinds in MDX trees', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'mdxJsxFlowElement', name: 'script', attributes: [], children: [] },
        {
          type: 'mdxJsxFlowElement',
          name: 'div',
          attributes: [
            { type: 'mdxJsxAttribute', name: 'onClick', value: 'x()' },
            { type: 'mdxJsxAttribute', name: 'href', value: 'javascript:x()' },
            { type: 'mdxJsxAttribute', name: 'title', value: '保留' },
          ],
          children: [],
        },
      ],
    };
    rehypeStripUnsafe()(tree);
    expect(tree.children).toEqual([
      {
        type: 'mdxJsxFlowElement',
        name: 'div',
        attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: '保留' }],
        children: [],
      },
    ]);
  });

  it('takes program code out of MDX: import/export, {…} expressions, expression attributes and spreads', async () => {
    const { compile } = await import('@mdx-js/mdx');
    const source = [
      'export const leaked = globalThis.process;',
      '',
      '正文。{"<b>表达式</b>"}',
      '',
      '<a href={"java" + "script:alert(1)"} title="保留">表达式链接</a>',
      '',
      '<a {...{ onclick: "alert(2)" }} href="/ok/">展开</a>',
      '',
      '<img src="/a.png" alt="图" {...{ onerror: "alert(3)" }} />',
      '',
      '<a href="java\tscript:alert(4)">制表符</a>',
    ].join('\n');
    const unsafe = /leaked|alert|java.{0,2}script|onclick|onerror|表达式<\/b>/;
    expect(String(await compile(source))).toMatch(unsafe);
    const code = String(await compile(source, { rehypePlugins: [rehypeStripUnsafe] }));
    expect(code).not.toMatch(unsafe);
    expect(code).toContain('表达式链接');
    expect(code).toContain('"/ok/"');
    expect(code).toContain('保留');
  });
});
