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
