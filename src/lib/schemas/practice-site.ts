/**
 * `content/practice-sites.csv`: the 新时代文明实践 directory, one row per 中心, 所 or 站.
 * CSV cells arrive as strings; the preprocessors turn empty cells into "absent" and parse numbers.
 */
import { z } from 'zod';
import { idSchema, oneOf } from './common';

export const SITE_LEVELS = ['中心', '所', '站'] as const;
export type SiteLevel = (typeof SITE_LEVELS)[number];

/** Column order of the CSV header, as editors see it in Excel. */
export const PRACTICE_SITE_COLUMNS = [
  'id', 'name', 'level', 'parent', 'county', 'township', 'address', 'phone', 'hours', 'services', 'lat', 'lng', 'sample',
] as const;

/** Rough bounding box of 亳州市 (lat 32.8–34.1 N, lng 115.5–116.7 E) with a margin. */
export const BOZHOU_BOUNDS = { minLat: 32.6, maxLat: 34.3, minLng: 115.3, maxLng: 117.0 } as const;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional());
const coordinate = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : blankToUndefined(v)),
    z.number({ invalid_type_error: 'number' }).min(min, `range:${min}-${max}`).max(max, `range:${min}-${max}`).optional(),
  );

export const practiceSiteSchema = z
  .object({
    /** Stable id, e.g. qiaocheng-gujing-suo. */
    id: idSchema,
    /** Full name, e.g. 谯城区古井镇新时代文明实践所. */
    name: z.string({ required_error: 'required' }).trim().min(1, 'required'),
    /** 中心, 所 or 站. */
    level: oneOf(SITE_LEVELS),
    /** Id of the parent site: a 所's parent is a 中心, a 站's parent is a 所; empty for a 中心. */
    parent: z.preprocess(blankToUndefined, idSchema.optional()),
    /** County or district, one of the counties in site.yaml. */
    county: z.string({ required_error: 'required' }).trim().min(1, 'required'),
    /** Township or street (乡镇/街道), e.g. 古井镇. */
    township: optionalText,
    /** Street address. */
    address: z.string({ required_error: 'required' }).trim().min(1, 'required'),
    /** Public landline of the site, e.g. 0558-5123456 (never a private mobile number). */
    phone: optionalText,
    /** Opening hours, e.g. 周一至周五 8:30-17:30. */
    hours: optionalText,
    /** Services offered, separated by 、, e.g. 理论宣讲、志愿服务. */
    services: z.preprocess(
      (v) => (typeof v === 'string' ? v.split('、').map((s) => s.trim()).filter(Boolean) : v ?? []),
      z.array(z.string()),
    ),
    /** Latitude in decimal degrees, inside 亳州 (optional). */
    lat: coordinate(BOZHOU_BOUNDS.minLat, BOZHOU_BOUNDS.maxLat),
    /** Longitude in decimal degrees, inside 亳州 (optional). */
    lng: coordinate(BOZHOU_BOUNDS.minLng, BOZHOU_BOUNDS.maxLng),
    /** 1 marks a fictional demo row; empty or 0 otherwise. */
    sample: z.preprocess(
      (v) => (v === undefined || v === '' || v === '0' ? false : v === '1' ? true : v),
      z.boolean({ invalid_type_error: 'sample-flag' }),
    ),
  })
  .strict()
  .refine((s) => (s.lat === undefined) === (s.lng === undefined), { message: 'lat-lng-pair', path: ['lng'] });

export type PracticeSite = z.infer<typeof practiceSiteSchema>;
