/** `content/rules.yaml`: 亳州文明20条, the city's civility code, as a numbered list. */
import { z } from 'zod';
import { boundedText, sampleSchema } from './common';

export const ruleSchema = z
  .object({
    /** Position in the code, 1..N without gaps or repeats. */
    number: z.number({ required_error: 'required', invalid_type_error: 'integer' }).int('integer').positive('integer'),
    /** Short heading, e.g. 文明出行. */
    title: boundedText(40),
    /** The rule itself, one or two sentences. */
    text: boundedText(300),
    /** true marks fictional demo content. */
    sample: sampleSchema,
  })
  .strict();

export const rulesFileSchema = z.array(ruleSchema, { invalid_type_error: 'rules-list' });

export type Rule = z.infer<typeof ruleSchema>;
