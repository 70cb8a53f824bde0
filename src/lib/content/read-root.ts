/** Reads a whole content root into source entries, reporting what cannot even be parsed. */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../validate/problem';
import { field, readYamlFile, readYamlList } from './read-data-files';
import { readMarkdownCollection } from './read-markdown';
import { readPracticeSitesCsv } from './read-csv';
import { displayPath } from './paths';
import { checkSymbolicLinks } from './symlinks';
import type { SourceRoot } from './source';

export function readContentRoot(dir: string, problems: Problem[]): SourceRoot | undefined {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    problems.push({ severity: 'error', code: 'missing-root', file: displayPath(dir), message: '找不到内容文件夹。请检查 CONTENT_DIR 设置，或在项目根目录下运行命令。' });
    return undefined;
  }
  checkSymbolicLinks(dir, problems);
  const siteFile = path.join(dir, 'site.yaml');
  const site = readYamlFile(siteFile, problems, true);
  const entries = [
    ...readMarkdownCollection(dir, 'releases', 'releases', problems),
    ...readMarkdownCollection(dir, 'people', 'people', problems),
    ...readMarkdownCollection(dir, 'pages', 'pages', problems),
    ...readYamlList(path.join(dir, 'rules.yaml'), 'rules', (item, i) => String(field(item, 'number') ?? `#${i + 1}`), problems),
    ...readYamlList(path.join(dir, 'figures.yaml'), 'figures', (item, i) => String(field(item, 'id') ?? `#${i + 1}`), problems),
    ...readPracticeSitesCsv(path.join(dir, 'practice-sites.csv'), problems),
  ];
  const files = new Set(entries.map((e) => e.absPath));
  return {
    dir,
    siteFile: displayPath(siteFile),
    siteInput: site?.data,
    siteLineOf: site?.lineOf ?? (() => undefined),
    entries,
    fileCount: files.size + (site ? 1 : 0),
  };
}
