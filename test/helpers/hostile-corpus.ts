/**
 * The hostile corpus: every kind of input the content guard must stop, each as an edit of a
 * copy of the good fixture that adds its own file or its own row (so all can be applied at once,
 * except the `alone` ones, which break a whole shared file). validate and the build must refuse
 * each, naming `file` (and `line` when given) with a message containing `says`. The markup cases
 * (hostile-markup.ts) are also built with validate skipped, to show the sanitizer's output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { markupFile, MARKUP_CASES } from './hostile-markup';
import { writeIn } from './content-root';
import { FILE_CASES } from './hostile-files';
import { PRIVACY_CASES } from './hostile-privacy';

export interface HostileCase {
  name: string;
  kind: 'markup' | 'personal-data' | 'hidden-characters' | 'files' | 'parser';
  file: string;
  line?: number;
  says: string;
  edit: (dir: string) => void;
  /** Breaks a file other cases add to: applied on its own. */
  alone?: boolean;
}

const VALID_ID = '11010519491231002X';
const release = (title: string, body: string, extra = '') => `---\ntitle: ${title}\ndate: 2021-03-04\n${extra}---\n\n${body}\n`;
const person = (fields: Record<string, string>, body = '事迹。') =>
  `---\n${Object.entries({ name: '王五', category: '助人为乐', county: '谯城区', summary: '简介。', ...fields })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\nhonors:\n  - title: 亳州好人\n    period: 2021-07\nconsent: true\n---\n\n${body}\n`;
const appendRow = (d: string, row: string) => fs.appendFileSync(path.join(d, 'practice-sites.csv'), `${row}\r\n`);
const site = (id: string, name: string, address = '村委会') => `${id},${name},站,qc-gujing-suo,谯城区,古井镇,${address},,,,,,`;

const body = (name: string, file: string, text: string, says: string, line = 6): HostileCase => ({
  name,
  kind: 'personal-data',
  file,
  line,
  says,
  edit: (d) => writeIn(d, file, release(name, text)),
});

export const HOSTILE_CASES: HostileCase[] = [
  ...MARKUP_CASES.map((c): HostileCase => {
    const [file, text] = markupFile(c);
    return { name: `markup: ${c.id}`, kind: 'markup', file, line: 8, says: c.says, edit: (d) => writeIn(d, file, text) };
  }),
  // Personal data in disguise
  body(
    'ID number in full-width digits',
    'releases/pd-id-fullwidth.md',
    '身份证号１１０１０５１９４９１２３１００２Ｘ。',
    '居民身份证号码',
  ),
  body('ID number split by spaces and hyphens', 'releases/pd-id-split.md', '号码 110105 1949-1231 002X。', '居民身份证号码'),
  body(
    'mobile split by zero-width spaces',
    'releases/pd-mobile-zw.md',
    '电话138\u200B1234\u200B5678。',
    '手机号码（138****5678）',
  ),
  body('mobile with +86 and brackets', 'releases/pd-mobile-86.md', '电话(+86) 138-1234-5678。', '手机号码（138****5678）'),
  body('mobile as character references', 'releases/pd-mobile-entities.md', '电话&#49;38&#x31;234 5678。', '手机号码'),
  body('mobile in full-width digits with dots', 'releases/pd-mobile-dots.md', '电话１３８．１２３４．５６７８。', '手机号码'),
  body('e-mail in full-width letters', 'releases/pd-email-fullwidth.md', '来信ｓｏｍｅｏｎｅ＠ｑｑ．ｃｏｍ。', '电子邮箱'),
  {
    name: 'mobile in a title',
    kind: 'personal-data',
    file: 'releases/pd-title.md',
    line: 2,
    says: 'title：含有手机号码',
    edit: (d) => writeIn(d, 'releases/pd-title.md', release("'联系人 13812345678'", '正文。')),
  },
  {
    name: 'ID number in a summary',
    kind: 'personal-data',
    file: 'people/pd-summary.md',
    line: 5,
    says: 'summary：含有居民身份证号码',
    edit: (d) => writeIn(d, 'people/pd-summary.md', person({ summary: `身份证${VALID_ID}` })),
  },
  {
    name: 'mobile in an attachment title',
    kind: 'personal-data',
    file: 'releases/pd-attachment.md',
    line: 5,
    says: 'attachments[0].title：含有手机号码',
    edit: (d) =>
      writeIn(
        d,
        'releases/pd-attachment.md',
        release('附件', '正文。', 'attachments:\n  - title: 报名请打 139 1234 5678\n    file: notice.pdf\n'),
      ),
  },
  {
    name: 'mobile in a photo description',
    kind: 'personal-data',
    file: 'people/pd-photo-alt.md',
    says: 'photoAlt：含有手机号码',
    edit: (d) =>
      writeIn(d, 'people/pd-photo-alt.md', person({ photo: 'people/zhang-san.png', photoAlt: '王五（电话 13912345678）' })),
  },
  {
    name: 'e-mail in a rule',
    kind: 'personal-data',
    file: 'rules.yaml',
    says: 'text：含有电子邮箱',
    edit: (d) =>
      fs.appendFileSync(path.join(d, 'rules.yaml'), '- number: 4\n  title: 文明举报\n  text: 发送至 someone@qq.com。\n'),
  },
  {
    name: 'mobile in a directory address',
    kind: 'personal-data',
    file: 'practice-sites.csv',
    says: 'address：含有手机号码',
    edit: (d) => appendRow(d, site('qc-pd-a-zhan', '丙村站', '村委会（联系人 138-1234-5678）')),
  },
  {
    name: 'ID number in a directory name',
    kind: 'personal-data',
    file: 'practice-sites.csv',
    says: 'name：含有居民身份证号码',
    edit: (d) => appendRow(d, site('qc-pd-b-zhan', `丁村站${VALID_ID}`)),
  },
  ...hiddenCases(),
  ...fileCases(),
  ...parserCases(),
  ...FILE_CASES,
  ...PRIVACY_CASES,
];

function hiddenCases(): HostileCase[] {
  return [
    {
      name: 'direction override in a title',
      kind: 'hidden-characters',
      file: 'releases/hc-title.md',
      line: 2,
      says: 'title：「通知‹U+202E›fdp.exe」含有看不见的特殊字符（U+202E）',
      edit: (d) => writeIn(d, 'releases/hc-title.md', release('"通知\u202Efdp.exe"', '正文。')),
    },
    {
      name: 'zero-width space in a name',
      kind: 'hidden-characters',
      file: 'people/hc-name.md',
      line: 2,
      says: 'name：「王‹U+200B›五」含有看不见的特殊字符',
      edit: (d) => writeIn(d, 'people/hc-name.md', person({ name: '王\u200B五' })),
    },
    {
      name: 'direction isolate in a directory name',
      kind: 'hidden-characters',
      file: 'practice-sites.csv',
      says: 'name：「戊村\u2066站」'.replace('\u2066', '‹U+2066›'),
      edit: (d) => appendRow(d, site('qc-hc-zhan', '戊村\u2066站')),
    },
    {
      name: 'direction override in a body',
      kind: 'hidden-characters',
      file: 'releases/hc-body.md',
      line: 6,
      says: '改变文字方向的隐藏字符（U+202E）',
      edit: (d) => writeIn(d, 'releases/hc-body.md', release('正文方向', '请访问 \u202Emoc.elpmaxe\u202C 领取。')),
    },
    {
      name: 'control character in a body',
      kind: 'hidden-characters',
      file: 'releases/hc-control.md',
      line: 6,
      says: '控制字符（U+0001）',
      edit: (d) => writeIn(d, 'releases/hc-control.md', release('控制字符', '正文\u0001。')),
    },
    {
      name: 'zero-width character in a file name (the id)',
      kind: 'hidden-characters',
      file: 'releases/hc\u200B-id.md',
      says: '不能用作网址',
      edit: (d) => writeIn(d, 'releases/hc\u200B-id.md', release('文件名', '正文。')),
    },
  ];
}

function fileCases(): HostileCase[] {
  const attach = (file: string) => (d: string) =>
    writeIn(
      d,
      `releases/f-${path.basename(file).replace(/\W/g, '-')}.md`,
      release('附件', '正文。', `attachments:\n  - title: 附件\n    file: ${file}\n`),
    );
  return [
    {
      name: 'a web page named .pdf',
      kind: 'files',
      file: 'files/notice-fake.pdf',
      says: '文件内容与扩展名 .pdf 不符',
      edit: (d) => writeIn(d, 'files/notice-fake.pdf', '<!doctype html><script>location="https://evil.example/"</script>'),
    },
    {
      name: 'an HTML attachment',
      kind: 'files',
      file: 'files/page.html',
      says: '附件类型「.html」不允许',
      edit: (d) => writeIn(d, 'files/page.html', '<h1>x</h1>'),
    },
    {
      name: 'an SVG attachment',
      kind: 'files',
      file: 'files/logo.svg',
      says: '附件类型「.svg」不允许',
      edit: (d) => writeIn(d, 'files/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    },
    {
      name: 'a JavaScript attachment',
      kind: 'files',
      file: 'files/app.js',
      says: '附件类型「.js」不允许',
      edit: (d) => writeIn(d, 'files/app.js', 'alert(1)'),
    },
    {
      name: 'a zip of HTML named .docx',
      kind: 'files',
      file: 'files/report.docx',
      says: '文件内容与扩展名 .docx 不符（实际是 ZIP 文件）',
      edit: (d) =>
        writeIn(d, 'files/report.docx', zipSync({ 'index.html': new TextEncoder().encode('<script>alert(1)</script>') })),
    },
    {
      name: 'a symbolic link among the attachments',
      kind: 'files',
      file: 'files/passwd.pdf',
      says: '符号链接',
      edit: (d) => fs.symlinkSync('/etc/passwd', path.join(d, 'files/passwd.pdf')),
    },
    {
      name: 'an attachment path through a linked folder',
      kind: 'files',
      file: 'releases/f-hostname.md',
      says: '不是 content/files/ 里的普通文件',
      edit: (d) => {
        fs.symlinkSync('/etc', path.join(d, 'files-etc'));
        fs.symlinkSync('../files-etc', path.join(d, 'files/etc'));
        attach('etc/hostname')(d);
      },
    },
    {
      name: 'a photo path leaving content/images',
      kind: 'files',
      file: 'people/f-photo.md',
      says: '应为内容文件夹内的相对路径',
      edit: (d) => writeIn(d, 'people/f-photo.md', person({ photo: '../site.yaml', photoAlt: '照片' })),
    },
  ];
}

function parserCases(): HostileCase[] {
  const laughs = [
    'a: &a [x, x, x, x, x, x, x, x, x]',
    ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
  ].join('\n');
  return [
    {
      name: 'YAML alias bomb in figures.yaml',
      kind: 'parser',
      file: 'figures.yaml',
      says: '别名（& 和 *）展开后的内容过多',
      edit: (d) => writeIn(d, 'figures.yaml', `${laughs}\n`),
    },
    {
      name: 'YAML alias bomb in front matter',
      kind: 'parser',
      file: 'releases/p-bomb.md',
      says: '别名（& 和 *）展开后的内容过多',
      edit: (d) =>
        writeIn(d, 'releases/p-bomb.md', `---\ntitle: 炸弹\ndate: 2021-03-04\n${laughs.replace(/^/gm, 'x')}\n---\n正文\n`),
    },
    {
      name: 'front matter nested 50,000 deep',
      kind: 'parser',
      file: 'releases/p-deep.md',
      says: '嵌套层次过深',
      edit: (d) => writeIn(d, 'releases/p-deep.md', `---\ntitle: ${'['.repeat(50_000)}\n---\n正文\n`),
    },
    {
      name: 'a body of 2 MB on one line',
      kind: 'parser',
      file: 'releases/p-huge.md',
      says: '正文太长',
      edit: (d) => writeIn(d, 'releases/p-huge.md', release('长', '很长的一行'.repeat(150_000))),
    },
    {
      name: 'emphasis delimiters that make the parser crawl',
      kind: 'parser',
      file: 'releases/p-stars.md',
      line: 6,
      says: '个 * 或 _ 符号',
      edit: (d) => writeIn(d, 'releases/p-stars.md', release('星号', '*a'.repeat(50_000))),
    },
    {
      name: 'quotes nested 50,000 deep',
      kind: 'parser',
      file: 'releases/p-quotes.md',
      line: 6,
      says: '嵌套了 50000 层',
      edit: (d) => writeIn(d, 'releases/p-quotes.md', release('引用', '> '.repeat(50_000))),
    },
    {
      name: 'HTML nested 40,000 deep',
      kind: 'parser',
      file: 'releases/p-divs.md',
      says: '正文结构过于复杂',
      edit: (d) => writeIn(d, 'releases/p-divs.md', release('嵌套', '<div>'.repeat(40_000))),
    },
    {
      name: 'MDX that does not parse',
      kind: 'parser',
      file: 'releases/p-syntax.mdx',
      says: 'MDX 正文的写法有误',
      edit: (d) => writeIn(d, 'releases/p-syntax.mdx', release('语法', '<a href="/">没有结束')),
    },
    {
      name: 'an unclosed quote in the directory',
      kind: 'parser',
      file: 'practice-sites.csv',
      says: '引号不成对',
      alone: true,
      edit: (d) => appendRow(d, site('qc-p-zhan', '"未闭合的引号')),
    },
    {
      name: 'a directory row of 5 million characters',
      kind: 'parser',
      file: 'practice-sites.csv',
      says: '这一行超过 20000 个字符',
      alone: true,
      edit: (d) => appendRow(d, site('qc-p-zhan', '名'.repeat(5_000_000))),
    },
  ];
}
