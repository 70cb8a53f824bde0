/**
 * YAML parsing that remembers where each key is, so a message can name the line of the field.
 * Uses the YAML 1.2 core schema: `2019-12-31` stays a string and is checked by the date schema.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export type FieldPath = ReadonlyArray<string | number>;

export interface ParsedYaml {
  data: unknown;
  /** 1-based line of the deepest part of `path` that exists in the file. */
  lineOf(path: FieldPath): number | undefined;
  /** Set when the text is not valid YAML. */
  error?: { line?: number; reason: string };
}

/** Parses `text`; `firstLine` is the file line on which `text` starts (2 inside front matter). */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const toLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const first = doc.errors[0];
  if (first) {
    const offset = first.pos?.[0];
    return {
      data: undefined,
      lineOf: () => undefined,
      error: { line: offset === undefined ? undefined : toLine(offset), reason: yamlReason(first.code) },
    };
  }
  let data: unknown;
  try {
    // The yaml package stops alias expansion past 100 aliases (a "billion laughs" file) by throwing.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return { data: undefined, lineOf: () => undefined, error: { line: undefined, reason: yamlReason('ALIAS_EXPANSION') } };
  }
  return {
    data,
    lineOf(path) {
      let node: unknown = doc.contents;
      let line: number | undefined;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
          if (!pair) break;
          const keyNode = pair.key as Node;
          if (keyNode.range) line = toLine(keyNode.range[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof key === 'number') {
          const item = node.items[key] as Node | undefined;
          if (!item) break;
          if (item.range) line = toLine(item.range[0]);
          node = item;
        } else break;
      }
      return line;
    },
  };
}

function yamlReason(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return '同一个字段写了两次';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return '缩进或冒号不正确';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return '字段名后缺少冒号，或冒号后缺少空格';
    case 'ALIAS_EXPANSION':
      return '别名（& 和 *）展开后的内容过多';
    case 'RESOURCE_EXHAUSTION':
      return '嵌套层次过深';
    default:
      return `格式不正确（${code}）`;
  }
}
