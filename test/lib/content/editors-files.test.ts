/**
 * Files as editors' tools leave them: Notepad's ANSI (GBK), front matter typed with a Chinese
 * input method, a symbolic link, a year typed wrong, site.yaml under a sub-folder or on http.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fullWidthHint } from '../../../src/lib/content/full-width';
import { formatProblem } from '../../../src/lib/validate/problem';
import { validateContent, validateContentAndImages } from '../../../src/lib/validate';
import { copyRoot, replaceIn, writeIn } from '../../helpers/content-root';

/** What Notepad writes for 「ANSI」 on a Chinese Windows: GBK, made by iconv. */
const gbk = (text: string) => execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text });

const linesAfter = (edit: (dir: string) => void, production = false) => {
  const dir = copyRoot(edit);
  const lines = validateContent(dir, { today: '2026-12-01', production }).problems.map((p) =>
    formatProblem(p).replaceAll(dir, 'content'),
  );
  fs.rmSync(dir, { recursive: true, force: true });
  return lines;
};

const release = (frontmatter: string) => `---\n${frontmatter}\n---\n\n正文。\n`;

describe('text files that are not UTF-8', () => {
  it('reads a release and rules.yaml saved as UTF-8, with or without a BOM', () => {
    expect(
      linesAfter((d) => {
        writeIn(d, 'releases/utf8-bom.md', `\uFEFF${release('title: 带 BOM 的发布稿\ndate: 2021-03-04')}`);
        writeIn(d, 'rules.yaml', `\uFEFF${fs.readFileSync(path.join(d, 'rules.yaml'), 'utf8')}`);
      }),
    ).toEqual([]);
  });

  it('refuses Markdown and YAML saved by Notepad as ANSI (GBK), saying how to save them as UTF-8', () => {
    expect(
      linesAfter((d) => {
        writeIn(d, 'releases/notepad.md', gbk(release('title: 记事本保存的发布稿\ndate: 2021-03-04')));
        writeIn(d, 'rules.yaml', gbk(fs.readFileSync(path.join(d, 'rules.yaml'), 'utf8')));
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/releases/notepad.md:1 文件不是 UTF-8 编码（Windows 记事本的「ANSI」编码就是 GBK），网页上会显示成乱码。请用记事本打开它，选择「文件 › 另存为」，在下方「编码」中选「UTF-8」后保存，再重新提交；用 VS Code 时，点右下角的编码名称，选「通过编码保存」›「UTF-8」。",
        "content/rules.yaml:1 文件不是 UTF-8 编码（Windows 记事本的「ANSI」编码就是 GBK），网页上会显示成乱码。请用记事本打开它，选择「文件 › 另存为」，在下方「编码」中选「UTF-8」后保存，再重新提交；用 VS Code 时，点右下角的编码名称，选「通过编码保存」›「UTF-8」。",
      ]
    `);
  });
});

describe('front matter typed with a Chinese input method', () => {
  it('accepts a full-width colon or space inside a value', () => {
    expect(linesAfter((d) => writeIn(d, 'releases/colon-in-value.md', release('title: 通知：时间　地点\ndate: 2021-03-04')))).toEqual([]);
    expect(fullWidthHint('title: 通知：时间\nsummary: 上午：9点')).toBeUndefined();
    expect(fullWidthHint('summary: |\n  　　第一段。\n  Email：见下\ntitle: 通知')).toBeUndefined();
    expect(fullWidthHint('summary: >-\n  文字\ntitle：通知')?.line).toBe(3);
  });

  it('names the line and what to change: a full-width colon, a full-width space after the colon or as indentation, a full-width dash', () => {
    expect(
      linesAfter((d) => {
        writeIn(d, 'releases/fw-colon.md', release('title：通知\ndate: 2021-03-04'));
        writeIn(d, 'releases/fw-space.md', release('title: 通知\ndate:　2021-03-04'));
        writeIn(d, 'releases/fw-indent.md', release('title: 通知\ndate: 2021-03-04\nattachments:\n　　- title: 附件\n　　  file: notice.pdf'));
        writeIn(d, 'releases/fw-dash.md', release('title: 通知\ndate: 2021-03-04\ntopics:\n  － 文明创建'));
        writeIn(d, 'figures.yaml', '- id：volunteers\n');
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/figures.yaml:1 文件第 1 行：字段名「id」后面是中文冒号「：」。请改成英文冒号「:」，冒号后留一个英文空格（先切换到英文输入法再输入），例如「id: …」。",
        "content/releases/fw-colon.md:2 字段区第 2 行：字段名「title」后面是中文冒号「：」。请改成英文冒号「:」，冒号后留一个英文空格（先切换到英文输入法再输入），例如「title: …」。",
        "content/releases/fw-dash.md:5 字段区第 5 行：列表项开头的「－」是中文符号。请改成英文减号「-」，后面留一个英文空格。",
        "content/releases/fw-indent.md:5 字段区第 5 行：行首有全角空格（中文输入法下输入的空格），字段区的缩进只能用英文空格。请删掉这些空格，改用英文空格缩进（与上下行对齐）。",
        "content/releases/fw-space.md:3 字段区第 3 行：字段名「date」的冒号后面是全角空格（中文输入法下输入的空格）。请删掉它，改成一个英文空格，例如「date: …」。",
      ]
    `);
  });
});

describe('symbolic links under the content root', () => {
  it('refuses a link anywhere, a release linked to a file outside the root included', () => {
    expect(
      linesAfter((d) => {
        fs.symlinkSync('/etc/hostname', path.join(d, 'releases/linked.md'));
        fs.symlinkSync('../site.yaml', path.join(d, 'pages/site.md'));
        fs.mkdirSync(path.join(d, 'images/more'));
        fs.symlinkSync('/tmp', path.join(d, 'images/more/tmp'));
      }).filter((l) => l.includes('符号链接')),
    ).toMatchInlineSnapshot(`
      [
        "content/images/more/tmp 这是一个符号链接（快捷方式），指向「/tmp」，不是文件本身。网站只发布内容文件夹里的真实文件：请删除这个链接，把要发布的文件本身复制到这里。",
        "content/pages/site.md 这是一个符号链接（快捷方式），指向「../site.yaml」，不是文件本身。网站只发布内容文件夹里的真实文件：请删除这个链接，把要发布的文件本身复制到这里。",
        "content/releases/linked.md 这是一个符号链接（快捷方式），指向「/etc/hostname」，不是文件本身。网站只发布内容文件夹里的真实文件：请删除这个链接，把要发布的文件本身复制到这里。",
      ]
    `);
  });

  it('reads nothing through a link or from a pipe: a dangling link, rules.yaml linked to /dev/zero, a FIFO named .md or .pdf', async () => {
    const lines = linesAfter((d) => {
      fs.symlinkSync('/nonexistent/x.md', path.join(d, 'releases/dangling.md'));
      fs.rmSync(path.join(d, 'rules.yaml'));
      fs.symlinkSync('/dev/zero', path.join(d, 'rules.yaml'));
      execFileSync('mkfifo', [path.join(d, 'releases/pipe.md')]);
    });
    const withFiles = copyRoot((d) => execFileSync('mkfifo', [path.join(d, 'files/pipe.pdf')]));
    const attachments = await validateContentAndImages(withFiles, { today: '2026-12-01' });
    expect(attachments.problems.map((p) => `${p.code} ${path.relative(withFiles, p.file)}`)).toEqual(['special-file files/pipe.pdf']);
    expect(lines.filter((l) => /releases\/(dangling|pipe)|rules\.yaml/.test(l))).toMatchInlineSnapshot(`
      [
        "content/releases/dangling.md 这是一个符号链接（快捷方式），指向「/nonexistent/x.md」，不是文件本身。网站只发布内容文件夹里的真实文件：请删除这个链接，把要发布的文件本身复制到这里。",
        "content/releases/pipe.md 这不是普通文件（而是管道、设备等特殊文件），不能发布。请删除它。",
        "content/rules.yaml 这是一个符号链接（快捷方式），指向「/dev/zero」，不是文件本身。网站只发布内容文件夹里的真实文件：请删除这个链接，把要发布的文件本身复制到这里。",
      ]
    `);
  });
});

describe('dates that are almost certainly typos', () => {
  it('warns about a year before 1949, naming the field, and refuses one after today as before', () => {
    expect(
      linesAfter((d) => {
        writeIn(d, 'releases/old.md', release('title: 年份\ndate: 0219-12-31'));
        writeIn(d, 'releases/far.md', release('title: 年份\ndate: 2091-12-31'));
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/releases/far.md:3 date：发布日期 2091-12-31 晚于今天（2026-12-01）。请填写实际发布日期。",
        "content/releases/old.md:3 （提醒）date：日期 0219-12-31 早于 1949 年，很可能是输入错误（例如把 2019 写成了 0219 或 1019）。请核对年份。",
      ]
    `);
  });
});

describe('site.yaml url', () => {
  it('refuses an address under a sub-folder, with what to do instead', () => {
    expect(linesAfter((d) => replaceIn(d, 'site.yaml', 'url: https://test.example.org', 'url: https://www.example.gov.cn/wmb/'))).toMatchInlineSnapshot(`
      [
        "content/site.yaml:3 url：「https://www.example.gov.cn/wmb/」带有子目录或参数。网站只能发布在一个域名的根目录：请只写域名，例如 https://wmb.example.gov.cn；如果只能放在现有网站的子目录下，请向网站主管部门申请一个子域名（如 wmb.example.gov.cn）指向本网站。",
      ]
    `);
  });

  it('warns about http only for a production build', () => {
    const http = (d: string) => replaceIn(d, 'site.yaml', 'url: https://', 'url: http://');
    expect(linesAfter(http)).toEqual([]);
    expect(linesAfter(http, true).filter((l) => l.includes('site.yaml'))).toMatchInlineSnapshot(`
      [
        "content/site.yaml （提醒）url：网站地址「http://test.example.org」不是 https:// 开头。正式网站应通过 HTTPS 访问（否则浏览器会提示「不安全」，分享链接和订阅地址也都会是 http）。请在网站配置好证书后把地址改为 https://。",
      ]
    `);
  });
});
