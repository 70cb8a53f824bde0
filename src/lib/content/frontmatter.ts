/** Splits a Markdown file into its YAML front matter and body, keeping line numbers. */

export interface SplitMarkdown {
  /** The YAML between the `---` fences, or undefined when the file has none. */
  frontmatter?: string;
  body: string;
  /** 1-based file line of the first body line. */
  bodyLine: number;
}

export function splitFrontmatter(text: string): SplitMarkdown {
  const source = text.replace(/^\uFEFF/, '');
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { body: source, bodyLine: 1 };
  const frontmatter = match[1] ?? '';
  return {
    frontmatter,
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

/**
 * Whether YAML front matter can name any of `keys`: false only when none of them appears in its
 * text and it has no backslash. A YAML key is written out (plain, quoted, in a flow mapping or in
 * an anchor a merge key repeats) unless a double-quoted key spells it with escapes (`"\x70hoto"`),
 * which needs a backslash; so a false here is certain, and the parse it saves is the build's
 * commonest (10,000 entries, most without photos or attachments).
 */
export const mayNameKeys = (frontmatter: string, keys: readonly string[]) =>
  frontmatter.includes('\\') || keys.some((k) => frontmatter.includes(k));
