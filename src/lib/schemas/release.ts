/** `content/releases/<id>.md|mdx`: press releases (新闻发布稿). The body is the release text. */
import { z } from 'zod';
import { boundedText, dateSchema, idSchema, oneOf, relativeFileSchema, sampleSchema } from './common';

export const RELEASE_TOPICS = ['文明创建', '道德建设', '文明实践', '志愿服务', '移风易俗', '未成年人'] as const;
export type ReleaseTopic = (typeof RELEASE_TOPICS)[number];

export const attachmentSchema = z
  .object({
    /** Link text shown to readers, e.g. 创建指导手册（PDF）. */
    title: boundedText(100),
    /** File name under content/files/, e.g. 2019/shouce.pdf. */
    file: relativeFileSchema,
  })
  .strict();

export const releaseSchema = z
  .object({
    /** Headline, at most 100 characters. */
    title: boundedText(100),
    /** Publication date, YYYY-MM-DD, not in the future. */
    date: dateSchema,
    /** Issuing body; defaults to the site publisher from site.yaml. */
    publisher: z.string().min(1, 'required').optional(),
    /** One-paragraph summary, at most 200 characters; derived from the first paragraph when absent. */
    summary: boundedText(200).optional(),
    /** Topics, any of 文明创建、道德建设、文明实践、志愿服务、移风易俗、未成年人. */
    topics: z.array(oneOf(RELEASE_TOPICS)).default([]),
    /** Ids of 好人 profiles (files in content/people/) that the release names. */
    people: z.array(idSchema).default([]),
    /** Downloadable files under content/files/. */
    attachments: z.array(attachmentSchema).default([]),
    /** Date of the last substantive change, YYYY-MM-DD, not before `date`. */
    updated: dateSchema.optional(),
    /** true keeps the release out of production builds. */
    draft: z.boolean({ invalid_type_error: 'boolean' }).default(false),
    /** true marks fictional demo content. */
    sample: sampleSchema,
  })
  .strict()
  .refine((r) => !r.updated || r.updated >= r.date, { message: 'updated-before-date', path: ['updated'] });

export type Release = z.infer<typeof releaseSchema>;
