/**
 * `province.yaml`, the one file a province's repository adds to the cities' content roots: the
 * province site's name and address and, in the order the index page lists them, each city's
 * division code, name and public address. A city's content root is `cities/<code>/` beside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const url = z.url({ protocol: /^https?$/, error: '请填写以 https:// 开头的网址，例如 https://hefei-wenming.example.org' });

export const citySchema = z
  .object({
    /** 地级市的 6 位行政区划代码，以 00 结尾，例如 340100；这个市的内容在 cities/340100/。 */
    code: z
      .string({ error: "请填写 6 位区划代码（用引号括起来），例如 '340100'" })
      .regex(/^\d{4}00$/, '请填写地级市的 6 位区划代码，以 00 结尾，例如 340100'),
    /** 城市名称，显示在全省首页和搜索结果中，例如 合肥市。 */
    name: z.string({ error: '请填写城市名称，例如 合肥市' }).min(1, '请填写城市名称，例如 合肥市'),
    /** 这个市的文明网的公开网址（与它的 site.yaml 中 url 相同），搜索结果链接到这里。 */
    url,
  })
  .strict();

export const provinceSchema = z
  .object({
    /** 全省网站的名称，例如 安徽文明网。 */
    name: z.string({ error: '请填写全省网站的名称，例如 安徽文明网' }).min(1, '请填写全省网站的名称，例如 安徽文明网'),
    /** 主办单位，例如 安徽省文明办。 */
    publisher: z.string({ error: '请填写主办单位，例如 安徽省文明办' }).min(1, '请填写主办单位，例如 安徽省文明办'),
    /** 全省网站的公开网址。 */
    url,
    /** 各市，按全省首页上的顺序。 */
    cities: z.array(citySchema, { error: '请在 cities 下列出各市' }).min(1, '请在 cities 下至少列出一个市'),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.cities.forEach((c, i) => {
      if (seen.has(c.code)) ctx.addIssue({ code: 'custom', path: ['cities', i, 'code'], message: `区划代码 ${c.code} 重复出现` });
      seen.add(c.code);
    });
  });

export type ProvinceConfig = z.infer<typeof provinceSchema>;
export type ProvinceCity = z.infer<typeof citySchema>;

/** Where a city's content root lies in a province repository. */
export const cityRoot = (code: string) => `cities/${code}`;

/** The field as editors read it: `cities 第 3 项 url`. */
const where = (issuePath: ReadonlyArray<PropertyKey>) =>
  issuePath.map((p) => (typeof p === 'number' ? `第 ${p + 1} 项` : String(p))).join(' ') || '整个文件';

/** Reads and checks province.yaml; throws one message listing every problem. */
export function parseProvince(text: string, file = 'province.yaml'): ProvinceConfig {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file} 不是有效的 YAML：${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  const result = provinceSchema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `${file}：${where(i.path)}：${i.message}`);
  throw new Error(lines.join('\n'));
}

export function loadProvince(file: string): ProvinceConfig {
  return parseProvince(fs.readFileSync(file, 'utf8'), path.basename(file));
}
