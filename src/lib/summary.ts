/**
 * A release's summary when the editor wrote none: whole sentences from the start of its first
 * paragraph, as plain text: as many as fit in `max` characters, and always at least the first
 * one, however long. Never a fragment cut mid-sentence.
 */

/** A sentence ends at 。！？!? or ……, with any closing quotes or brackets that follow. */
const SENTENCE = /[^。！？!?…]+(?:[。！？!?]|……)+[”’」』）)]*|[^。！？!?…]+$/gu;

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
  const sentences = (text.match(SENTENCE) ?? [text]).map((s) => s.trim()).filter(Boolean);
  let summary = sentences[0] ?? '';
  for (const next of sentences.slice(1)) {
    if ([...summary].length + [...next].length > max) break;
    summary += next;
  }
  return summary;
}
