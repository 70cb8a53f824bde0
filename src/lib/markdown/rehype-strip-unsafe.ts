/**
 * A rehype plugin, run on every Markdown and MDX body, that takes out what must never reach a
 * page: script, iframe, object and embed elements, inline event handlers (on…=) and
 * javascript: URLs, whether written as HTML in Markdown or as JSX in MDX; and from MDX all program
 * code (import/export, {…} expressions, expression attributes and spreads), since code can build
 * any of those at run time (href={"java" + "script:…"}) and runs on the build machine.
 * `validate` refuses such content with a message first; this is the second line of defence.
 */

/** MDX nodes that hold JavaScript rather than content. */
const CODE_NODES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

const UNSAFE_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset']);
const URL_ATTRIBUTES = /^(href|src|action|formaction|xlinkhref|xlink:href|poster|data)$/i;
/** Browsers ignore control characters and spaces inside a scheme (java\tscript:), so the test does too. */
const isScriptUrl = (value: string) => /^(javascript|vbscript):/i.test(value.replace(/[\p{Cc} ]/gu, ''));

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
  if (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    UNSAFE_ELEMENTS.has((node.name ?? '').toLowerCase())
  )
    return false;
  if (node.type === 'raw' && isUnsafeRaw(node.value ?? '')) return false;
  if (CODE_NODES.has(node.type)) return false;
  if (node.properties) {
    for (const [key, value] of Object.entries(node.properties)) {
      if (/^on/i.test(key) || (URL_ATTRIBUTES.test(key) && typeof value === 'string' && isScriptUrl(value)))
        delete node.properties[key];
    }
  }
  if (node.attributes) {
    // Only plain attributes with a literal value stay: no spreads, no {…} values.
    node.attributes = node.attributes.filter(
      (a) =>
        a.type === 'mdxJsxAttribute' &&
        (a.value == null || typeof a.value === 'string') &&
        !(
          a.name &&
          (/^on/i.test(a.name) || (URL_ATTRIBUTES.test(a.name) && typeof a.value === 'string' && isScriptUrl(a.value)))
        ),
    );
  }
  if (node.children) node.children = node.children.filter(clean);
  return true;
}

export default function rehypeStripUnsafe() {
  return (tree: Node) => {
    clean(tree);
  };
}
