/**
 * Turns Zod issues into the Chinese sentences editors read. The schemas carry short message codes
 * (`required`, `enum:…`, `max-length:100`); this is the only place that words them.
 */
import type { z } from 'zod';
import { codePointLabel, HIDDEN_CHARACTER, hiddenCharacters } from '../hidden-characters';

export type ZodIssue = z.core.$ZodIssue;

/** Hidden characters shown by their code point, so the message reads as it is and names them. */
export const visible = (text: string) => text.replace(HIDDEN_CHARACTER, (c) => `‹${codePointLabel(c)}›`);

function show(value: unknown): string {
  if (value === undefined) return '（空）';
  if (typeof value === 'string') return `「${visible(value)}」`;
  if (value instanceof Date) return `「${value.toISOString().slice(0, 10)}」`;
  return `「${JSON.stringify(value)}」`;
}

/** Reads the value at `path` from the parsed input, to quote it back in the message. */
export function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let node: unknown = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

export function zodIssueMessage(issue: ZodIssue, input: unknown): string {
  const value = valueAt(input, issue.path);
  if (issue.code === 'unrecognized_keys') {
    return `未知字段 ${issue.keys.map((k) => `「${k}」`).join('、')}。请检查拼写（字段名区分大小写），或删除这一行。`;
  }
  // A field whose absence needs more than 「缺少」 says so itself, with a code ending in -missing.
  if (issue.code === 'invalid_type' && value === undefined && !issue.message.endsWith('-missing'))
    return '缺少必填字段，请补上。';
  const [code, arg] = issue.message.split(/:(.*)/s) as [string, string | undefined];
  switch (code) {
    case 'required':
      return '缺少必填字段，请补上。';
    case 'enum':
      return `${show(value)}不是允许的值，可选：${arg}`;
    case 'id-format':
      return `${show(value)}不是有效的标识：只能用小写拼音或英文字母、数字，用连字符分隔，例如 zhang-san。`;
    case 'date-format':
      return `${show(value)}不是有效的日期，请写成 YYYY-MM-DD，例如 2019-12-31。`;
    case 'date-invalid':
      return `${show(value)}不是日历上存在的日期，请核对年月日。`;
    case 'boolean':
      return `${show(value)}应为 true 或 false。`;
    case 'max-length':
      return `内容过长（${[...String(value ?? '')].length} 字），最多 ${arg} 字，请精简。`;
    case 'relative-path':
      return `${show(value)}应为内容文件夹内的相对路径，不能以 / 开头，也不能包含 ..。`;
    case 'url':
      return `${show(value)}不是完整网址，请以 https:// 开头。`;
    case 'url-subfolder':
      return `${show(value)}带有子目录或参数。网站只能发布在一个域名的根目录：请只写域名，例如 https://wmb.example.gov.cn；如果只能放在现有网站的子目录下，请向网站主管部门申请一个子域名（如 wmb.example.gov.cn）指向本网站。`;
    case 'email':
      return `${show(value)}不是有效的电子邮箱地址。`;
    case 'integer':
      return `${show(value)}应为正整数。`;
    case 'number':
      return `${show(value)}应为数字（不带单位），例如 838.5。`;
    case 'period-format':
      return `${show(value)}不是有效的时间，请写成年月（2019-05）或季度（2019-Q2）。`;
    case 'honors-empty':
      return '至少需要一项荣誉，例如 {title: 中国好人, period: 2019-Q2}。';
    case 'division-code-missing':
      return '缺少本市的 6 位行政区划代码（divisionCode），例如 341200。市名、省名和「好人」荣誉名称都由它确定；填写后运行 npm run divisions 生成 divisions.json，一起提交。';
    case 'division-code':
      return `${show(value)}不是地级市的 6 位行政区划代码：应为 6 位数字、以 00 结尾（国家统计局统计用区划代码），例如 341200。`;
    case 'county-id':
      return `${show(value)}不是有效的县区标识：只能用小写拼音字母和数字，不加连字符，例如 bengshan。`;
    case 'consent':
      return '必须为 true：只有本人（或监护人）同意后才能发布。请取得同意后再填写 consent: true；尚未取得同意时，请保留 draft: true（草稿不会正式发布）。';
    case 'photo-alt':
      return '填写了照片（photo）就必须填写照片说明（photoAlt），供视障读者使用。';
    case 'updated-before-date':
      return `更新日期不能早于发布日期（date）。`;
    case 'range':
      return `${show(value)}不是中国境内的经纬度（应在 ${arg} 之间的十进制度数），请核对坐标，或留空。`;
    case 'lat-lng-pair':
      return '纬度（lat）和经度（lng）要么都填，要么都不填。';
    case 'hidden-characters':
      return `${show(value)}含有看不见的特殊字符（${hiddenCharacters(String(value)).join('、')}），如零宽字符或改变文字方向的字符，会让读者看到的与实际内容不同。请删除后重新输入这一项，不要从网页或聊天软件直接粘贴。`;
    case 'sample-flag':
      return `${show(value)}无效：示例行填 1，正式内容留空或填 0。`;
    case 'rules-list':
    case 'figures-list':
      return '文件应为以「- 」开头的列表。';
    default:
      if (issue.code === 'invalid_type') return `${show(value)}类型不对，应为${typeName(issue.expected)}。`;
      return `${show(value)}无效（${issue.message}）。`;
  }
}

function typeName(expected: string): string {
  return (
    ({ string: '文字', number: '数字', boolean: 'true 或 false', array: '列表', object: '字段组' } as Record<string, string>)[
      expected
    ] ?? expected
  );
}
