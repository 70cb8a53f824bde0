/** What a reader should know before downloading an attachment: its type and size. */
import fs from 'node:fs';
import path from 'node:path';

/** `1536` → `1.5 KB`; `3 * 1024 * 1024` → `3.0 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `2019/shouce.pdf` → `PDF`. */
export const fileType = (file: string) => path.extname(file).slice(1).toUpperCase() || '文件';

/** Type and size of <content>/files/<file>; validate has checked that it exists. */
export function attachmentInfo(contentRoot: string, file: string): { type: string; size: string } {
  const full = path.join(contentRoot, 'files', file);
  return { type: fileType(file), size: fs.existsSync(full) ? formatSize(fs.statSync(full).size) : '' };
}
