/** Reads the YAML data files (site, rules, figures) without validating them. */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../validate/problem';
import { decodeUtf8, RESAVE_TEXT_AS_UTF8 } from './encoding';
import { fullWidthHint } from './full-width';
import { displayPath } from './paths';
import { isPlainFile } from './symlinks';
import type { CollectionName, SourceEntry } from './source';
import { parseYaml, type ParsedYaml } from './yaml-doc';

/** Parses one YAML file; reports a missing or broken file and returns undefined. */
export function readYamlFile(absPath: string, problems: Problem[], required: boolean): ParsedYaml | undefined {
  const file = displayPath(absPath);
  if (!fs.existsSync(absPath)) {
    problems.push({
      severity: required ? 'error' : 'warning',
      code: 'missing-file',
      file,
      message: required ? `缺少文件 ${path.basename(absPath)}，网站无法构建。请从示例内容复制一份再修改。` : `找不到文件 ${path.basename(absPath)}，相应栏目将没有内容。`,
    });
    return undefined;
  }
  // A link (to /dev/zero, say) is refused by symlinks.ts and never read.
  if (!isPlainFile(absPath)) return undefined;
  const text = decodeUtf8(fs.readFileSync(absPath));
  if (text === undefined) {
    problems.push({ severity: 'error', code: 'not-utf8', file, line: 1, message: RESAVE_TEXT_AS_UTF8 });
    return undefined;
  }
  const parsed = parseYaml(text);
  const typed = fullWidthHint(text);
  if (typed) {
    problems.push({ severity: 'error', code: 'yaml-full-width', file, line: typed.line, message: typed.message.replace('字段区', '文件') });
    return undefined;
  }
  if (parsed.error) {
    problems.push({ severity: 'error', code: 'yaml-syntax', file, line: parsed.error.line, message: `文件无法读取：${parsed.error.reason}。请检查该行的冒号、缩进和引号。` });
    return undefined;
  }
  return parsed;
}

/** A YAML file holding a list (rules.yaml, figures.yaml): one source entry per item. */
export function readYamlList(
  absPath: string,
  collection: CollectionName,
  idOf: (item: unknown, index: number) => string,
  problems: Problem[],
): SourceEntry[] {
  const parsed = readYamlFile(absPath, problems, false);
  if (!parsed || parsed.data == null) return [];
  const file = displayPath(absPath);
  if (!Array.isArray(parsed.data)) {
    problems.push({ severity: 'error', code: 'not-a-list', file, line: 1, message: '文件应为以「- 」开头的列表，每项一条。' });
    return [];
  }
  return parsed.data.map((item, index) => ({
    collection,
    id: idOf(item, index),
    file,
    absPath,
    input: item,
    lineOf: (p) => parsed.lineOf([index, ...p]),
  }));
}

export const field = (item: unknown, key: string): unknown =>
  item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
