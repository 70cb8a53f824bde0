/**
 * Hostile-corpus cases for files as editors' tools and attackers leave them (issue 23): a
 * spreadsheet cell under no column, a decompression bomb, a photo cut off, a symbolic link, text
 * saved as GBK, front matter typed with a Chinese input method, site.yaml under a sub-folder.
 * Registered in hostile-corpus.ts; each is refused by validate and by the build.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PRACTICE_SITE_COLUMNS } from '../../src/lib/schemas';
import { writeIn } from './content-root';
import type { HostileCase } from './hostile-corpus';
import { bombPng } from './png-bytes';

/** What Notepad writes for 「ANSI」 on a Chinese Windows: GBK, made by iconv. */
const gbk = (text: string) => execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text });
const release = (frontmatter: string) => `---\n${frontmatter}\n---\n\n正文。\n`;

/** The directory as Calc and Excel save a sheet once wider than its header (see test/lib/content/spreadsheet-csv.test.ts). */
const strayCellCsv = [
  `\uFEFF${PRACTICE_SITE_COLUMNS.join(',')},,`,
  'qc-zhongxin,谯城区新时代文明实践中心,中心,,谯城区,,"谯城区人民路1号\n东楼",0558-1111111,,,,,,,',
  ',,,,,,,,,,,,,,',
  'qc-gujing-suo,古井镇新时代文明实践所,所,qc-zhongxin,谯城区,古井镇,古井镇政府,,,,,,,,联系人老王',
  '',
].join('\n');

export const FILE_CASES: HostileCase[] = [
  {
    name: 'a spreadsheet cell with content under no column name',
    kind: 'parser',
    file: 'practice-sites.csv',
    line: 5,
    says: '第 O 列没有列名，却填了「联系人老王」',
    alone: true,
    edit: (d) => writeIn(d, 'practice-sites.csv', strayCellCsv),
  },
  {
    name: 'a decompression bomb among the photos',
    kind: 'files',
    file: 'images/people/bomb.png',
    says: '照片的像素太多（9000 × 9000 像素',
    edit: (d) => writeIn(d, 'images/people/bomb.png', bombPng(9000, 9000)),
  },
  {
    name: 'a photo cut off half-way',
    kind: 'files',
    file: 'images/people/cut.png',
    says: '照片文件不完整或已损坏',
    edit: (d) => {
      const whole = fs.readFileSync(path.join(d, 'images/people/zhang-san.png'));
      writeIn(d, 'images/people/cut.png', whole.subarray(0, whole.length / 2));
    },
  },
  {
    name: 'a release that is a symbolic link to a file outside the content root',
    kind: 'files',
    file: 'releases/hf-linked.md',
    says: '这是一个符号链接（快捷方式），指向「/etc/hostname」',
    edit: (d) => fs.symlinkSync('/etc/hostname', path.join(d, 'releases/hf-linked.md')),
  },
  {
    name: 'a release saved by Notepad as ANSI (GBK)',
    kind: 'files',
    file: 'releases/hf-gbk.md',
    line: 1,
    says: '文件不是 UTF-8 编码（Windows 记事本的「ANSI」编码就是 GBK）',
    edit: (d) => writeIn(d, 'releases/hf-gbk.md', gbk(release('title: 记事本保存的发布稿\ndate: 2021-03-04'))),
  },
  {
    name: 'figures.yaml saved as GBK',
    kind: 'files',
    file: 'figures.yaml',
    line: 1,
    says: '请用记事本打开它，选择「文件 › 另存为」',
    alone: true,
    edit: (d) => writeIn(d, 'figures.yaml', gbk(fs.readFileSync(path.join(d, 'figures.yaml'), 'utf8'))),
  },
  {
    name: 'a full-width colon in front matter',
    kind: 'parser',
    file: 'releases/hf-colon.md',
    line: 3,
    says: '字段名「date」后面是中文冒号「：」',
    edit: (d) => writeIn(d, 'releases/hf-colon.md', release('title: 通知\ndate：2021-03-04')),
  },
  {
    name: 'front matter indented with full-width spaces',
    kind: 'parser',
    file: 'releases/hf-indent.md',
    line: 5,
    says: '行首有全角空格',
    edit: (d) =>
      writeIn(
        d,
        'releases/hf-indent.md',
        release('title: 通知\ndate: 2021-03-04\nattachments:\n　　- title: 附件\n　　  file: notice.pdf'),
      ),
  },
  {
    name: 'site.yaml published under a sub-folder',
    kind: 'files',
    file: 'site.yaml',
    line: 3,
    says: '带有子目录或参数。网站只能发布在一个域名的根目录',
    alone: true,
    edit: (d) => {
      const file = path.join(d, 'site.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^url: .*$/m, 'url: https://www.example.gov.cn/wmb/'));
    },
  },
];
