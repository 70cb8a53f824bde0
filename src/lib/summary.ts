/** A release's summary when the editor wrote none: its first paragraph, as plain text, cut to size. */

export function deriveSummary(markdownBody: string, max = 120): string {
  const paragraph = markdownBody
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p && !/^(#|import |export |<|!\[|---)/.test(p));
  if (!paragraph) return '';
  const text = paragraph
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]|^\\|<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
