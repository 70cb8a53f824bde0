/** `content/pages/<id>.md|mdx`: free pages such as 关于我们, 无障碍声明, 隐私说明, published at /<id>/. */
import { z } from 'zod';
import { boundedText, codes, dateSchema, sampleSchema } from './common';

/** First path segments that belong to sections; a free page may not take them. */
export const RESERVED_PAGE_IDS = [
  'releases', 'people', 'rules', 'sites', 'data', 'search', 'pagefind', '404', 'rss', 'sitemap', 'images', 'files', '_astro',
] as const;

export const pageSchema = z
  .object({
    /** 页面标题，最多 60 字。 */
    title: boundedText(60),
    /** 最后修改日期，写成 YYYY-MM-DD，例如 2026-01-05。 */
    updated: dateSchema,
    /** 草稿：true 表示不在正式网站发布（预览时可见并标明「草稿」）；可以发布时改为 false。 */
    draft: z.boolean(codes('boolean')).default(false),
    /** 示例内容：true 表示未经审定的演示文字，正式发布时会被拒绝；正式内容写 false。 */
    sample: sampleSchema,
  })
  .strict();

export type Page = z.infer<typeof pageSchema>;
