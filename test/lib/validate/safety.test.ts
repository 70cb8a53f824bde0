import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPersonalData, isResidentIdNumber } from '../../../src/lib/validate/personal-data';
import { findUnsafeMarkup } from '../../../src/lib/validate/unsafe-markup';
import { errorLinesAfter, FIXTURES, replaceIn, writeIn } from '../../helpers/content-root';

// 11010519491231002X is the checksum-valid example number published in GB 11643.
const VALID_ID = '11010519491231002X';

describe('personal data finders', () => {
  it('recognises a checksum-valid resident ID number and rejects a wrong check digit', () => {
    expect(isResidentIdNumber(VALID_ID)).toBe(true);
    expect(isResidentIdNumber('110105194912310021')).toBe(false);
    expect(isResidentIdNumber('11010519491231002')).toBe(false);
  });

  it('finds mobile numbers written plainly, with +86 or with separators, but not landlines or figures', () => {
    const found = findPersonalData('电话13812345678，或 +86 139-1234-5678，座机0558-5123456，共1344个站，838.5万元');
    expect(found.map((f) => [f.kind, f.masked])).toEqual([
      ['mobile', '138****5678'],
      ['mobile', '139****5678'],
    ]);
  });

  it('allows the office e-mail and finds any other address', () => {
    const found = findPersonalData('请写信至 office@example.org 或 someone@qq.com', 'Office@example.org');
    expect(found.map((f) => [f.kind, f.masked])).toEqual([['email', 's***@qq.com']]);
  });

  it('finds script, iframe, event handlers and javascript: URLs', () => {
    const text = '<script>x</script>\n<iframe src="a"></iframe>\n<img src="a" onerror="x()">\n[链接](javascript:alert(1))';
    expect(findUnsafeMarkup(text).map((f) => f.kind)).toEqual(['script', 'iframe', 'event-handler', 'javascript-url']);
    expect(findUnsafeMarkup('普通的 **Markdown** 文本，onion=洋葱，<a href="https://example.org">链接</a>')).toEqual([]);
  });
});

describe('validate refuses personal data and unsafe markup', () => {
  it('refuses an ID number in a story, masking it in the message', () => {
    expect(
      errorLinesAfter((d) => replaceIn(d, 'people/zhang-san.md', '张三的事迹。', `张三的事迹。身份证号${VALID_ID}。`)),
    ).toEqual([
      'content/people/zhang-san.md:18 含有居民身份证号码（110***********002X）。公开网站不得发布个人身份证号，请删除。',
    ]);
  });

  it("refuses a mobile number in a release and a stranger's e-mail in a free page", () => {
    expect(
      errorLinesAfter((d) => {
        replaceIn(d, 'releases/second-release.md', '第二篇正文。', '第二篇正文。联系人手机 13912345678。');
        replaceIn(d, 'pages/about.md', '这是关于页面。', '这是关于页面。写信给 someone@qq.com。');
      }),
    ).toEqual([
      'content/pages/about.md:6 含有电子邮箱（s***@qq.com）。只允许出现本单位邮箱（site.yaml 中的 email），请删除。',
      'content/releases/second-release.md:8 含有手机号码（139****5678）。公开网站不得发布个人手机号，请删除；如需留联系方式，请使用单位座机或 site.yaml 中的办公电话。',
    ]);
  });

  it("refuses a mobile number in the directory's phone column", () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'practice-sites.csv', '0558-1111111', '13812345678'))).toEqual([
      'content/practice-sites.csv:2 phone：含有手机号码（138****5678）。公开网站不得发布个人手机号，请删除；如需留联系方式，请使用单位座机或 site.yaml 中的办公电话。',
    ]);
  });

  it('refuses a script tag and an inline event handler in Markdown, with their lines', () => {
    expect(
      errorLinesAfter((d) =>
        replaceIn(
          d,
          'releases/second-release.md',
          '第二篇正文。',
          '第二篇正文。\n\n<script>alert(1)</script>\n\n<p onclick="x()">点我</p>',
        ),
      ),
    ).toEqual([
      'content/releases/second-release.md:10 含有 <script> 脚本标签。正文只能使用 Markdown，不能嵌入脚本，请删除。',
      'content/releases/second-release.md:12 含有 on…= 事件属性（如 onclick）。正文不能包含脚本代码，请删除该属性。',
    ]);
  });

  it('refuses program code in an MDX body, naming each line, and lets code blocks and escaped braces be', () => {
    const mdx = [
      '---',
      'title: MDX 稿',
      'date: 2021-03-04',
      'summary: 摘要。',
      '---',
      '',
      'import Widget from "../x.js"',
      '',
      '正文 \\{照常\\} 与 `{代码}`。',
      '',
      '<a href={"java" + "script:alert(1)"}>表达式</a>',
      '',
      '<a {...{ onclick: "alert(2)" }} href="/">展开</a>',
      '',
      '```',
      'const x = { a: 1 };',
      '```',
      '',
    ].join('\n');
    expect(errorLinesAfter((d) => writeIn(d, 'releases/code.mdx', mdx))).toEqual([
      'content/releases/code.mdx:7 MDX 正文含有 import/export 程序代码。正文只能写内容，请删除这一行。',
      'content/releases/code.mdx:11 MDX 正文含有 { } 程序表达式（包括 属性={…} 和 {...展开}）。正文只能写内容，请删除；如需显示花括号，请写成 \\{。',
      'content/releases/code.mdx:13 MDX 正文含有 { } 程序表达式（包括 属性={…} 和 {...展开}）。正文只能写内容，请删除；如需显示花括号，请写成 \\{。',
      'content/releases/code.mdx:13 MDX 正文含有 { } 程序表达式（包括 属性={…} 和 {...展开}）。正文只能写内容，请删除；如需显示花括号，请写成 \\{。',
    ]);
  });

  it('refuses a CSV saved by Excel as GBK with the steps to re-save it, instead of garbled text', () => {
    const lines = errorLinesAfter((d) =>
      fs.copyFileSync(path.join(FIXTURES, 'gbk-practice-sites.csv'), path.join(d, 'practice-sites.csv')),
    );
    expect(lines).toEqual([
      'content/practice-sites.csv 文件不是 UTF-8 编码（Excel 默认保存的「CSV（逗号分隔）」是 GBK 编码）。请在 Excel 中打开它，选择「文件 › 另存为」，保存类型选「CSV UTF-8（逗号分隔）(*.csv)」，再重新提交。WPS 表格：另存为时在编码中选择 UTF-8。',
    ]);
  });

  it('refuses a CSV row with more cells than the header, naming its line', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'practice-sites.csv', '甲村村委会,', '甲村村委会,多余,'))).toEqual([
      'content/practice-sites.csv:4 无法读取：这一行的列数与表头不一致（常见原因：内容里有英文逗号却没有加引号）。请在 Excel 中检查该行后另存为「CSV UTF-8」。',
    ]);
  });

  it('refuses a CSV with an unknown column', () => {
    expect(errorLinesAfter((d) => replaceIn(d, 'practice-sites.csv', ',sample\r\n', ',sample,备注\r\n'))[0]).toMatch(
      /^content\/practice-sites\.csv:1 表头有误：未知的列 「备注」。第一行应为：id,name,level/,
    );
  });
});
