/**
 * Privacy and markup safety checks over every Markdown source (releases, people and free pages)
 * and the directory. The office's own e-mail (site.yaml) is the only address allowed.
 */
import type { Content, Entry } from './schema-check';
import type { Problem } from './problem';
import { findPersonalData } from './personal-data';
import { findMdxCode } from './mdx-code';
import { findUnsafeMarkup, lineAt } from './unsafe-markup';

const PERSONAL_MESSAGES = {
  'id-number': (m: string) => `含有居民身份证号码（${m}）。公开网站不得发布个人身份证号，请删除。`,
  mobile: (m: string) =>
    `含有手机号码（${m}）。公开网站不得发布个人手机号，请删除；如需留联系方式，请使用单位座机或 site.yaml 中的办公电话。`,
  email: (m: string) => `含有电子邮箱（${m}）。只允许出现本单位邮箱（site.yaml 中的 email），请删除。`,
};

const MARKUP_MESSAGES = {
  script: '含有 <script> 脚本标签。正文只能使用 Markdown，不能嵌入脚本，请删除。',
  iframe: '含有 <iframe> 嵌入框。正文不能嵌入外部网页，请改为普通链接。',
  'event-handler': '含有 on…= 事件属性（如 onclick）。正文不能包含脚本代码，请删除该属性。',
  'javascript-url': '含有 javascript: 链接。链接只能指向网页地址（https://…）或站内页面，请修改。',
};

const MDX_MESSAGES = {
  esm: 'MDX 正文含有 import/export 程序代码。正文只能写内容，请删除这一行。',
  expression: 'MDX 正文含有 { } 程序表达式（包括 属性={…} 和 {...展开}）。正文只能写内容，请删除；如需显示花括号，请写成 \\{。',
};

export function checkSafety(c: Content, problems: Problem[]): void {
  const markdown: Entry<unknown>[] = [...c.releases, ...c.people, ...c.pages];
  for (const e of markdown) {
    const text = e.text ?? '';
    for (const f of findUnsafeMarkup(text)) {
      problems.push({
        severity: 'error',
        code: `unsafe-${f.kind}`,
        file: e.file,
        line: lineAt(text, f.index),
        message: MARKUP_MESSAGES[f.kind],
      });
    }
    for (const f of findPersonalData(text, c.site.email)) {
      problems.push({
        severity: 'error',
        code: f.kind,
        file: e.file,
        line: lineAt(text, f.index),
        message: PERSONAL_MESSAGES[f.kind](f.masked),
      });
    }
    if (e.file.endsWith('.mdx') && e.body) {
      for (const f of findMdxCode(e.body)) {
        problems.push({
          severity: 'error',
          code: `mdx-${f.kind}`,
          file: e.file,
          line: (e.bodyLine ?? 1) + lineAt(e.body, f.index) - 1,
          message: MDX_MESSAGES[f.kind],
        });
      }
    }
  }
  for (const s of c.practiceSites) {
    const row = [s.data.name, s.data.address, s.data.phone ?? '', s.data.hours ?? '', s.data.services.join('、')].join(' ');
    for (const f of findPersonalData(row, c.site.email)) {
      problems.push({
        severity: 'error',
        code: f.kind,
        file: s.file,
        line: s.lineOf([]),
        field: f.kind === 'mobile' ? 'phone' : undefined,
        message: PERSONAL_MESSAGES[f.kind](f.masked),
      });
    }
  }
}
