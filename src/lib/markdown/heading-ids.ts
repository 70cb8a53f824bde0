/**
 * Heading ids of a body, prefixed `h-` so that they can never be an id the page itself uses
 * (`main`, `subscribe`, `rule-3`…; templates never start an id with `h-`, a test checks). Runs
 * after the sanitizer; Astro's own heading-id step keeps an id that is already there.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

export const HEADING_ID_PREFIX = 'h-';

export function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s+/g, '-');
}

const textOf = (node: RootContent | ElementContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

export default function rehypeHeadingIds() {
  return (tree: Root) => {
    const seen = new Map<string, number>();
    const walk = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (/^h[1-6]$/.test(child.tagName) && child.properties.id !== 'footnote-label') {
          const base = `${HEADING_ID_PREFIX}${headingSlug(textOf(child)) || 'section'}`;
          const n = seen.get(base) ?? 0;
          seen.set(base, n + 1);
          child.properties.id = n === 0 ? base : `${base}-${n}`;
        } else walk(child);
      }
    };
    walk(tree);
  };
}
