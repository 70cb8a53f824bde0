/**
 * A Markdown or MDX body as the HTML tree the build will sanitize, with each node's line, for
 * validate: Markdown with GFM and its raw HTML parsed (as Astro does), MDX with its JSX elements
 * made plain elements (mdx-nodes.ts). Lines count from the body's first line.
 */
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { FOOTNOTE_OPTIONS } from './footnotes';
import { MDX_NODE_TYPES, mdxToHast, type AnyNode } from './mdx-nodes';

const markdown = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true, ...FOOTNOTE_OPTIONS })
  .use(rehypeRaw);
// remark-rehype types passThrough as mdast node types, which name MDX nodes only once
// mdast-util-mdx's type augmentation is loaded; these are exactly those node types.
const passThrough = MDX_NODE_TYPES as unknown as ['root'];
const mdx = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkRehype, { passThrough, ...FOOTNOTE_OPTIONS });

export type BodyTree = { tree: AnyNode } | { syntaxError: { line?: number; reason: string } };

export function bodyTree(body: string, isMdx: boolean): BodyTree {
  const processor = isMdx ? mdx : markdown;
  try {
    const tree = processor.runSync(processor.parse(body)) as Root as unknown as AnyNode;
    if (isMdx) mdxToHast(tree);
    return { tree };
  } catch (error) {
    const e = error as { line?: number; reason?: string; message?: string };
    return { syntaxError: { line: e.line ?? undefined, reason: e.reason ?? e.message ?? '' } };
  }
}
