/**
 * `content/practice-sites.csv`: the 新时代文明实践 directory, one row per 中心, 所 or 站.
 * CSV cells arrive as strings; the preprocessors turn empty cells into "absent" and parse numbers.
 */
import { z } from 'zod';
import { codes, idSchema, oneOf, plainName } from './common';

export const SITE_LEVELS = ['中心', '所', '站'] as const;
export type SiteLevel = (typeof SITE_LEVELS)[number];

/** Column order of the CSV header, as editors see it in Excel. */
export const PRACTICE_SITE_COLUMNS = [
  'id', 'name', 'level', 'parent', 'county', 'township', 'address', 'phone', 'hours', 'services', 'lat', 'lng', 'sample',
] as const;

/**
 * China's extent in degrees, either way round: a number outside it is no coordinate of any city
 * here. A swapped pair or a point outside the city is a warning (validate/site-coordinates.ts).
 */
export const COORDINATE_RANGE = { min: 3.8, max: 135.1 } as const;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional());
const coordinate = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : blankToUndefined(v)),
    z.number(codes('number')).min(min, `range:${min}-${max}`).max(max, `range:${min}-${max}`).optional(),
  );

export const practiceSiteSchema = z
  .object({
    /** 标识，小写拼音或英文，用连字符连接，整个名录中不能重复，例如 xx-zhen-suo。 */
    id: idSchema,
    /** 全称，例如 ××区××镇新时代文明实践所。 */
    name: plainName,
    /** 级别，三选一：中心、所、站。 */
    level: oneOf(SITE_LEVELS),
    /** 上级的标识：所的上级是中心，站的上级是所，须在同一县区；中心留空。 */
    parent: z.preprocess(blankToUndefined, idSchema.optional()),
    /** 县区，必须是 site.yaml 中列出的县区之一。 */
    county: z.string(codes()).trim().min(1, 'required'),
    /** 乡镇或街道的正式名称（国家统计局区划代码中的名称），可不填，例如 ××镇；不是本县区的正式名称时检查会提醒并给出最接近的名称。 */
    township: optionalText,
    /** 地址，例如 ××镇政府院内。 */
    address: z.string(codes()).trim().min(1, 'required'),
    /** 对外座机，例如 0558-5123456；不得填写个人手机号。 */
    phone: optionalText,
    /** 开放时间：先写哪几天，再写时段，例如 周一至周五 8:30-12:00，14:30-17:30；每周一、三、五 8:30-11:30；可加（节假日除外）。网页据此显示「今日开放」，读不出时检查会提醒。 */
    hours: optionalText,
    /** 服务项目，用顿号「、」分隔，例如 理论宣讲、志愿服务。 */
    services: z.preprocess(
      (v) => (typeof v === 'string' ? v.split('、').map((s) => s.trim()).filter(Boolean) : v ?? []),
      z.array(z.string()),
    ),
    /** 纬度（十进制度数，WGS-84，即手机 GPS 定位所用的坐标，不是高德、百度地图上取的坐标），可不填，例如 33.84；与经度同填或同空。有坐标的阵地会出现在「查找离我最近的阵地」中；填反、离本市或本乡镇（街道）其他阵地太远时检查会提醒。 */
    lat: coordinate(COORDINATE_RANGE.min, COORDINATE_RANGE.max),
    /** 经度（十进制度数，WGS-84），可不填，例如 115.78；与纬度同填或同空。 */
    lng: coordinate(COORDINATE_RANGE.min, COORDINATE_RANGE.max),
    /** 示例行填 1，正式内容留空或填 0。 */
    sample: z.preprocess(
      (v) => (v === undefined || v === '' || v === '0' ? false : v === '1' ? true : v),
      z.boolean(codes('sample-flag')),
    ),
  })
  .strict()
  .refine((s) => (s.lat === undefined) === (s.lng === undefined), { error: 'lat-lng-pair', path: ['lng'] });

export type PracticeSite = z.infer<typeof practiceSiteSchema>;
