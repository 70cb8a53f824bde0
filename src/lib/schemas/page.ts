/** `content/pages/<id>.md|mdx`: free pages such as 关于我们, 无障碍声明, 隐私说明, published at /<id>/. */
import { z } from 'zod';
import { boundedText, dateSchema, sampleSchema } from './common';

/** First path segments that belong to sections; a free page may not take them. */
export const RESERVED_PAGE_IDS = [
  'releases', 'people', 'rules', 'sites', 'data', 'search', 'pagefind', '404', 'rss', 'sitemap', 'images', 'files', '_astro',
] as const;

export const pageSchema = z
  .object({
    /** Page heading, at most 60 characters. */
    title: boundedText(60),
    /** Date of the last change, YYYY-MM-DD. */
    updated: dateSchema,
    /** true keeps the page out of production builds. */
    draft: z.boolean({ invalid_type_error: 'boolean' }).default(false),
    /** true marks demo text that the office has not approved. */
    sample: sampleSchema,
  })
  .strict();

export type Page = z.infer<typeof pageSchema>;
