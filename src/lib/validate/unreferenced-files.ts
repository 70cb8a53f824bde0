/**
 * A file in content/files/ that no entry names or links to is not published (the build copies
 * only referenced files); a warning says so, in case a link was forgotten.
 */
import fs from 'node:fs';
import path from 'node:path';
import { displayPath } from '../content/paths';
import { referencedAttachments } from '../referenced-files';
import type { Problem } from './problem';

export const UNREFERENCED_MESSAGE =
  '这个附件没有被任何发布稿引用（attachments 或正文中的 /files/… 链接），不会发布到网站上。如需发布，请在发布稿中引用它；不需要的话可以删除。';

export function checkUnreferencedFiles(contentRoot: string, production: boolean, problems: Problem[]): void {
  const root = path.join(contentRoot, 'files');
  if (!fs.existsSync(root)) return;
  const named = referencedAttachments(contentRoot, production);
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      // Links, pipes and devices are refused as such (files.ts); only a regular file can be left over.
      else if (e.isFile() && !named.has(path.relative(root, full).split(path.sep).join('/')))
        problems.push({ severity: 'warning', code: 'unreferenced-file', file: displayPath(full), message: UNREFERENCED_MESSAGE });
    }
  };
  walk(root);
}
