/** `content/site.yaml`: who publishes the portal, how to reach them, and the counties it covers. */
import { z } from 'zod';
import { codes, formatCodes } from './common';
import { standardMapSchema } from './standard-map';

export const countyIdSchema = z
  .object({
    /** 县区名称，与 counties 中的写法相同。 */
    county: z.string(codes()).min(1, 'required'),
    /** 网址中的标识：县区名称的正确拼音，小写、不加连字符，例如 蚌山区 写 bengshan。 */
    id: z.string(codes()).regex(/^[a-z0-9]+$/, { error: 'county-id' }),
  })
  .strict();


export const siteSchema = z
  .object({
    /** 网站名称，显示在页眉和浏览器标题中，例如 ××文明网。 */
    name: z.string(codes()).min(1, 'required'),
    /** 主办单位：发布本网站的单位，例如 ××市文明办。 */
    publisher: z.string(codes()).min(1, 'required'),
    /** 主办单位全称，显示在页脚，例如 ××市精神文明建设指导委员会办公室；不填则显示主办单位（publisher）。 */
    publisherFullName: z.string().min(1, 'required').optional(),
    /** 网站地址，以 https:// 开头，只写域名、不带子目录，末尾不用加斜杠，例如 https://wmb.example.gov.cn。 */
    url: z.url({ protocol: /^https?$/, hostname: z.regexes.domain, ...formatCodes('url') }).refine(atDomainRoot, { error: 'url-subfolder' }),
    /** 单位通讯地址，显示在页脚。 */
    address: z.string(codes()).min(1, 'required'),
    /** 办公电话（单位座机，不要填个人手机号），例如 0558-5555555。 */
    phone: z.string(codes()).min(1, 'required'),
    /** 单位公开邮箱；正文和发布稿中只允许出现这一个邮箱，例如 wmb@example.org。 */
    email: z.email(formatCodes('email')),
    /** 县区列表，按显示顺序排列；好人和实践站点的 county 必须是其中之一，例如 ××区。 */
    counties: z.array(z.string().min(1, 'required'), codes()).min(1, 'required'),
    /** 本市的 6 位行政区划代码（国家统计局统计用区划代码，以 00 结尾）。市名、省名和「好人」荣誉名称（本市好人、本省好人、中国好人）都由它从 divisions.json 得出（用 npm run divisions 生成），乡镇（街道）的正式名称也按它核对。 */
    divisionCode: z
      .string({ error: (issue) => (issue.input === undefined ? 'division-code-missing' : 'division-code') })
      .regex(/^\d{4}00$/, { error: 'division-code' }),
    /** 县区网址标识（可不填）：县区的网址默认是名称去掉「区、县、市」后的拼音；拼音读错时（多音字）在这里逐个改正。 */
    countyIds: z.array(countyIdSchema, codes()).optional(),
    /** 文明条目页的标题（可不填），不填则为「本市简称 + 文明 + 条数 + 条」，例如 ××文明20条。 */
    rulesTitle: z.string().min(1, 'required').optional(),
    /** 标准地图（可不填）：从自然资源部「标准地图服务」下载、未经任何修改的地图图片，必须同时填写图上的审图号。 */
    standardMap: standardMapSchema.optional(),
    /** 网站标识码（政府网站由主管部门核发），没有就不填。 */
    siteIdCode: z.string().optional(),
    /** ICP 备案号，例如 皖ICP备00000000号，没有就不填。 */
    icp: z.string().optional(),
    /** 公安机关备案号，例如 皖公网安备00000000000000号，没有就不填。 */
    psb: z.string().optional(),
    /** 「我为政府网站找错」的网址（由政府网站主管部门提供，以 https:// 开头）；填写后页脚显示这一链接，没有就不填。 */
    errorReportUrl: z.url({ protocol: /^https?$/, ...formatCodes('url') }).optional(),
  })
  .strict();

export type Site = z.infer<typeof siteSchema>;

/**
 * The portal is published at the root of its domain (https://wmb.example.gov.cn), never under a
 * sub-folder (https://example.gov.cn/wmb/): every page, feed, search result, the finder's data,
 * the nginx configuration and editors' own links in bodies use addresses from the root (/releases/…).
 */
function atDomainRoot(url: string): boolean {
  try {
    const u = new URL(url);
    return u.pathname === '/' && !u.search && !u.hash;
  } catch {
    return true; // z.url() reports it
  }
}
