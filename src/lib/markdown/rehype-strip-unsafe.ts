/**
 * A rehype plugin, run on every Markdown and MDX body, that takes out what must never reach a
 * page: script, iframe, object and embed elements, inline event handlers (on…=) and
 * javascript: URLs, whether written as HTML in Markdown or as JSX in MDX. `validate` refuses
 * such content with a message first; this is the second line of defence.
 */

const UNSAFE_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset']);
const URL_ATTRIBUTES = /^(href|src|action|formaction|xlinkhref|xlink:href|poster|data)$/i;
const JS_URL = /^\s*javascript:/i;

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
}

const isUnsafeRaw = (html: string) => /<\s*(script|iframe|object|embed|frame)\b|\son[a-z]+\s*=|javascript\s*:/i.test(html);

function clean(node: Node): boolean {
  if (node.type === 'element' && UNSAFE_ELEMENTS.has(node.tagName ?? '')) return false;
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && UNSAFE_ELEMENTS.has((node.name ?? '').toLowerCase())) return false;
  if (node.type === 'raw' && isUnsafeRaw(node.value ?? '')) return false;
  if (node.properties) {
    for (const [key, value] of Object.entries(node.properties)) {
      if (/^on/i.test(key) || (URL_ATTRIBUTES.test(key) && typeof value === 'string' && JS_URL.test(value))) delete node.properties[key];
    }
  }
  if (node.attributes) {
    node.attributes = node.attributes.filter((a) => !(a.name && (/^on/i.test(a.name) || (URL_ATTRIBUTES.test(a.name) && typeof a.value === 'string' && JS_URL.test(a.value)))));
  }
  if (node.children) node.children = node.children.filter(clean);
  return true;
}

export default function rehypeStripUnsafe() {
  return (tree: Node) => {
    clean(tree);
  };
}
