/** `content/people/<id>.md`: 好人 profiles. The body is the person's story. */
import { z } from 'zod';
import { boundedText, codes, oneOf, plainName, relativeFileSchema, sampleSchema } from './common';

export const PERSON_CATEGORIES = ['助人为乐', '见义勇为', '诚实守信', '敬业奉献', '孝老爱亲'] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

/**
 * The honour titles a person may hold, from the city's own list up to the national one. They
 * depend on the content root's city (city.ts: 「<city>好人」, 「<province>好人」, 中国好人), so the
 * two schemas below are made for a city's titles rather than fixed. Without titles (a content
 * root whose city is not known yet, which validate reports by itself) any title is let through.
 */
export type HonorTitles = readonly [string, string, string];

/** When an honour was given: a month `2019-05` or a quarter `2019-Q2`. */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;

export const honorSchema = (titles?: HonorTitles) =>
  z
  .object({
    /** 荣誉名称：本市好人、本省好人 或 中国好人（本市、本省的名称由 site.yaml 的区划代码确定，例如 ××好人）。 */
    title: titles ? oneOf(titles) : plainName,
    /** 获评时间：年月（2019-05）或季度（2019-Q2）。 */
    period: z.string(codes()).regex(PERIOD_PATTERN, { error: 'period-format' }),
  })
  .strict();

export type Honor = z.infer<ReturnType<typeof honorSchema>>;

export const personSchema = (titles?: HonorTitles) =>
  z
  .object({
    /** 姓名，最多 40 字，例如 张三；集体则写集体名称。 */
    name: boundedText(40),
    /** 是否为集体（人(组)）：集体写 true，个人写 false。 */
    group: z.boolean(codes('boolean')).default(false),
    /** 类别，五选一：助人为乐、见义勇为、诚实守信、敬业奉献、孝老爱亲。 */
    category: oneOf(PERSON_CATEGORIES),
    /** 县区，必须是 site.yaml 中列出的县区之一，例如 ××区。 */
    county: z.string(codes()).min(1, 'required'),
    /** 乡镇或街道，可不填，例如 ××镇。 */
    township: z.string().min(1, 'required').optional(),
    /** 所获荣誉，至少一项，每项写 title（荣誉名称）和 period（获评时间）。 */
    honors: z.array(honorSchema(titles), codes()).min(1, { error: 'honors-empty' }),
    /** 一句话简介，显示在好人榜列表中，最多 120 字。 */
    summary: boundedText(120),
    /** 照片，放在 content/images/ 下，写相对路径，例如 people/zhang-san.jpg；可不填。 */
    photo: relativeFileSchema.optional(),
    /** 照片说明，供视障读者使用，例如 张三在社区为老人理发；填了 photo 就必须填写。 */
    photoAlt: z.string().min(1, 'required').optional(),
    /** 本人（或监护人）是否同意发布：取得同意后才能写 true；不是草稿时必须为 true。 */
    consent: z.boolean({ error: (issue) => (issue.input === undefined ? 'consent' : 'boolean') }),
    /** 草稿：true 表示不在正式网站发布（预览时可见并标明「草稿」）；取得同意、内容核实后改为 false。 */
    draft: z.boolean(codes('boolean')).default(false),
    /** 示例内容：true 表示虚构的演示内容，正式发布时会被拒绝；正式内容写 false。 */
    sample: sampleSchema,
  })
  .strict()
  .refine((p) => !p.photo || !!p.photoAlt, { error: 'photo-alt', path: ['photoAlt'] })
  // A new profile is a draft until the person agrees; only a draft may say consent: false.
  .refine((p) => p.consent || p.draft, { error: 'consent', path: ['consent'] });

export type Person = z.infer<ReturnType<typeof personSchema>>;
