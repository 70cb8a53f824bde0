/**
 * How footnotes read: in Chinese, with a visible 「注释」 heading (the English "Footnotes" and
 * "Back to reference" of remark-rehype's defaults are replaced). Used by the build's processor and
 * by validate's reading of bodies, so both see the same tree.
 */
import type { Options } from 'remark-rehype';

export const FOOTNOTE_OPTIONS = {
  footnoteLabel: '注释',
  footnoteLabelProperties: {},
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
    `返回正文第 ${referenceIndex + 1} 处引用${rereferenceIndex > 1 ? `（第 ${rereferenceIndex} 次）` : ''}`,
} satisfies Options;
