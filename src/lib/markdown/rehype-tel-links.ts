/**
 * A rehype plugin for every Markdown and MDX body: makes office phone numbers tappable and keeps
 * times together on one line, for readers on phones and in 大字.
 * - `0558-5555555`, `0558-55555555-123`, `400-123-4567` become `<a href="tel:…">`, which the
 *   stylesheet never breaks (a[href^='tel:']). Mobile numbers are left alone: validate refuses
 *   them in bodies, since the office publishes only landlines.
 * - `8:30-17:30` gets a word joiner (U+2060) on both sides of its dash: invisible, and no line
 *   break there. No element is added, so nothing depends on the sanitizer keeping a class.
 * Runs before the sanitizer (src/lib/markdown/processor.ts), whose allowlist must keep tel: links.
 */
import { joinTimeRanges } from '../no-break';
import { telHref } from '../phone';

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/**
 * Landlines with an area code and a dash, with an optional extension (-123, 转8001, 分机 12);
 * 400/800 service numbers. The link is made by src/lib/phone.ts, like the directory's.
 */
export const PHONE = /(?<![\d-])(?:0\d{2,3}-\d{7,8}(?:-\d{1,4}|\s?(?:转|分机)\s?\d{1,6})?|[48]00-?\d{3}-?\d{4})(?![\d-])/g;
const SKIP = new Set(['a', 'code', 'pre', 'script', 'style', 'kbd', 'samp']);

const skipped = (node: Node) => SKIP.has(node.tagName ?? '') || SKIP.has((node.name ?? '').toLowerCase());

function split(value: string): Node[] {
  const text = joinTimeRanges(value);
  const out: Node[] = [];
  let last = 0;
  for (const m of text.matchAll(PHONE)) {
    if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    out.push({ type: 'element', tagName: 'a', properties: { href: telHref(m[0]) }, children: [{ type: 'text', value: m[0] }] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

function walk(node: Node): void {
  if (!node.children || skipped(node)) return;
  node.children = node.children.flatMap((child) => {
    if (child.type === 'text' && child.value) return split(child.value);
    walk(child);
    return [child];
  });
}

export default function rehypeTelLinks() {
  return (tree: Node) => walk(tree);
}
