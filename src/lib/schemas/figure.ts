/** `content/figures.yaml`: figures reported by the office, each traced to the release that states it. */
import { z } from 'zod';
import { dateSchema, idSchema } from './common';

export const figureSchema = z
  .object({
    /** Stable id, e.g. practice-stations. */
    id: idSchema,
    /** What is counted, e.g. 新时代文明实践站. */
    label: z.string({ required_error: 'required' }).min(1, 'required'),
    /** The reported number, e.g. 1344 or 838.5. */
    value: z.number({ required_error: 'required', invalid_type_error: 'number' }),
    /** Unit, e.g. 个, 人, 万元. */
    unit: z.string({ required_error: 'required' }).min(1, 'required'),
    /** Date the figure refers to, YYYY-MM-DD. */
    asOf: dateSchema,
    /** Id of the release (content/releases/) that reports the figure. */
    source: idSchema,
  })
  .strict();

export const figuresFileSchema = z.array(figureSchema, { invalid_type_error: 'figures-list' });

export type Figure = z.infer<typeof figureSchema>;
