/**
 * MDX bodies reach rehype as MDX nodes: JSX elements with attribute lists, and program code
 * (import/export, {…} expressions). Program code is dropped: it runs on the build machine and can
 * build any markup (href={"java" + "script:…"}). A JSX element becomes a plain HTML element with
 * its literal attributes only (no {…} values, no spreads), so that the same allowlist judges it
 * as if it had been written in Markdown.
 */
import type { Element, Properties } from 'hast';
import { find, html } from 'property-information';

/** What remark-rehype must pass through untouched for MDX (the list @mdx-js/mdx uses). */
export const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];

const CODE_NODES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const JSX_NODES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

export interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export interface AnyNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  properties?: Properties;
  attributes?: MdxAttribute[];
  children?: AnyNode[];
  position?: Element['position'];
}

export const isMdxCode = (node: AnyNode) => CODE_NODES.has(node.type);

/** Literal attributes of a JSX element as hast properties (class → className, onclick → onClick…). */
export function jsxProperties(attributes: MdxAttribute[] = []): Properties {
  const properties: Properties = {};
  for (const a of attributes) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    if (a.value !== null && a.value !== undefined && typeof a.value !== 'string') continue;
    properties[find(html, a.name).property] = a.value ?? true;
  }
  return properties;
}

/** Replaces MDX nodes in `node`'s subtree, in place: code removed, JSX made plain elements. */
export function mdxToHast(node: AnyNode): void {
  if (!node.children) return;
  const out: AnyNode[] = [];
  for (const child of node.children) {
    if (isMdxCode(child)) continue;
    if (JSX_NODES.has(child.type)) {
      const element: AnyNode = {
        type: 'element',
        // A component (<Foo>) or fragment (<>) has no HTML name; it is dropped and its content kept.
        tagName: child.name ? child.name.toLowerCase() : 'mdx-fragment',
        properties: jsxProperties(child.attributes),
        children: child.children ?? [],
        position: child.position,
      };
      mdxToHast(element);
      out.push(element);
      continue;
    }
    mdxToHast(child);
    out.push(child);
  }
  node.children = out;
}
