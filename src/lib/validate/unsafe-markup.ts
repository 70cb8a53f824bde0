/**
 * A plain-text scan for the worst markup (script and iframe elements, inline event handlers,
 * javascript: URLs), used on rendered HTML by the build tests. validate reads bodies as trees
 * (markup-allowlist.ts); lineAt is shared.
 */

export interface MarkupFinding {
  kind: 'script' | 'iframe' | 'event-handler' | 'javascript-url';
  index: number;
  snippet: string;
}

const PATTERNS: Array<[MarkupFinding['kind'], RegExp]> = [
  ['script', /<\s*script\b/gi],
  ['iframe', /<\s*iframe\b/gi],
  ['event-handler', /<[a-zA-Z][^<>]*?\son[a-zA-Z]+\s*=/g],
  ['javascript-url', /javascript\s*:/gi],
];

export function findUnsafeMarkup(text: string): MarkupFinding[] {
  const out: MarkupFinding[] = [];
  for (const [kind, re] of PATTERNS) {
    for (const m of text.matchAll(re)) out.push({ kind, index: m.index, snippet: m[0].slice(0, 40) });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** 1-based line of `index` in `text`. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
