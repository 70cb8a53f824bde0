/**
 * Program code in an MDX body: import/export lines and {…} expressions (which include attribute
 * values like href={…} and spreads like {...props}). Editors write content, not code; code in a
 * body would run on the build machine or build markup that the text checks cannot see
 * (href={"java" + "script:…"}). Code blocks and inline code are text and are skipped; a literal
 * brace is written \{ as MDX requires.
 */

export interface CodeFinding {
  kind: 'esm' | 'expression';
  index: number;
}

/** Replaces fenced code blocks and inline code with spaces, keeping every index and line. */
function blankCode(body: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]+`/g, blank);
}

export function findMdxCode(body: string): CodeFinding[] {
  const text = blankCode(body);
  const out: CodeFinding[] = [];
  for (const m of text.matchAll(/^(import|export)\s/gm)) out.push({ kind: 'esm', index: m.index });
  for (const m of text.matchAll(/(?<!\\)\{/g)) out.push({ kind: 'expression', index: m.index });
  return out.sort((a, b) => a.index - b.index);
}
