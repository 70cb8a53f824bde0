/**
 * Limits that keep validate and the build fast whatever a body holds. The Markdown parser
 * (micromark, in validate and in Astro alike) needs time that grows much faster than the text
 * for a few shapes: many unmatched * or _ in one paragraph (50 KB of `*a` take 10 s, 200 KB take
 * minutes) and very deep quote nesting. Such bodies are refused before anything parses them.
 * No release, story or page needs them: the whole 2019 work report is under 8 KB.
 */
import { lineAt } from './unsafe-markup';

export const MAX_BODY_BYTES = 256 * 1024;
/** Emphasis delimiters (* and _ inside lines) in one block of consecutive non-blank lines. */
export const MAX_DELIMITERS_PER_BLOCK = 400;
export const MAX_QUOTE_DEPTH = 20;

export type LimitFinding = { kind: 'size'; bytes: number } | { kind: 'delimiters' | 'quote-depth'; line: number; count: number };

export function findBodyLimits(body: string): LimitFinding[] {
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MAX_BODY_BYTES) return [{ kind: 'size', bytes }];
  const out: LimitFinding[] = [];
  for (const block of body.matchAll(/(?:^[^\S\n]*\S[^\n]*(?:\n|$))+/gm)) {
    // List markers and rules at the start of a line are not emphasis delimiters.
    const inline = block[0].replace(/^[^\S\n]*(?:[*_-][^\S\n]+|[*_-]{3,}[^\S\n]*$)/gm, '');
    const count = (inline.match(/[*_]/g) ?? []).length;
    if (count > MAX_DELIMITERS_PER_BLOCK) out.push({ kind: 'delimiters', line: lineAt(body, block.index), count });
  }
  for (const m of body.matchAll(/^(?:[^\S\n]*>)+/gm)) {
    const count = (m[0].match(/>/g) ?? []).length;
    if (count > MAX_QUOTE_DEPTH) out.push({ kind: 'quote-depth', line: lineAt(body, m.index), count });
  }
  return out;
}

export function limitMessage(f: LimitFinding): string {
  switch (f.kind) {
    case 'size':
      return `正文太长（${Math.round(f.bytes / 1024)} KB），一篇最多 ${MAX_BODY_BYTES / 1024} KB。请检查是否误粘贴了大量内容，或把内容分成几篇。`;
    case 'delimiters':
      return `这一段里有 ${f.count} 个 * 或 _ 符号（最多 ${MAX_DELIMITERS_PER_BLOCK} 个），网站无法在合理时间内排版。请删除多余的符号；需要显示这些符号时，请在前面加 \\，写成 \\* 或 \\_。`;
    case 'quote-depth':
      return `这一行的引用符号 > 嵌套了 ${f.count} 层（最多 ${MAX_QUOTE_DEPTH} 层）。请删除多余的 >。`;
  }
}
