/** Photos and attachments named in the content must exist in content/images/ and content/files/. */
import fs from 'node:fs';
import path from 'node:path';
import type { Content } from './schema-check';
import type { Problem } from './problem';

export function checkReferencedFiles(c: Content, problems: Problem[]): void {
  for (const p of c.people) {
    const photo = p.data.photo;
    if (photo && !fs.existsSync(path.join(c.dir, 'images', photo))) {
      problems.push({
        severity: 'error',
        code: 'missing-photo',
        file: p.file,
        line: p.lineOf(['photo']),
        field: 'photo',
        message: `找不到照片 images/${photo}。请把照片放进 content/images/ 并核对文件名（区分大小写）。`,
      });
    }
  }
  for (const r of c.releases) {
    r.data.attachments.forEach((a, i) => {
      if (!fs.existsSync(path.join(c.dir, 'files', a.file))) {
        problems.push({
          severity: 'error',
          code: 'missing-attachment',
          file: r.file,
          line: r.lineOf(['attachments', i, 'file']),
          field: `attachments[${i}].file`,
          message: `找不到附件 files/${a.file}。请把文件放进 content/files/ 并核对文件名（区分大小写）。`,
        });
      }
    });
  }
}
