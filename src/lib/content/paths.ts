/** Where the content root is, and how paths are shown to editors. */
import path from 'node:path';

/** The content root: `CONTENT_DIR` when set, else ./content, as an absolute path. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CONTENT_DIR || 'content');
}

/** A path as editors see it: relative to the working folder when inside it, absolute otherwise. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
