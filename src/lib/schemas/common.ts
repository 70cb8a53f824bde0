/**
 * Building blocks shared by every collection schema. Plain Zod (no `astro:*` imports), so the
 * Astro collections, scripts/ and tests all use exactly these definitions.
 */
import { z } from 'zod';

/** Ids: lower-case pinyin or English words joined by hyphens, e.g. `zhao-yu-fu`. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const idSchema = z
  .string({ required_error: 'required' })
  .regex(ID_PATTERN, { message: 'id-format' });

/** A calendar date, written `YYYY-MM-DD`. YAML parsers may hand us a Date; both become the string. */
export const dateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ required_error: 'required', invalid_type_error: 'date-format' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date-format' })
    .refine(isRealDate, { message: 'date-invalid' }),
);

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Marks demo content that must never reach a production build. */
export const sampleSchema = z.boolean({ invalid_type_error: 'boolean' }).default(false);

/** Text with a maximum length counted in characters (a CJK character counts as one). */
export function boundedText(max: number) {
  return z
    .string({ required_error: 'required', invalid_type_error: 'string' })
    .trim()
    .min(1, { message: 'required' })
    .refine((s) => [...s].length <= max, { message: `max-length:${max}` });
}

/** A path relative to a content sub-folder, without `..` or a leading slash. */
export const relativeFileSchema = z
  .string({ required_error: 'required', invalid_type_error: 'string' })
  .min(1, { message: 'required' })
  .refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..'), { message: 'relative-path' });

/** Builds a Zod enum from an `as const` tuple, with a message code listing the allowed values. */
export function oneOf<T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values as unknown as [T[number], ...T[number][]], {
    errorMap: () => ({ message: `enum:${values.join('、')}` }),
  });
}
