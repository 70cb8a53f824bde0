/**
 * Issue 23's personal-data rules: what passes, what only warns, and the exact words editors read.
 * The refusals themselves are in the hostile corpus (test/helpers/hostile-privacy.ts).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateContentAndImages } from '../../../src/lib/validate';
import { passesLuhn } from '../../../src/lib/validate/bank-cards';
import { findPersonalData } from '../../../src/lib/validate/personal-data';
import { formatProblem } from '../../../src/lib/validate/problem';
import { copyRoot } from '../../helpers/content-root';
import { PRIVACY_ACCEPTED, PRIVACY_CASES, PRIVACY_WARNED } from '../../helpers/hostile-privacy';

const problemsAfter = async (edit: (d: string) => void) => {
  const dir = copyRoot(edit);
  const result = await validateContentAndImages(dir, { today: '2026-12-01' });
  fs.rmSync(dir, { recursive: true, force: true });
  return result.problems.map((p) => ({ severity: p.severity, line: formatProblem(p).replaceAll(`${dir}/`, '') }));
};

const kinds = (text: string) => findPersonalData(text).map((f) => `${f.kind}:${f.severity}:${f.masked}`);

describe('personal data: what passes', () => {
  it.each(PRIVACY_ACCEPTED.map((c) => [c.name, c] as const))('accepts %s', async (_, c) => {
    const errors = (await problemsAfter(c.edit)).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('leaves masked numbers, QQ groups, official accounts and ordinary numbers alone', () => {
    expect(kinds('138****5678和139****1234，3416021980******，QQ群：123456789，微信公众号：bozhouwm，微信 WeChat')).toEqual([]);
    expect(kinds('电话 138 1234 5678 139 1234 5678')).toEqual(['mobile:error:138****5678', 'mobile:error:139****5678']);
    expect(kinds('统一社会信用代码 11341600003112345X，2019年12月31日 12345678，4111111111111112，第1页\n\n2页')).toEqual([]);
  });
});

describe('personal data: what only warns', () => {
  it.each(PRIVACY_WARNED.map((c) => [c.name, c] as const))('warns about %s, without an error', async (_, c) => {
    const problems = await problemsAfter(c.edit);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.some((p) => p.line.startsWith(c.file) && p.line.includes(c.says))).toBe(true);
  });
});

describe('personal data: how each kind is found', () => {
  it('calls a Luhn-valid number a card only with a card beginning, and certainly one only in context', () => {
    expect(passesLuhn('6222021234567890128')).toBe(true);
    expect(passesLuhn('6222021234567890129')).toBe(false);
    expect(kinds('卡号6222021234567890128 与 4111 1111 1111 1111 与 4539148803436467 与 1234567812345670')).toEqual([
      'bank-card:error:622************0128',
      'bank-card:error:411*********1111',
      'bank-card:warning:453*********6467',
    ]);
  });

  it('finds numbers split by emphasis, tags, one line break and × but not by a blank line', () => {
    expect(kinds('**138**1234**5678** 139<b>1234</b>5678 137\n12345678 11010519491231002× 136\n\n12345678')).toEqual([
      'mobile:error:138****5678',
      'mobile:error:139****5678',
      'mobile:error:137****5678',
      'id-number:error:110***********002X',
    ]);
  });

  it('finds QQ and WeChat accounts only where they are named as such', () => {
    expect(kinds('QQ：2876543210，qq号是 987654321，微信：zhangsan1990，wxid_k2j3h4g5f6，编号2876543210')).toEqual([
      'qq:error:287***3210',
      'qq:error:987**4321',
      'wechat:error:zha*****1990',
      'wechat:error:wxi********g5f6',
    ]);
  });
});

describe('messages editors read', () => {
  it('words each new refusal with what, where and what to do', async () => {
    const lines = await problemsAfter((d) => PRIVACY_CASES.filter((c) => !c.alone).forEach((c) => c.edit(d)));
    const pick = (file: string) => lines.filter((l) => l.line.startsWith(file)).map((l) => l.line);
    expect(pick('releases/pv-card.md')).toMatchInlineSnapshot(`
      [
        "releases/pv-card.md:6 含有银行卡号（622************0128，位数和校验位都符合银行卡号规则）。公开网站不得发布个人银行卡号，请删除。",
      ]
    `);
    expect(pick('releases/pv-qq.md')).toMatchInlineSnapshot(`
      [
        "releases/pv-qq.md:6 含有 QQ 号（287***3210）。公开网站不得发布个人 QQ 号，请删除；QQ 群号可以写成「QQ群：…」。",
      ]
    `);
    expect(pick('releases/pv-wechat.md')).toMatchInlineSnapshot(`
      [
        "releases/pv-wechat.md:6 含有微信号（zha******1990）。公开网站不得发布个人微信号，请删除；单位的公众号请写成「微信公众号：…」。",
      ]
    `);
    expect(pick('releases/zhang-13812345678.md')).toMatchInlineSnapshot(`
      [
        "releases/zhang-13812345678.md 文件名含有手机号码（138****5678）。文件名会成为网址、开放数据和搜索结果的一部分，请给文件改名（如用拼音或日期），并同时修改引用它的地方。",
      ]
    `);
    expect(pick('site.yaml')).toMatchInlineSnapshot(`
      [
        "site.yaml:5 phone：办公电话是一个手机号码（139****5678）。这个号码会出现在每个页面底部，请改为单位座机（如 0558-1234567）；不得公布个人手机号。",
      ]
    `);
    expect(pick('files/pv-list.pdf')).toMatchInlineSnapshot(`
      [
        "files/pv-list.pdf 附件第 1 页含有手机号码（139****5678）。公开网站不得发布个人手机号，请在原文件中删除或打码（如 138****5678）后重新导出，再放入 content/files/。",
      ]
    `);
    expect(pick('files/pv-list.docx')).toMatchInlineSnapshot(`
      [
        "files/pv-list.docx 附件内容（第 2 行）含有居民身份证号码（110***********002X）。公开网站不得发布个人身份证号，请在原文件中删除或打码（如 138****5678）后重新导出，再放入 content/files/。",
      ]
    `);
    expect(pick('files/pv-script.pdf')).toMatchInlineSnapshot(`
      [
        "files/pv-script.pdf 这个 PDF 含有 JavaScript 脚本，打开时可能自动运行。公开网站的附件不能带脚本、自动动作或夹带文件。请用 WPS/Word 的「另存为 PDF」或「打印为 PDF」重新生成一份普通 PDF 后再放入。",
      ]
    `);
    expect(pick('files/pv-embedded.pdf')).toMatchInlineSnapshot(`
      [
        "files/pv-embedded.pdf 这个 PDF 含有夹带的其他文件，打开时可能自动运行。公开网站的附件不能带脚本、自动动作或夹带文件。请用 WPS/Word 的「另存为 PDF」或「打印为 PDF」重新生成一份普通 PDF 后再放入。",
      ]
    `);
    expect(pick('releases/pm-empty-link.md')).toMatchInlineSnapshot(`
      [
        "releases/pm-empty-link.md:8 含有没有文字的链接（读者看不见、读屏软件也读不出它通向哪里）。请给链接写上说明文字，例如 [通知全文](/files/…)，或删除这个链接。",
      ]
    `);
    expect(pick('releases/pm-hidden-style.md')).toMatchInlineSnapshot(`
      [
        "releases/pm-hidden-style.md:8 含有读者看不见、搜索引擎却能读到的文字（style="display:none"）。这是「暗链」的常见手法，正文不允许隐藏文字，请删除这段内容；如果不是您写的，请检查账号是否被盗用。",
      ]
    `);
    expect(pick('releases/pm-class.md')).toMatchInlineSnapshot(`
      [
        "releases/pm-class.md:8 <span> 标签带有 class（样式类）。编辑不能给正文添加样式类：它可能借用网站的样式隐藏或伪装文字。请删除 class="…"；需要强调请用加粗。",
      ]
    `);
    expect(lines.filter((l) => l.severity === 'warning').map((l) => l.line)).toMatchInlineSnapshot(`
      [
        "files/11010519491231002X.pdf （提醒）这个附件没有被任何发布稿引用（attachments 或正文中的 /files/… 链接），不会发布到网站上。如需发布，请在发布稿中引用它；不需要的话可以删除。",
      ]
    `);
  });
});
