/**
 * Every file in content/files/ is published at /files/…, so each is checked, named or not: a
 * document or plain image by its bytes (file-type), with an extension that says the same; no
 * symbolic links. Dot files (.DS_Store) are neither checked nor published.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileTypeFromFile } from 'file-type';
import { ATTACHMENT_KINDS, ATTACHMENT_TYPES, extensionOf, isAttachmentExtension } from '../attachment-types';
import { displayPath } from '../content/paths';
import { checkAttachmentText } from './attachment-text';
import type { Problem } from './problem';

export async function checkAttachmentFiles(
  contentRoot: string,
  text?: { scan: boolean; allowedEmail?: string },
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const full of listAll(path.join(contentRoot, 'files'))) {
    const problem = await checkAttachmentFile(full);
    if (problem) problems.push(problem);
    else if (text?.scan) problems.push(...(await checkAttachmentText(full, text.allowedEmail)));
  }
  return problems;
}

export async function checkAttachmentFile(full: string): Promise<Problem | undefined> {
  const file = displayPath(full);
  const error = (code: string, message: string): Problem => ({ severity: 'error', code, file, message });
  if (fs.lstatSync(full).isSymbolicLink())
    return error('attachment-link', '这是一个符号链接（快捷方式），不是文件。请把真正的文件复制到 content/files/ 中。');
  // A pipe or device would block the read; src/lib/content/symlinks.ts reports it.
  if (!fs.lstatSync(full).isFile()) return undefined;
  const ext = extensionOf(full);
  if (!isAttachmentExtension(ext))
    return error(
      'attachment-type',
      `附件类型「${ext ? `.${ext}` : '无扩展名'}」不允许。附件只能是 ${ATTACHMENT_KINDS}；网页、SVG、XML、脚本和压缩包等不能作为附件发布。请另存为 PDF 后再放入。`,
    );
  const detected = await fileTypeFromFile(full).catch(() => undefined);
  if (!detected || !(ATTACHMENT_TYPES[ext] as readonly string[]).includes(detected.mime))
    return error(
      'attachment-content',
      `文件内容与扩展名 .${ext} 不符${detected ? `（实际是 ${detected.ext.toUpperCase()} 文件）` : '（无法识别的内容）'}。附件只能是 ${ATTACHMENT_KINDS}，请用原软件另存为正确的格式（例如 PDF）后再放入。`,
    );
  return undefined;
}

function listAll(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) listAll(full, out);
    else out.push(full);
  }
  return out.sort();
}
