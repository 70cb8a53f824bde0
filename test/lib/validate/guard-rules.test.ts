import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hiddenCharacters } from '../../../src/lib/hidden-characters';
import { isAllowedImage, isAllowedLink, normalizedUrl } from '../../../src/lib/markdown/safe-url';
import { checkAttachmentFile } from '../../../src/lib/validate/attachment-files';
import { findBodyLimits } from '../../../src/lib/validate/body-limits';
import { findDisallowedMarkup } from '../../../src/lib/validate/markup-allowlist';
import { normalizeText } from '../../../src/lib/validate/normalize-text';
import { findPersonalData, isResidentIdNumber } from '../../../src/lib/validate/personal-data';
import { errorLinesAfter, GOOD_ROOT, replaceIn } from '../../helpers/content-root';

describe('addresses as the browser reads them', () => {
  it('allows relative links, http(s), mailto and tel, and nothing else', () => {
    for (const ok of [
      '/releases/a/',
      'a/b',
      '#x',
      '?q=1',
      'https://example.org',
      'HTTP://x',
      'mailto:a@b.c',
      'tel:0558-5555555',
      ' https://x ',
    ])
      expect(isAllowedLink(ok), ok).toBe(true);
    for (const bad of [
      'javascript:x',
      'JavaScript:x',
      'java\tscript:x',
      '\u0001javascript:x',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'ftp://x',
    ])
      expect(isAllowedLink(bad), JSON.stringify(bad)).toBe(false);
  });

  it('allows images from this site only', () => {
    for (const ok of ['/images/a.jpg', 'a.png', '../x/y.webp']) expect(isAllowedImage(ok), ok).toBe(true);
    for (const bad of ['https://x/a.png', '//x/a.png', '\\\\x\\a.png', 'data:image/png;base64,AA', ''])
      expect(isAllowedImage(bad), bad).toBe(false);
  });

  it('writes an allowed address trimmed and with its scheme in lower case', () => {
    expect(normalizedUrl(' HTTPS://Example.org/A ')).toBe('https://Example.org/A');
  });
});

describe('the markup allowlist in validate', () => {
  it('lets what releases, stories and pages need pass', () => {
    const body = [
      '## 标题',
      '',
      '**强调** *斜体* 行<br>换行 H<sub>2</sub>O，见[通知](/files/notice.pdf)、[外站](https://example.org)和[邮件](mailto:a@example.org)。[^1]',
      '',
      '| 项目 | 数量 |',
      '| :-- | --: |',
      '| 站 | 1344 |',
      '',
      '<figure><img src="/images/a.jpg" alt="照片"><figcaption>图注</figcaption></figure>',
      '',
      '[^1]: 注释。',
    ].join('\n');
    expect(findDisallowedMarkup(body, false)).toEqual([]);
    // MDX is JSX: empty elements close themselves.
    expect(findDisallowedMarkup(body.replace('<br>', '<br />').replace('alt="照片">', 'alt="照片" />'), true)).toEqual([]);
  });

  it('names the element, the attribute or the address to remove, with its line', () => {
    expect(
      errorLinesAfter((d) =>
        replaceIn(
          d,
          'releases/second-release.md',
          '第二篇正文。',
          '第二篇正文。\n\n<details><summary>展开</summary>内容</details>\n\n<p class="x">段落</p>\n\n[外链](ftp://example.org/a)\n\n![图](https://example.org/a.png)',
        ),
      ),
    ).toEqual([
      'content/releases/second-release.md:10 含有不允许的 HTML 标签 <details>。正文只能使用标题、段落、列表、表格、引用、链接、图片（含 <figure> 图注）、换行和加粗等强调，请删除 <details> 标签（及其结束标签）。',
      'content/releases/second-release.md:10 含有不允许的 HTML 标签 <summary>。正文只能使用标题、段落、列表、表格、引用、链接、图片（含 <figure> 图注）、换行和加粗等强调，请删除 <summary> 标签（及其结束标签）。',
      'content/releases/second-release.md:12 <p> 标签带有 class（样式类）。编辑不能给正文添加样式类：它可能借用网站的样式隐藏或伪装文字。请删除 class="…"；需要强调请用加粗。',
      'content/releases/second-release.md:14 链接地址「ftp://example.org/a」不被允许。链接只能是站内地址（如 /releases/…）或以 https://、http://、mailto:、tel: 开头的地址，请修改。',
      'content/releases/second-release.md:16 图片地址「https://example.org/a.png」不被允许。图片只能来自本网站（站内地址，如 /images/…），不能引用其他网站的图片或 data: 图片，请修改。',
    ]);
  });
});

describe('personal data after normalization', () => {
  it('maps every normalized character back to its place in the original', () => {
    const { text, origin } = normalizeText('电话：１３８-1234&#32;5678\u200B。');
    expect(text).toBe('电话:13812345678。');
    expect(origin[3]).toBe(3);
    expect(findPersonalData('第一行\n第二行 138 1234 5678')[0]!.index).toBe(8);
  });

  it('leaves dates, figures, landlines and numbers in separate paragraphs alone', () => {
    expect(findPersonalData('2019-12-31 共1344个站，838.5万元，座机0558-5123456，编号 1.2.3\n\n138\n\n12345678')).toEqual([]);
    // One line break does not end a number: a mobile pasted from a PDF across two lines.
    expect(findPersonalData('编号 1.2.3\n138\n12345678').map((f) => f.masked)).toEqual(['138****5678']);
  });

  it('wants a real date of birth as well as the check digit in an ID number', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    // Same check digit arithmetic, but born on the 32nd of a month.
    expect(isResidentIdNumber('110105194912320027')).toBe(false);
  });
});

describe('limits on bodies', () => {
  it('does not count list markers and rules as emphasis delimiters', () => {
    const list = Array.from({ length: 600 }, (_, i) => `* 第${i}项 **要点**`).join('\n');
    expect(findBodyLimits(`${list}\n\n***\n`).filter((f) => f.kind === 'delimiters')).toEqual([
      { kind: 'delimiters', line: 1, count: 2400 },
    ]);
    expect(findBodyLimits(Array.from({ length: 600 }, (_, i) => `* 第${i}项`).join('\n'))).toEqual([]);
  });
});

describe('hidden characters', () => {
  it('lets Chinese punctuation, emoji and line breaks pass and names the rest by code point', () => {
    expect(hiddenCharacters('《通知》——“文明”、2019年 👍\n第二行')).toEqual([]);
    expect(hiddenCharacters('a\u202Eb\u200Bc\u00ADd\uFEFF')).toEqual(['U+202E', 'U+200B', 'U+00AD', 'U+FEFF']);
  });
});

describe('attachment bytes', () => {
  it('accepts a real PDF and PNG and refuses a page behind a document name', async () => {
    expect(await checkAttachmentFile(path.join(GOOD_ROOT, 'files/notice.pdf'))).toBeUndefined();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-att-'));
    fs.copyFileSync(path.join(GOOD_ROOT, 'images/people/zhang-san.png'), path.join(dir, 'photo.png'));
    expect(await checkAttachmentFile(path.join(dir, 'photo.png'))).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'a.xlsx'), '<html><body>x</body></html>');
    expect((await checkAttachmentFile(path.join(dir, 'a.xlsx')))?.message).toBe(
      '文件内容与扩展名 .xlsx 不符（无法识别的内容）。附件只能是 PDF、Word（doc/docx/wps）、Excel（xls/xlsx/et）、PowerPoint（ppt/pptx/dps）、OpenDocument（odt/ods/odp）和图片（jpg/png/gif/webp），请用原软件另存为正确的格式（例如 PDF）后再放入。',
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
