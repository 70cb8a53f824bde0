/** `content/releases/<id>.md|mdx`: press releases (新闻发布稿). The body is the release text. */
import { z } from 'zod';
import { boundedText, codes, dateSchema, idSchema, oneOf, relativeFileSchema, sampleSchema } from './common';

export const RELEASE_TOPICS = ['文明创建', '道德建设', '文明实践', '志愿服务', '移风易俗', '未成年人'] as const;
export type ReleaseTopic = (typeof RELEASE_TOPICS)[number];

export const attachmentSchema = z
  .object({
    /** 附件名称，读者看到的链接文字，例如 创建指导手册（PDF）。 */
    title: boundedText(100),
    /** 附件文件，放在 content/files/ 下，写相对路径，例如 2019/shouce.pdf。 */
    file: relativeFileSchema,
  })
  .strict();

export const releaseSchema = z
  .object({
    /** 标题，最多 100 字。 */
    title: boundedText(100),
    /** 发布日期，写成 YYYY-MM-DD，不能晚于今天，例如 2019-12-31。 */
    date: dateSchema,
    /** 发布单位；不填则为 site.yaml 中的主办单位。 */
    publisher: z.string().min(1, 'required').optional(),
    /** 摘要，最多 200 字；不填则取正文第一段。 */
    summary: boundedText(200).optional(),
    /** 主题，可多选：文明创建、道德建设、文明实践、志愿服务、移风易俗、未成年人，例如 [文明实践, 志愿服务]。 */
    topics: z.array(oneOf(RELEASE_TOPICS)).default([]),
    /** 文中提到的好人：content/people/ 中文件名（不含 .md），例如 [zhang-san]。 */
    people: z.array(idSchema).default([]),
    /** 附件列表，每项写 title（名称）和 file（文件）。 */
    attachments: z.array(attachmentSchema).default([]),
    /** 更新日期，内容有实质修改时填写，写成 YYYY-MM-DD，不能早于发布日期。 */
    updated: dateSchema.optional(),
    /** 草稿：true 表示不在正式网站发布（预览时可见并标明「草稿」）；可以发布时改为 false。 */
    draft: z.boolean(codes('boolean')).default(false),
    /** 示例内容：true 表示虚构的演示内容，正式发布时会被拒绝；正式内容写 false。 */
    sample: sampleSchema,
  })
  .strict()
  .refine((r) => !r.updated || r.updated >= r.date, { error: 'updated-before-date', path: ['updated'] });

export type Release = z.infer<typeof releaseSchema>;
