/** Ids made from Chinese titles and names: pinyin words joined by hyphens, never clashing. */
import { pinyin } from 'pinyin-pro';
import { ID_PATTERN } from './schemas/common';

export { ID_PATTERN };

/**
 * `文明家庭张三` → `wen-ming-jia-ting-zhang-san`. Names use surname readings (单 → shan, 曾 → zeng).
 * Latin letters and digits are kept; everything else separates words. Long ids are cut at a word.
 */
export function pinyinId(text: string, options: { name?: boolean; maxLength?: number } = {}): string {
  const words = pinyin(text, {
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    v: true,
    surname: options.name ? 'head' : 'off',
  });
  const slug = words
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const max = options.maxLength ?? 60;
  if (slug.length <= max) return slug || 'untitled';
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… whichever `taken` does not hold yet. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}
