/** `content/figures.yaml`: figures reported by the office, each traced to the release that states it. */
import { z } from 'zod';
import { codes, dateSchema, idSchema, plainName } from './common';

export const figureSchema = z
  .object({
    /** 标识，小写英文或拼音，用连字符连接，例如 practice-stations。 */
    id: idSchema,
    /** 统计项目名称，例如 新时代文明实践站。 */
    label: plainName,
    /** 数值，只写数字不写单位，例如 1344 或 838.5。 */
    value: z.number(codes('number')),
    /** 单位，例如 个、人、万元。 */
    unit: z.string(codes()).min(1, 'required'),
    /** 统计日期，写成 YYYY-MM-DD，例如 2019-12-31。 */
    asOf: dateSchema,
    /** 来源：公布这一数字的新闻发布稿标识（content/releases/ 中的文件名，不含 .md）。 */
    source: idSchema,
    /** 原文：来源发布稿中给出这个数字的原句，照抄，便于核对，可不填，例如 建成新时代文明实践中心4个。 */
    quote: z.string().min(1, 'required').optional(),
  })
  .strict();

export const figuresFileSchema = z.array(figureSchema, { error: 'figures-list' });

export type Figure = z.infer<typeof figureSchema>;
