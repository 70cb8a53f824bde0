/**
 * Text a reader cannot see but a search engine reads (暗链, hidden links and keywords), and links
 * a reader cannot see at all. The sanitizer drops style, hidden and class anyway; validate names
 * the trick so that an editor (or a reviewer of a hacked account's commit) knows what it was.
 */
import type { AnyNode } from '../markdown/mdx-nodes';
import { dotSize } from '../markdown/visible-text';

export { isEmptyLink } from '../markdown/visible-text';

const HIDING_STYLE =
  /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0(?:\.0*)?(?![.\d]*[1-9])|text-indent\s*:\s*-|(?:left|top|right|bottom|margin[-a-z]*)\s*:\s*-\d{3,}|position\s*:\s*(?:absolute|fixed)|(?:width|height)\s*:\s*[01](?:px)?\b|clip|overflow\s*:\s*hidden|color\s*:\s*(?:#fff\b|#ffffff|white|transparent)/i;
const HIDING_CLASS = /hidden|sr-only|invisible|offscreen/i;
const HIDING_ELEMENTS = new Set(['noscript', 'noembed', 'noframes', 'template', 'marquee']);
const SHRINKING = new Set(['small', 'sub', 'sup']);

/** What hides this element's text (the attribute or element name), or undefined. */
export function hiddenTextFinding(node: AnyNode, shrink: number): string | undefined {
  const tag = node.tagName ?? '';
  const p = node.properties ?? {};
  if (HIDING_ELEMENTS.has(tag)) return `<${tag}>`;
  if (p.hidden !== undefined && p.hidden !== false) return 'hidden';
  if (p.ariaHidden !== undefined && String(p.ariaHidden) !== 'false') return 'aria-hidden';
  if (typeof p.style === 'string' && HIDING_STYLE.test(p.style)) return `style="${p.style}"`;
  const classes = Array.isArray(p.className) ? p.className.join(' ') : String(p.className ?? '');
  if (HIDING_CLASS.test(classes)) return `class="${classes}"`;
  const dot = tag === 'img' ? dotSize(node) : undefined;
  if (dot) return `${dot}="${String(p[dot])}"`;
  if (SHRINKING.has(tag) && shrink >= 2) return `<${tag}> 套了 ${shrink + 1} 层`;
  return undefined;
}
