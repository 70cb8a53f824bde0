/**
 * validate's reading of the body allowlist (src/lib/markdown/allowed-markup.ts): every element,
 * attribute and address the sanitizer would drop is reported with its line, so that an editor
 * removes it rather than the build silently losing it.
 */
import { find, html } from 'property-information';
import { ALLOWED_ELEMENTS, ALLOWED_ATTRIBUTES, STRIPPED_ELEMENTS, isAllowedAttribute } from '../markdown/allowed-markup';
import { bodyTree } from '../markdown/body-tree';
import type { AnyNode } from '../markdown/mdx-nodes';
import { browserUrl, isAllowedImage, isAllowedLink, schemeOf } from '../markdown/safe-url';
import { hiddenTextFinding, isEmptyLink } from './hidden-text';

export type MarkupKind =
  | 'script'
  | 'iframe'
  | 'event-handler'
  | 'javascript-url'
  | 'element'
  | 'attribute'
  | 'class'
  | 'hidden-text'
  | 'empty-link'
  | 'link'
  | 'image'
  | 'syntax'
  | 'unreadable';

export interface AllowlistFinding {
  kind: MarkupKind;
  /** 1-based line in the body. */
  line?: number;
  tag?: string;
  attribute?: string;
  value?: string;
}

const allowed = new Set(ALLOWED_ELEMENTS);
const stripped = new Set(STRIPPED_ELEMENTS);

/** An address as the message shows it: invisible characters made visible, long ones cut. */
export const shownUrl = (value: string) => {
  const visible = value.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
  return [...visible].length > 60 ? `${[...visible].slice(0, 60).join('')}…` : visible;
};

/** Only HTML/JSX (`<`) and links or images (`](`, `]:`, `][`) can carry what the allowlist drops. */
const MAY_HOLD_MARKUP = /<|\]\s*[(:[]/;

export function findDisallowedMarkup(body: string, isMdx: boolean): AllowlistFinding[] {
  if (!MAY_HOLD_MARKUP.test(body)) return [];
  const parsed = bodyTree(body, isMdx);
  if ('syntaxError' in parsed) return [{ kind: isMdx ? 'syntax' : 'unreadable', line: parsed.syntaxError.line }];
  const out: AllowlistFinding[] = [];
  const walk = (node: AnyNode, inherited?: number, shrink = 0) => {
    const line = node.position?.start.line ?? inherited;
    if (node.type === 'element' && node.tagName && node.tagName !== 'mdx-fragment') {
      const tag = node.tagName;
      if (tag === 'a' && isEmptyLink(node)) out.push({ kind: 'empty-link', line, tag });
      const hidden = node.position ? hiddenTextFinding(node, shrink) : undefined;
      if (hidden) {
        out.push({ kind: 'hidden-text', line, tag, attribute: hidden });
        return;
      }
      // Footnote markup that remark-rehype writes itself has no position and is not the editor's.
      if (!node.position) return void node.children?.forEach((child) => walk(child, line, shrink));
      if (tag === 'script' || tag === 'iframe') return void out.push({ kind: tag, line, tag });
      if (!allowed.has(tag)) {
        out.push({ kind: 'element', line, tag });
        if (stripped.has(tag)) return;
      } else
        for (const [property, value] of Object.entries(node.properties ?? {})) {
          const attribute = find(html, property).attribute;
          if (/^on/i.test(attribute)) out.push({ kind: 'event-handler', line, tag, attribute });
          else if (property === 'href' || property === 'src') {
            const url = String(value);
            const isImage = tag === 'img' && property === 'src';
            if (!isAllowedAttribute(tag, property, value)) out.push({ kind: 'attribute', line, tag, attribute });
            else if (!(isImage ? isAllowedImage(url) : isAllowedLink(url))) {
              const scheme = schemeOf(url);
              const kind = scheme === 'javascript' || scheme === 'vbscript' ? 'javascript-url' : isImage ? 'image' : 'link';
              out.push({ kind, line, tag, attribute, value: browserUrl(url) });
            }
          } else if (property === 'className') out.push({ kind: 'class', line, tag, attribute });
          else if (!isAllowedAttribute(tag, property, value)) out.push({ kind: 'attribute', line, tag, attribute });
        }
    }
    const shrinks = node.type === 'element' && ['small', 'sub', 'sup'].includes(node.tagName ?? '');
    node.children?.forEach((child) => walk(child, line, shrinks ? shrink + 1 : shrink));
  };
  walk(parsed.tree);
  return out;
}

/** The attributes an element may carry, as editors write them, for the message. */
export function allowedAttributesOf(tag: string): string[] {
  return (ALLOWED_ATTRIBUTES[tag] ?? [])
    .map((d) => (typeof d === 'string' ? d : d[0]))
    .filter((p) => !/^(data|aria|id|className)/.test(p))
    .map((p) => find(html, p).attribute);
}
