/**
 * Turns a press-release text of the seed's shape into a Markdown release: the first line is the
 * title; lines opening with 一、二、三… become `##` headings; every other line is a paragraph,
 * kept character for character.
 */
import { stringify } from 'yaml';

const SECTION = /^[一二三四五六七八九十]+、/;

export interface ImportedRelease {
  title: string;
  markdown: string;
}

export function importReleaseText(text: string, date: string, extra: Record<string, unknown> = {}): ImportedRelease {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const [title, ...rest] = lines;
  if (!title) throw new Error('发布稿是空的：第一行应为标题。');
  const body = rest.map((line) => (SECTION.test(line) ? `## ${line}` : escapeMarkdownStart(line))).join('\n\n');
  const frontmatter = stringify({ title, date, ...extra }, { lineWidth: 0 });
  return { title, markdown: `---\n${frontmatter}---\n\n${body}\n` };
}

/**
 * A paragraph that Markdown would read as a list, heading or quote gets a backslash before its
 * first character; the text people see is unchanged. The seed needs none of these.
 */
function escapeMarkdownStart(line: string): string {
  return /^(#|>|[-+*] |\d+[.)] )/.test(line) ? `\\${line}` : line;
}

/** The paragraphs and headings of an imported body, with the Markdown marks taken off again. */
export function plainLines(markdownBody: string): string[] {
  return markdownBody
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.replace(/^## /, '').replace(/^\\/, ''));
}
