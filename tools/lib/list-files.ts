/** Every file below a folder, as sorted paths relative to it with forward slashes. */
import fs from 'node:fs';
import path from 'node:path';

export function listFiles(dir: string, extension?: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && (!extension || e.name.endsWith(extension)))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
