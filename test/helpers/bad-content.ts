/**
 * One edit per kind of bad input an editor can make; each is applied to a copy of the good
 * fixture. Shared by the validate and build tests, which must both refuse every one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, replaceIn } from './content-root';

export interface BadCase {
  name: string;
  edit: (dir: string) => void;
  /** The file the message must name, relative to the content root. */
  file: string;
  /** A part of the message. */
  says: string;
}

export const BAD_CASES: BadCase[] = [
  {
    name: 'a missing required field',
    file: 'people/li-si.md',
    says: 'summary：缺少必填字段',
    edit: (d) => replaceIn(d, 'people/li-si.md', /summary: .*\n/, ''),
  },
  {
    name: 'a value outside an enum',
    file: 'people/li-si.md',
    says: '「敬业」不是允许的值',
    edit: (d) => replaceIn(d, 'people/li-si.md', 'category: 敬业奉献', 'category: 敬业'),
  },
  {
    name: 'a duplicate id',
    file: 'practice-sites.csv',
    says: '重复',
    edit: (d) => replaceIn(d, 'practice-sites.csv', 'qc-gujing-b-zhan', 'qc-gujing-a-zhan'),
  },
  {
    name: 'a dangling reference',
    file: 'releases/first-release.md',
    says: '找不到好人「wang-wu」',
    edit: (d) => replaceIn(d, 'releases/first-release.md', 'people: [zhang-san]', 'people: [wang-wu]'),
  },
  {
    name: 'an ID number in a story',
    file: 'people/zhang-san.md',
    says: '居民身份证号码',
    edit: (d) => replaceIn(d, 'people/zhang-san.md', '张三的事迹。', '张三的事迹。11010519491231002X'),
  },
  {
    name: 'a CSV saved as GBK',
    file: 'practice-sites.csv',
    says: 'CSV UTF-8',
    edit: (d) => fs.copyFileSync(path.join(FIXTURES, 'gbk-practice-sites.csv'), path.join(d, 'practice-sites.csv')),
  },
  {
    name: 'a script tag',
    file: 'releases/second-release.md',
    says: '<script>',
    edit: (d) => replaceIn(d, 'releases/second-release.md', '第二篇正文。', '<script>alert(1)</script>'),
  },
  {
    name: 'broken YAML',
    file: 'rules.yaml',
    says: '文件无法读取',
    edit: (d) => replaceIn(d, 'rules.yaml', '  title: 文明就餐', '  title: [文明就餐'),
  },
];
