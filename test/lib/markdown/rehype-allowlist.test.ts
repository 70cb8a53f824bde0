import { compile } from '@mdx-js/mdx';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { describe, expect, it } from 'vitest';
import rehypeAllowlist from '../../../src/lib/markdown/rehype-allowlist';
import { findUnsafeMarkup } from '../../../src/lib/validate/unsafe-markup';

/** Astro's order: remark-rehype keeps raw HTML as raw nodes; user rehype plugins; rehype-raw last. */
const render = (markdown: string, sanitize = true) => {
  const pipeline = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true });
  return String((sanitize ? pipeline.use(rehypeAllowlist) : pipeline).use(rehypeRaw).use(rehypeStringify).processSync(markdown));
};

const HOSTILE = [
  '正文第一段。',
  '<script>alert(1)</script>',
  '<iframe src="https://example.org"></iframe>',
  '<img src="x.png" alt="图" onerror="alert(1)">',
  '[点我](javascript:alert(1))',
  '<a href="javascript:alert(2)" onclick="x()">链接</a>',
].join('\n\n');

describe('the allowlist sanitizer on Markdown', () => {
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
    expect(html).not.toContain('alert');
  });

  it('keeps what releases, stories and pages need', () => {
    const md = [
      '## 小标题',
      '',
      '**强调** *斜体* ~~删除~~ `代码` 行尾<br>换行 H<sub>2</sub>O 10<sup>3</sup>',
      '',
      '> 引用',
      '',
      '1. 一',
      '2. 二',
      '',
      '| 项目 | 数量 |',
      '| :-- | --: |',
      '| 站 | 1344 |',
      '',
      '[站内](/releases/a/) [外站](https://example.org/x?a=1) [邮件](mailto:wmb@example.org) [电话](tel:0558-5555555)',
      '',
      '<figure><img src="/images/a.jpg" alt="照片"><figcaption>图注</figcaption></figure>',
    ].join('\n');
    expect(render(md)).toBe(render(md, false));
  });

  it('drops elements that change where a page goes or what it sends, and their attributes', () => {
    const md = [
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
      '<base href="https://evil.example/">',
      '<link rel="stylesheet" href="https://evil.example/x.css">',
      '<style>body{display:none}</style>',
      '<form action="https://evil.example/"><input name="id"><button>提交</button></form>',
      '<svg><a href="javascript:alert(1)"><text>图</text></a></svg>',
      '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
      '<object data="x.swf"></object><embed src="x.swf">',
      '<p style="position:fixed" class="bz-header" id="main" dir="rtl" data-x="1">段落</p>',
      '<details open><summary>展开</summary>内容</details>',
      '<video src="a.mp4"></video><audio src="a.mp3"></audio>',
    ].join('\n\n');
    const html = render(md);
    expect(html).not.toMatch(/<(meta|base|link|style|form|input|button|svg|math|object|embed|video|audio|details|summary)\b/);
    expect(html).not.toMatch(/\b(style|class|id|dir|data-x|action|http-equiv)=/);
    expect(html).not.toContain('evil.example');
    expect(html).toContain('<p>段落</p>');
  });

  it('judges addresses after the browser decodes them: entities, controls, case and other hosts', () => {
    const links = [
      '<a href="jav&#x61;script:alert(1)">a</a>',
      '<a href="&#106;avascript:alert(1)">b</a>',
      '<a href="java&#9;script:alert(1)">c</a>',
      '<a href="JaVaScRiPt:alert(1)">d</a>',
      '<a href=" &#x0e;javascript:alert(1)">e</a>',
      '<a href="data:text/html;base64,PHNjcmlwdD4=">f</a>',
      '<a href="vbscript:x">g</a>',
      '[h](<java\tscript:alert(1)>)',
      '<img src="https://tracker.example/p.gif" alt="i">',
      '<img src="//tracker.example/p.gif" alt="j">',
      '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="k">',
    ].join('\n\n');
    const html = render(links);
    expect(html).not.toMatch(/href=|src=/);
    for (const text of 'abcdefghijk') expect(html).toContain(text);
    expect(render('<a href=" HTTPS://example.org/">l</a>')).toContain('<a href="https://example.org/">l</a>');
  });
});

describe('the allowlist sanitizer on MDX', () => {
  it('takes out program code, expression attributes and spreads, and judges JSX like HTML', async () => {
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
      '',
      '<Script>alert(5)</Script><iframe src="https://evil.example/" /><form action="https://evil.example/"><input /></form>',
      '',
      '<p style="color:red" onClick="alert(6)" className="x">段落</p>',
    ].join('\n');
    const unsafe = /leaked|alert|java.{0,2}script|onclick|onerror|表达式<\/b>|evil|"color:red"|className/i;
    expect(String(await compile(source))).toMatch(unsafe);
    const code = String(await compile(source, { rehypePlugins: [rehypeAllowlist] }));
    expect(code).not.toMatch(unsafe);
    expect(code).toContain('表达式链接');
    expect(code).toContain('"/ok/"');
    expect(code).toContain('保留');
    expect(code).toContain('段落');
  });
});
