/**
 * A release's summary when the editor wrote none: whole sentences from its first paragraph of
 * prose, as plain text: as many as fit in `max` characters, and always at least the first one,
 * however long. Never a fragment cut mid-sentence, never a heading, quote, list, table, code,
 * HTML or a paragraph that is only a picture; the text is what the page shows (Markdown read by
 * the same parser, emphasis and links as their words, masks such as 138****5678 kept whole).
 */
import type { Nodes, Paragraph, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { keepMasks } from './markdown/keep-masks';

/** A sentence ends at 。！？!? or ……, with any closing quotes or brackets that follow. */
const SENTENCE = /[^。！？!?…]+(?:[。！？!?]|……)+[”’」』）)]*|[^。！？!?…]+$/gu;
const parser = unified().use(remarkParse).use(remarkGfm);
/** How much of a long body is read first; the rest only when no paragraph is found in it. */
const HEAD = 4000;

const textOf = (node: Nodes): string => {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
    case 'html':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
  }
};

function firstProse(source: string): string | undefined {
  const tree = parser.parse(source) as Root;
  keepMasks(tree, source);
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const text = textOf(node as Paragraph)
      .replace(/\s+/g, ' ')
      .trim();
    if (text && !/^(import|export)\s/.test(text)) return text;
  }
  return undefined;
}

/** Summaries already derived, per length: every list, feed and page of a release asks again. */
const cache = new Map<number, Map<string, string>>();

export function deriveSummary(markdownBody: string, max = 120): string {
  const known = cache.get(max) ?? cache.set(max, new Map()).get(max)!;
  const hit = known.get(markdownBody);
  if (hit !== undefined) return hit;
  const summary = summarize(markdownBody, max);
  known.set(markdownBody, summary);
  return summary;
}

function summarize(markdownBody: string, max: number): string {
  const head = markdownBody.length > HEAD ? markdownBody.slice(0, markdownBody.lastIndexOf('\n\n', HEAD) + 1 || HEAD) : undefined;
  const text = (head && firstProse(head)) ?? firstProse(markdownBody);
  if (!text) return '';
  const sentences = (text.match(SENTENCE) ?? [text]).map((s) => s.trim()).filter(Boolean);
  let summary = sentences[0] ?? '';
  for (const next of sentences.slice(1)) {
    if ([...summary].length + [...next].length > max) break;
    summary += next;
  }
  return summary;
}
