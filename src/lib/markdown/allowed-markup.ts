/**
 * What a release, a story or a free page may contain, as a hast-util-sanitize schema: the
 * elements Markdown itself makes (headings, paragraphs, lists, tables, quotes, links, images,
 * emphasis, code, footnotes) plus figure/figcaption, line breaks and a few inline ones an editor
 * may write as HTML. Everything else is dropped, and so is every attribute not listed here.
 * validate reads the same lists to refuse such markup first, naming the line.
 */
import type { Schema } from 'hast-util-sanitize';
import { LINK_SCHEMES } from './safe-url';

/** Elements removed with everything inside them (the rest keep their text when dropped). */
export const STRIPPED_ELEMENTS = [
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'select',
  'option',
  'button',
  'frameset',
  'noframes',
  'noembed',
  'plaintext',
];

export const ALLOWED_ELEMENTS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'hr',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'a',
  'img',
  'figure',
  'figcaption',
  'strong',
  'b',
  'em',
  'i',
  's',
  'del',
  'ins',
  'sub',
  'sup',
  'small',
  'mark',
  'abbr',
  'span',
  'code',
  'pre',
  'kbd',
  'section',
];

type PropertyDefinition = NonNullable<Schema['attributes']>[string][number];
const CELL: PropertyDefinition[] = [['align', 'left', 'center', 'right'], 'colSpan', 'rowSpan'];

/** Attributes per element; values after the name are the only ones allowed (strings or patterns). */
export const ALLOWED_ATTRIBUTES: NonNullable<Schema['attributes']> = {
  a: [
    'href',
    'title',
    // GFM footnotes, as remark-rehype writes them
    'dataFootnoteRef',
    'dataFootnoteBackref',
    ['ariaDescribedBy', 'footnote-label'],
    ['ariaLabel', /^返回正文第 \d+ 处引用/],
    ['id', /^user-content-fnref-/],
  ],
  img: ['src', 'alt', 'title', 'width', 'height'],
  th: [...CELL, ['scope', 'row', 'col']],
  td: [...CELL],
  ol: ['start', 'reversed'],
  li: [['id', /^user-content-fn-/]],
  abbr: ['title'],
  section: ['dataFootnotes'],
  // No class anywhere: an editor cannot borrow the site's styles (a visually hidden one hides
  // text from readers but not from search engines); the footnotes' own classes go as well.
  h2: [['id', 'footnote-label']],
};

export const bodySchema: Schema = {
  tagNames: ALLOWED_ELEMENTS,
  attributes: ALLOWED_ATTRIBUTES,
  strip: STRIPPED_ELEMENTS,
  // Only the footnote ids above, which cannot clash with the page's own; no prefixing needed.
  clobber: [],
  clobberPrefix: '',
  protocols: { href: [...LINK_SCHEMES], src: ['http', 'https'] },
  ancestors: {
    thead: ['table'],
    tbody: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
    caption: ['table'],
    figcaption: ['figure'],
    li: ['ul', 'ol'],
    dt: ['dl'],
    dd: ['dl'],
  },
  required: {},
  allowComments: false,
  allowDoctypes: false,
};

/** Whether `property` (a hast property name) with `value` is allowed on `tagName`. */
export function isAllowedAttribute(tagName: string, property: string, value: unknown): boolean {
  for (const def of ALLOWED_ATTRIBUTES[tagName] ?? []) {
    const [name, ...values] = typeof def === 'string' ? [def] : def;
    if (name !== property) continue;
    if (values.length === 0) return true;
    const list = Array.isArray(value) ? value : [value];
    return list.every((v) => values.some((allowed) => (allowed instanceof RegExp ? allowed.test(String(v)) : allowed === v)));
  }
  return false;
}
