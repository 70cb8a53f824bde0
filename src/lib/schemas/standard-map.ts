/**
 * site.yaml `standardMap`: an official standard map (标准地图) that the office may show on the
 * directory page. 《地图审核管理规定》 art. 6 exempts from review only such a map used unmodified
 * with its 审图号 shown, so the number is required and the picture is shown exactly as downloaded.
 */
import { z } from 'zod';
import { codes } from './common';

export const standardMapSchema = z
  .object({
    /** 地图图片文件名，放在 content/images/ 中，例如 standard-map.png；不要裁剪、加点或加字。 */
    image: z.string(codes()).min(1, 'required'),
    /** 图上印的审图号，原样填写，例如 GS(2024)0650号 或 皖S(2023)12号。 */
    approvalNumber: z
      .string(codes())
      .regex(/^[\u4e00-\u9fa5]{0,2}[A-Z]{1,2}[（(]\d{4}[)）]\d+号$/, '审图号的格式应像 GS(2024)0650号 或 皖S(2023)12号，请照图上印的原样填写'),
    /** 图片的文字说明（给读屏软件和图片加载不出时），例如 ××市标准地图。 */
    alt: z.string(codes()).min(1, 'required'),
    /** 地图来源，例如 自然资源部标准地图服务。 */
    source: z.string(codes()).min(1, 'required'),
  })
  .strict();

export type StandardMap = z.infer<typeof standardMapSchema>;
