/**
 * Publishes attachments from <content>/files/ at /files/…: copied into the build output, and
 * served by the dev server so previews link correctly. Only the files an entry names or links to
 * are copied (src/lib/referenced-files.ts): a file merely left in the folder is not published.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { extensionOf, isAttachmentExtension } from '../lib/attachment-types';
import { isProduction } from '../lib/build-mode';
import { referencedAttachments } from '../lib/referenced-files';

/**
 * Second line behind validate's attachment checks: only plain files of an allowed extension are
 * copied; no symbolic link (which the web server would follow), no dot file, no other type.
 */
function publishable(file: string): boolean {
  const stat = fs.lstatSync(file);
  if (stat.isSymbolicLink() || path.basename(file).startsWith('.')) return false;
  return stat.isDirectory() || isAttachmentExtension(extensionOf(file));
}

export default function contentFiles(contentRoot: string): AstroIntegration {
  const source = path.join(contentRoot, 'files');
  return {
    name: 'bz-content-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/files', (req, res, next) => {
          const file = path.join(source, decodeURIComponent((req.url ?? '').split('?')[0] ?? ''));
          if (!file.startsWith(source) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return next();
          fs.createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        if (!fs.existsSync(source)) return;
        const out = path.join(fileURLToPath(dir), 'files');
        for (const rel of referencedAttachments(contentRoot, isProduction())) {
          const file = path.join(source, rel);
          if (!file.startsWith(source + path.sep) || !fs.existsSync(file) || !fs.lstatSync(file).isFile()) continue;
          if (!publishable(file) || rel.split('/').some((part) => part.startsWith('.'))) continue;
          fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
          fs.copyFileSync(file, path.join(out, rel));
        }
      },
    },
  };
}
