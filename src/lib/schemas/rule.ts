/** `content/rules.yaml`: the city's civility code (its 文明N条), as a numbered list. */
import { z } from 'zod';
import { boundedText, codes, sampleSchema } from './common';

export const ruleSchema = z
  .object({
    /** 条目编号，从 1 开始连续排列，不能跳号或重复。 */
    number: z.number(codes('integer')).int('integer').positive('integer'),
    /** 条目标题，最多 40 字，例如 文明出行。 */
    title: boundedText(40),
    /** 条文内容，一两句话，最多 300 字。 */
    text: boundedText(300),
    /** 示例内容：true 表示虚构的演示条文，正式发布时会被拒绝；正式条文不写或写 false。 */
    sample: sampleSchema,
  })
  .strict();

export const rulesFileSchema = z.array(ruleSchema, { error: 'rules-list' });

export type Rule = z.infer<typeof ruleSchema>;
