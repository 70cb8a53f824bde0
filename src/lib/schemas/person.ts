/** `content/people/<id>.md`: 好人 profiles. The body is the person's story. */
import { z } from 'zod';
import { boundedText, oneOf, relativeFileSchema, sampleSchema } from './common';

export const PERSON_CATEGORIES = ['助人为乐', '见义勇为', '诚实守信', '敬业奉献', '孝老爱亲'] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

/** Honour levels, from the city's own list up to the national one. */
export const HONOR_LEVELS = ['亳州好人', '安徽好人', '中国好人'] as const;
export type HonorLevel = (typeof HONOR_LEVELS)[number];

/** When an honour was given: a month `2019-05` or a quarter `2019-Q2`. */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;

export const honorSchema = z
  .object({
    /** 亳州好人, 安徽好人 or 中国好人. */
    title: oneOf(HONOR_LEVELS),
    /** Month (YYYY-MM) or quarter (YYYY-Qn) of the honour, e.g. 2019-05 or 2019-Q2. */
    period: z.string({ required_error: 'required' }).regex(PERIOD_PATTERN, { message: 'period-format' }),
  })
  .strict();

export type Honor = z.infer<typeof honorSchema>;

export const personSchema = z
  .object({
    /** Name as published, e.g. 张三; for a team, the team's name. */
    name: boundedText(40),
    /** true when the entry is a team (人(组)) rather than one person. */
    group: z.boolean({ invalid_type_error: 'boolean' }).default(false),
    /** One of 助人为乐、见义勇为、诚实守信、敬业奉献、孝老爱亲. */
    category: oneOf(PERSON_CATEGORIES),
    /** County or district, one of the counties in site.yaml, e.g. 谯城区. */
    county: z.string({ required_error: 'required' }).min(1, 'required'),
    /** Township or street (乡镇/街道), optional, e.g. 古井镇. */
    township: z.string().min(1, 'required').optional(),
    /** Honours received, at least one, e.g. {title: 亳州好人, period: 2019-Q2}. */
    honors: z.array(honorSchema, { required_error: 'required' }).min(1, { message: 'honors-empty' }),
    /** One-sentence summary shown in lists, at most 120 characters. */
    summary: boundedText(120),
    /** Photo file under content/images/, e.g. people/zhang-san.jpg (optional). */
    photo: relativeFileSchema.optional(),
    /** Text alternative describing the photo; required when `photo` is set. */
    photoAlt: z.string().min(1, 'required').optional(),
    /** Must be true: the person (or guardian) agreed to publication. */
    consent: z.literal(true, { errorMap: () => ({ message: 'consent' }) }),
    /** true marks fictional demo content. */
    sample: sampleSchema,
  })
  .strict()
  .refine((p) => !p.photo || !!p.photoAlt, { message: 'photo-alt', path: ['photoAlt'] });

export type Person = z.infer<typeof personSchema>;
