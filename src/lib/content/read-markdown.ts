/** Reads a folder of Markdown/MDX entries (releases, people, pages) without validating them. */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../validate/problem';
import { decodeUtf8, RESAVE_TEXT_AS_UTF8 } from './encoding';
import { splitFrontmatter } from './frontmatter';
import { fullWidthHint } from './full-width';
import { displayPath } from './paths';
import type { CollectionName, SourceEntry } from './source';
import { parseYaml } from './yaml-doc';

const MARKDOWN = /\.(md|mdx)$/;

export function listMarkdownFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name.startsWith('_')) continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      // Links and special files are refused by symlinks.ts and never read.
      else if (e.isFile() && MARKDOWN.test(e.name)) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

export function readMarkdownCollection(
  root: string,
  collection: CollectionName,
  folder: string,
  problems: Problem[],
): SourceEntry[] {
  const dir = path.join(root, folder);
  const shown = displayPath(dir);
  if (!fs.existsSync(dir)) {
    problems.push({ severity: 'warning', code: 'missing-folder', file: shown, message: `找不到文件夹 ${folder}/，这一栏目将没有内容。如需发布，请新建该文件夹并添加文件。` });
    return [];
  }
  const files = listMarkdownFiles(dir);
  if (files.length === 0) {
    problems.push({ severity: 'warning', code: 'empty-folder', file: shown, message: `文件夹 ${folder}/ 是空的，这一栏目将没有内容。` });
  }
  const entries: SourceEntry[] = [];
  for (const absPath of files) {
    const file = displayPath(absPath);
    const text = decodeUtf8(fs.readFileSync(absPath));
    if (text === undefined) {
      problems.push({ severity: 'error', code: 'not-utf8', file, line: 1, message: RESAVE_TEXT_AS_UTF8 });
      continue;
    }
    const id = path.relative(dir, absPath).replace(MARKDOWN, '').split(path.sep).join('/');
    const split = splitFrontmatter(text);
    if (split.frontmatter === undefined) {
      problems.push({ severity: 'error', code: 'no-frontmatter', file, line: 1, message: '文件开头缺少以 --- 包围的字段区（front matter）。请参照同一文件夹里的其他文件补上。' });
      continue;
    }
    const yaml = parseYaml(split.frontmatter, 2);
    const typed = fullWidthHint(split.frontmatter, 2);
    if (typed) {
      problems.push({ severity: 'error', code: 'yaml-full-width', file, line: typed.line, message: typed.message });
      continue;
    }
    if (yaml.error) {
      problems.push({ severity: 'error', code: 'yaml-syntax', file, line: yaml.error.line, message: `字段区无法读取：${yaml.error.reason}。请检查该行的冒号、缩进和引号。` });
      continue;
    }
    entries.push({ collection, id, file, absPath, input: yaml.data ?? {}, body: split.body, bodyLine: split.bodyLine, text, lineOf: yaml.lineOf });
  }
  return entries;
}
