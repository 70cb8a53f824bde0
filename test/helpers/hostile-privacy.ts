/**
 * Issue 23's personal-data and markup cases for the hostile corpus (registered in
 * hostile-corpus.ts): bank cards, QQ and WeChat accounts, numbers split by emphasis, a tag, a line
 * break or × for X, personal data in file names, site.yaml, other YAML files and inside PDF, Word
 * and Excel attachments, PDFs that run scripts or carry files, links without text, hidden text
 * and classes. PRIVACY_ACCEPTED holds what must pass (masked numbers, QQ groups, official
 * accounts, ordinary long numbers, footnotes…); PRIVACY_WARNED what only warns.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { HostileCase } from './hostile-corpus';
import { replaceIn, writeIn } from './content-root';
import { makeDocx, makePdf, makeWorkbook } from './documents';

const ID = '11010519491231002X';
const release = (title: string, body: string, extra = '') => `---\ntitle: ${title}\ndate: 2021-03-04\n${extra}---\n\n${body}\n`;
const attached = (file: string) => `attachments:\n  - title: 附件\n    file: ${file}\n`;

const body = (name: string, file: string, text: string, says: string, line = 6): HostileCase => ({
  name,
  kind: 'personal-data',
  file,
  line,
  says,
  edit: (d) => writeIn(d, file, release(name, text)),
});

/** An attachment `file` with `bytes`, named by a release of its own so that it is published. */
const attachment = (
  name: string,
  file: string,
  bytes: () => Uint8Array,
  says: string,
  kind: HostileCase['kind'] = 'personal-data',
): HostileCase => ({
  name,
  kind,
  file: `files/${file}`,
  says,
  edit: (d) => {
    writeIn(d, `files/${file}`, bytes());
    writeIn(d, `releases/att-${file.replace(/\W/g, '-')}.md`, release('附件', '正文。', attached(file)));
  },
});

const markup = (name: string, id: string, snippet: string, says: string): HostileCase => ({
  name,
  kind: 'markup',
  file: `releases/pm-${id}.md`,
  line: 8,
  says,
  edit: (d) => writeIn(d, `releases/pm-${id}.md`, release(name, `第一段。\n\n${snippet}\n`)),
});

export const PRIVACY_CASES: HostileCase[] = [
  body('bank card after 卡号', 'releases/pv-card.md', '捐款请转入卡号 6222021234567890128。', '银行卡号（622************0128'),
  body('Visa card in groups of four', 'releases/pv-card-groups.md', '请汇款至 4111 1111 1111 1111。', '银行卡号'),
  body('QQ number', 'releases/pv-qq.md', '报名请加QQ：2876543210。', 'QQ 号'),
  body('WeChat id', 'releases/pv-wechat.md', '详情加微信号：zhang_san1990 咨询。', '微信号'),
  body('WeChat wxid in a line of its own', 'releases/pv-wxid.md', '第一行。\n\n联系 wxid_k2j3h4g5f6。', '微信号', 8),
  body('mobile split by emphasis', 'releases/pv-emphasis.md', '电话**138**1234**5678**。', '手机号码（138****5678）'),
  body('mobile split by HTML tags', 'releases/pv-tags.md', '电话138<b>1234</b>5678。', '手机号码（138****5678）'),
  body(
    'mobile broken across two lines (pasted from a PDF)',
    'releases/pv-break.md',
    '联系电话 13812\n345678。',
    '手机号码（138****5678）',
  ),
  body('ID number broken across two lines', 'releases/pv-id-break.md', '身份证号 110105194912\n31002X。', '居民身份证号码'),
  body('ID number typed with × for X', 'releases/pv-id-times.md', '身份证号 11010519491231002×。', '居民身份证号码'),
  {
    name: 'WeChat id in a 好人 summary',
    kind: 'personal-data',
    file: 'people/pv-summary.md',
    line: 5,
    says: 'summary：含有微信号',
    edit: (d) =>
      writeIn(
        d,
        'people/pv-summary.md',
        '---\nname: 王五\ncategory: 助人为乐\ncounty: 谯城区\nsummary: 欢迎加微信 wangwu_1980 交流。\nhonors:\n  - title: 亳州好人\n    period: 2021-07\nconsent: true\n---\n\n事迹。\n',
      ),
  },
  {
    name: 'mobile number as a file name (the entry id)',
    kind: 'personal-data',
    file: 'releases/zhang-13812345678.md',
    says: '文件名含有手机号码（138****5678）',
    edit: (d) => writeIn(d, 'releases/zhang-13812345678.md', release('文件名', '正文。')),
  },
  {
    name: 'ID number in the name of a file nobody references',
    kind: 'personal-data',
    file: `files/${ID}.pdf`,
    says: '文件名含有居民身份证号码',
    edit: (d) => writeIn(d, `files/${ID}.pdf`, makePdf(['list'])),
  },
  {
    name: 'a private mobile as the office phone in site.yaml',
    kind: 'personal-data',
    file: 'site.yaml',
    line: 5,
    says: 'phone：办公电话是一个手机号码（139****5678）',
    edit: (d) => replaceIn(d, 'site.yaml', 'phone: 0558-0000000', 'phone: 139-1234-5678'),
  },
  {
    name: 'mobile in a YAML file no collection reads',
    kind: 'personal-data',
    file: 'notes/contacts.yaml',
    line: 2,
    says: '含有手机号码',
    edit: (d) => writeIn(d, 'notes/contacts.yaml', 'office: 0558-1234567\nvolunteer: 13912345678\n'),
  },
  attachment(
    'mobile in the text of a PDF attachment',
    'pv-list.pdf',
    () => makePdf(['Volunteers', 'Tel 139 1234 5678']),
    '附件第 1 页含有手机号码',
  ),
  attachment(
    'ID number in a PDF whose Chinese font is not embedded (iText’s STSong-Light, UniGB-UCS2-H)',
    'pv-itext.pdf',
    () => makePdf(['志愿者名单', `张三 身份证 ${ID}`], { chinese: true }),
    '附件第 1 页含有居民身份证号码',
  ),
  attachment(
    'ID number in a Word attachment',
    'pv-list.docx',
    () => makeDocx(['名单', `张三 ${ID}`]),
    '附件内容（第 2 行）含有居民身份证号码',
  ),
  attachment(
    'ID number in an Excel attachment',
    'pv-list.xlsx',
    () =>
      makeWorkbook(
        [
          ['姓名', '身份证号'],
          ['张三', ID],
        ],
        'xlsx',
      ),
    '含有居民身份证号码',
  ),
  attachment(
    'bank card in an old Excel (.xls) attachment',
    'pv-list.xls',
    () =>
      makeWorkbook(
        [
          ['姓名', '卡号'],
          ['张三', '6222021234567890128'],
        ],
        'xls',
      ),
    '含有银行卡号',
  ),
  attachment(
    'a PDF that runs JavaScript when opened',
    'pv-script.pdf',
    () => makePdf(['Hello'], { catalogExtra: '/OpenAction 6 0 R', objects: ['<< /S /JavaScript /JS (app.alert(1)) >>'] }),
    '这个 PDF 含有 JavaScript 脚本',
    'files',
  ),
  attachment(
    'a PDF whose script hides behind #xx escapes in /AA',
    'pv-escaped.pdf',
    () => makePdf(['Hello'], { catalogExtra: '/A#41 << /O 6 0 R >>', objects: ['<< /S /Launch /F (cmd.exe) >>'] }),
    '自动执行的动作',
    'files',
  ),
  attachment(
    'a PDF carrying an embedded file',
    'pv-embedded.pdf',
    () =>
      makePdf(['Hello'], {
        catalogExtra: '/Names << /EmbeddedFiles << /Names [(a.exe) 6 0 R] >> >>',
        objects: [
          '<< /Type /Filespec /F (a.exe) /EF << /F 7 0 R >> >>',
          '<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream',
        ],
      }),
    '夹带的其他文件',
    'files',
  ),
  markup('a link with no text', 'empty-link', '[](https://casino.example)', '没有文字的链接'),
  markup('a link whose text is a zero-width space', 'zw-link', '[\u200B](https://casino.example)', '没有文字的链接'),
  markup(
    'a link around a picture without alt text',
    'img-link',
    '[![](/images/a.png)](https://casino.example)',
    '没有文字的链接',
  ),
  markup(
    'hidden text (暗链) with display:none',
    'hidden-style',
    '<span style="display:none"><a href="https://casino.example">博彩</a></span>',
    '暗链',
  ),
  markup(
    "hidden text with the site's own visually-hidden class",
    'hidden-class',
    '<p class="bz-visually-hidden">博彩</p>',
    '暗链',
  ),
  markup(
    'a dot-sized picture as a link',
    'dot-image',
    '<a href="https://casino.example"><img src="/images/a.png" width="1" height="1" alt="博彩"></a>',
    '暗链',
  ),
  markup('text shrunk by nested <small>', 'small', '<small><small><small>博彩</small></small></small>', '暗链'),
  markup('a class the site does not style', 'class', '<span class="note">说明</span>', 'class（样式类）'),
];

/** Edits that must pass validate with no error. */
export const PRIVACY_ACCEPTED: Array<{ name: string; edit: (dir: string) => void }> = [
  {
    name: 'masked numbers, two in a paragraph',
    edit: (d) => writeIn(d, 'releases/ok-masks.md', release('打码', '联系人138****5678和139****1234，身份证3416021980******。')),
  },
  {
    name: 'a QQ group and an official WeChat account',
    edit: (d) => writeIn(d, 'releases/ok-groups.md', release('群', '志愿者QQ群：123456789。关注微信公众号：bozhouwm。')),
  },
  {
    name: 'ordinary long numbers: a credit code, dates, figures and a number that fails Luhn',
    edit: (d) =>
      writeIn(
        d,
        'releases/ok-numbers.md',
        release(
          '数字',
          '统一社会信用代码 11341600003112345X，2019-12-31 共1344个站，838.5万元，编号 4111111111111112，座机0558-5123456。',
        ),
      ),
  },
  {
    name: 'footnotes',
    edit: (d) => writeIn(d, 'releases/ok-footnote.md', release('注释', '正文[^1]。\n\n[^1]: 出自2019年工作报告。')),
  },
  {
    name: 'a link with text and a picture with alt text',
    edit: (d) => writeIn(d, 'releases/ok-links.md', release('链接', '[通知全文](/files/notice.pdf) ![会场](/images/a.png)')),
  },
  { name: 'a landline in another YAML file', edit: (d) => writeIn(d, 'notes/office.yaml', 'office: 0558-1234567\n') },
  {
    name: 'clean PDF, Word and Excel attachments',
    edit: (d) => {
      writeIn(d, 'files/ok.pdf', makePdf(['Notice of 2021', 'Tel 0558-1234567']));
      writeIn(d, 'files/ok.docx', makeDocx(['通知', '办公电话 0558-1234567']));
      writeIn(
        d,
        'files/ok.xlsx',
        makeWorkbook(
          [
            ['站点', '电话'],
            ['古井镇', '0558-1234567'],
          ],
          'xlsx',
        ),
      );
      writeIn(
        d,
        'releases/ok-files.md',
        release('附件', '[名单](/files/ok.xlsx)', `${attached('ok.pdf')}  - title: 方案\n    file: ok.docx\n`),
      );
    },
  },
];

/** Edits that warn (and do not stop a build), with what the warning says. */
export const PRIVACY_WARNED: Array<{ name: string; file: string; says: string; edit: (dir: string) => void }> = [
  {
    name: 'a card-like number without a word that calls it a card',
    file: 'releases/warn-card.md',
    says: '像银行卡号',
    edit: (d) => writeIn(d, 'releases/warn-card.md', release('编号', '订单编号 4539148803436467。')),
  },
  {
    name: 'a file in content/files that nothing references',
    file: 'files/left-over.pdf',
    says: '不会发布到网站上',
    edit: (d) => fs.writeFileSync(path.join(d, 'files/left-over.pdf'), makePdf(['left over'])),
  },
  {
    name: 'a PDF attachment with no text to read (a scan)',
    file: 'files/scan.pdf',
    says: '整个附件没有可读取的文字（可能是扫描件或图片），程序无法检查',
    edit: (d) => {
      writeIn(d, 'files/scan.pdf', makePdf([]));
      writeIn(d, 'releases/warn-scan.md', release('扫描件', '正文。', attached('scan.pdf')));
    },
  },
];
