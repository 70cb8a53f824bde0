/**
 * What is inside an attachment: the text of PDF, Word and Excel files (src/lib/attachment-text)
 * goes through the same personal-data finders as a body, and a PDF that would run a script or
 * carries embedded files is refused. A file that cannot be read (damaged, or locked with a
 * password) is refused too, since nobody could check it; PDF pages without text (scans) are
 * named in a warning, since only a person can check them.
 */
import fs from 'node:fs';
import { isReadable, readAttachmentText } from '../attachment-text';
import type { ActiveName } from '../attachment-text/pdf';
import { extensionOf } from '../attachment-types';
import { displayPath } from '../content/paths';
import { findPersonalData } from './personal-data';
import type { Problem } from './problem';
import { personalProblem } from './safety-messages';
import { lineAt } from './unsafe-markup';

const ACTIVE_WORDS: Record<ActiveName, string> = {
  JavaScript: ' JavaScript 脚本',
  JS: ' JavaScript 脚本',
  AA: '打开或翻页时自动执行的动作',
  Launch: '启动其他程序的动作',
  EmbeddedFile: '夹带的其他文件',
  EmbeddedFiles: '夹带的其他文件',
  RichMedia: '嵌入的多媒体程序',
  XFA: '带脚本的 XFA 表单',
};

export const ATTACHMENT_TEXT_MESSAGES = {
  active: (what: string) =>
    `这个 PDF 含有${what}，打开时可能自动运行。公开网站的附件不能带脚本、自动动作或夹带文件。请用 WPS/Word 的「另存为 PDF」或「打印为 PDF」重新生成一份普通 PDF 后再放入。`,
  unreadable:
    '无法读取这个附件的内容（文件已损坏或设置了打开密码），因此无法检查其中是否含有个人信息。请用原软件重新导出（不设密码）后再放入。',
  noText: (pages: number[], total: number) =>
    `${pages.length === total ? '整个附件' : `附件第 ${pages.slice(0, 5).join('、')}${pages.length > 5 ? ' 等' : ''} 页`}没有可读取的文字（可能是扫描件或图片），程序无法检查其中是否有身份证号、手机号等个人信息。请逐页人工核对，确认没有后再发布；能导出文字版 PDF 的，请用文字版。`,
  where: (page?: number) => (page ? `附件第 ${page} 页` : '附件内容'),
  fix: '请在原文件中删除或打码（如 138****5678）后重新导出，再放入 content/files/。',
};

export async function checkAttachmentText(full: string, allowedEmail?: string): Promise<Problem[]> {
  const ext = extensionOf(full);
  // Only a regular file is read: opening a pipe would wait for ever (it is refused elsewhere).
  if (!isReadable(ext) || !fs.lstatSync(full, { throwIfNoEntry: false })?.isFile()) return [];
  const file = displayPath(full);
  const read = await readAttachmentText(fs.readFileSync(full), ext).catch(() => undefined);
  if (!read) return [{ severity: 'error', code: 'attachment-unreadable', file, message: ATTACHMENT_TEXT_MESSAGES.unreadable }];
  const problems: Problem[] = [];
  if (read.active.length > 0) {
    const what = [...new Set(read.active.map((n) => ACTIVE_WORDS[n]))].join('、');
    problems.push({ severity: 'error', code: 'attachment-active', file, message: ATTACHMENT_TEXT_MESSAGES.active(what) });
  }
  const blank = (read.pages ?? []).flatMap((text, i) => (text.trim() ? [] : [i + 1]));
  if (blank.length > 0)
    problems.push({
      severity: 'warning',
      code: 'attachment-no-text',
      file,
      message: ATTACHMENT_TEXT_MESSAGES.noText(blank, read.pages!.length),
    });
  const parts = read.pages ?? [read.text];
  parts.forEach((text, i) => {
    for (const f of findPersonalData(text, allowedEmail)) {
      const base = personalProblem(f);
      const page = read.pages ? i + 1 : undefined;
      const line = read.pages ? undefined : lineAt(text, f.index);
      const where = ATTACHMENT_TEXT_MESSAGES.where(page);
      const message = `${where}${line && !page ? `（第 ${line} 行）` : ''}${base.message.replace(/请删除[^。]*。?$/, '')}${ATTACHMENT_TEXT_MESSAGES.fix}`;
      problems.push({ ...base, file, message });
    }
  });
  return problems;
}
