/**
 * Building blocks shared by every collection schema. Plain Zod (no `astro:*` imports), so the
 * Astro collections, scripts/ and tests all use exactly these definitions.
 */
import { z } from 'zod';
import { isPlainText } from '../hidden-characters';

/** Ids: lower-case pinyin or English words joined by hyphens, e.g. `zhao-yu-fu`. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Zod's `error` option for a field: the message code `required` when the field is absent, else
 * `invalid` (or Zod's own wording when none is given; zod-messages.ts turns codes into Chinese).
 */
export function codes(invalid?: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : invalid) };
}

/** The same for a string format (z.url(), z.email()): `format` when the text does not fit it. */
export function formatCodes(format: string) {
  return {
    error: (issue: { input?: unknown; code?: string }) =>
      issue.input === undefined ? 'required' : issue.code === 'invalid_type' ? undefined : format,
  };
}

export const idSchema = z.string(codes()).regex(ID_PATTERN, { error: 'id-format' });

/** A calendar date, written `YYYY-MM-DD`. YAML parsers may hand us a Date; both become the string. */
export const dateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string(codes('date-format'))
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date-format' })
    .refine(isRealDate, { error: 'date-invalid' }),
);

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Marks demo content that must never reach a production build. */
export const sampleSchema = z.boolean(codes('boolean')).default(false);

/** Text with a maximum length counted in characters (a CJK character counts as one). */
export function boundedText(max: number) {
  return z
    .string(codes('string'))
    .trim()
    .min(1, { error: 'required' })
    .refine((s) => [...s].length <= max, { error: `max-length:${max}` })
    .refine(isPlainText, { error: 'hidden-characters' });
}

/** A name or label that must read as it is stored: no invisible or direction-changing characters. */
export const plainName = z.string(codes()).trim().min(1, 'required').refine(isPlainText, { error: 'hidden-characters' });

/** A path relative to a content sub-folder, without `..` or a leading slash. */
export const relativeFileSchema = z
  .string(codes('string'))
  .min(1, { error: 'required' })
  .refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..'), { error: 'relative-path' })
  .refine(isPlainText, { error: 'hidden-characters' });

/** Builds a Zod enum from an `as const` tuple, with a message code listing the allowed values. */
export function oneOf<T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values as unknown as [T[number], ...T[number][]], {
    error: (issue) => (issue.input === undefined ? 'required' : `enum:${values.join('、')}`),
  });
}
