/**
 * Photos and attachments named in the content must be files inside content/images/ and
 * content/files/: no path that leads out (.., an absolute path, a symbolic link), and present.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Content } from './schema-check';
import type { Problem } from './problem';

type Where = 'inside' | 'outside' | 'missing';

/** Where `rel` leads from `folder`, following symbolic links as the build would. */
export function resolveInside(folder: string, rel: string): Where {
  const base = path.resolve(folder);
  const full = path.resolve(base, rel);
  if (!full.startsWith(base + path.sep)) return 'outside';
  if (!fs.existsSync(full)) return fs.lstatSync(full, { throwIfNoEntry: false }) ? 'outside' : 'missing';
  const real = fs.realpathSync(full);
  return real.startsWith(fs.realpathSync(base) + path.sep) && fs.statSync(real).isFile() && !fs.lstatSync(full).isSymbolicLink()
    ? 'inside'
    : 'outside';
}

const FOLDERS = {
  images: {
    what: '照片',
    missing: (rel: string) => `找不到照片 images/${rel}。请把照片放进 content/images/ 并核对文件名（区分大小写）。`,
  },
  files: {
    what: '附件',
    missing: (rel: string) => `找不到附件 files/${rel}。请把文件放进 content/files/ 并核对文件名（区分大小写）。`,
  },
} as const;

function check(c: Content, folder: keyof typeof FOLDERS, rel: string) {
  const where = resolveInside(path.join(c.dir, folder), rel);
  const { what, missing } = FOLDERS[folder];
  if (where === 'missing')
    return {
      code: `missing-${folder === 'images' ? 'photo' : 'attachment'}`,
      message: missing(rel),
    };
  if (where === 'outside')
    return {
      code: 'outside-folder',
      message: `${what} ${folder}/${rel} 不是 content/${folder}/ 里的普通文件（路径指向文件夹之外，或是符号链接/快捷方式）。请把文件本身复制到 content/${folder}/ 中，并写它在其中的相对路径。`,
    };
  return undefined;
}

export function checkReferencedFiles(c: Content, problems: Problem[]): void {
  const map = c.site.standardMap?.image;
  const mapFound = map ? check(c, 'images', map) : undefined;
  if (mapFound) problems.push({ severity: 'error', ...mapFound, file: c.siteFile, field: 'standardMap.image' });
  for (const p of c.people) {
    const found = p.data.photo ? check(c, 'images', p.data.photo) : undefined;
    if (found) problems.push({ severity: 'error', ...found, file: p.file, line: p.lineOf(['photo']), field: 'photo' });
  }
  for (const r of c.releases) {
    r.data.attachments.forEach((a, i) => {
      const found = check(c, 'files', a.file);
      if (found)
        problems.push({
          severity: 'error',
          ...found,
          file: r.file,
          line: r.lineOf(['attachments', i, 'file']),
          field: `attachments[${i}].file`,
        });
    });
  }
}
