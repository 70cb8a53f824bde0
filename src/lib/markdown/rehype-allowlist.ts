/**
 * The sanitizer every Markdown and MDX body passes through (src/lib/markdown/processor.ts):
 * raw HTML parsed into elements (Astro's pipeline would only do that after the user plugins), MDX
 * program code removed and JSX made plain elements (mdx-nodes.ts), link and image addresses
 * judged as the browser reads them (safe-url.ts), then rehype-sanitize with the body schema
 * (allowed-markup.ts). `validate` refuses the same content first; this is the second line.
 */
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { sanitize } from 'hast-util-sanitize';
import type { VFile } from 'vfile';
import { bodySchema } from './allowed-markup';
import { MDX_NODE_TYPES, mdxToHast, type AnyNode } from './mdx-nodes';
import { isAllowedImage, isAllowedLink } from './safe-url';

/** Removes href/src values the schema's prefix test would let through (`//host`, remote images). */
function dropUnsafeUrls(node: AnyNode): void {
  const p = node.properties;
  if (p) {
    if ('href' in p && !(typeof p.href === 'string' && isAllowedLink(p.href))) delete p.href;
    if ('src' in p && !(typeof p.src === 'string' && (node.tagName === 'img' ? isAllowedImage(p.src) : isAllowedLink(p.src))))
      delete p.src;
  }
  node.children?.forEach(dropUnsafeUrls);
}

export default function rehypeAllowlist() {
  const raw = rehypeRaw({ passThrough: MDX_NODE_TYPES });
  return (tree: Root, file: VFile): Root => {
    const parsed = (raw(tree, file) ?? tree) as unknown as AnyNode;
    mdxToHast(parsed);
    dropUnsafeUrls(parsed);
    return sanitize(parsed as unknown as Root, bodySchema) as Root;
  };
}
