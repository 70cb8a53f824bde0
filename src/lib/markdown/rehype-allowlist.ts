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
import { isAllowedImage, isAllowedLink, normalizedUrl } from './safe-url';
import { dropInvisible } from './visible-text';

/**
 * Removes href/src values that safe-url.ts refuses (the schema's prefix test alone would let
 * `//host` and remote images through) and writes the others as the browser reads them.
 */
function dropUnsafeUrls(node: AnyNode): void {
  const p = node.properties;
  if (p) {
    for (const key of ['href', 'src'] as const) {
      if (!(key in p)) continue;
      const value = p[key];
      const ok =
        typeof value === 'string' && (node.tagName === 'img' && key === 'src' ? isAllowedImage(value) : isAllowedLink(value));
      if (ok) p[key] = normalizedUrl(value);
      else delete p[key];
    }
  }
  node.children?.forEach(dropUnsafeUrls);
}

export default function rehypeAllowlist() {
  const raw = rehypeRaw({ passThrough: MDX_NODE_TYPES });
  return (tree: Root, file: VFile): Root => {
    const parsed = (raw(tree, file) ?? tree) as unknown as AnyNode;
    mdxToHast(parsed);
    dropUnsafeUrls(parsed);
    const clean = sanitize(parsed as unknown as Root, bodySchema) as Root;
    dropInvisible(clean as unknown as AnyNode);
    return clean;
  };
}
