/**
 * The field-by-field part of docs/编辑指南.md, generated from the schemas: the doc comment of
 * each field says what it means, the Zod schema whether it is required. The rest of the guide
 * is written by hand; only the text between the two markers is replaced.
 */
import { z } from 'zod';
import {
  attachmentSchema, countyIdSchema, figureSchema, honorSchema, pageSchema, personSchema, practiceSiteSchema, releaseSchema, ruleSchema, siteSchema, standardMapSchema,
} from '../schemas';
import { readAllSchemaDocs, type FieldDoc } from './schema-docs';

export const GUIDE_BEGIN = '<!-- 字段说明开始：以下内容由 npm run gen:guide 根据 src/lib/schemas/ 自动生成，请勿手工修改 -->';
export const GUIDE_END = '<!-- 字段说明结束 -->';

interface Section {
  title: string;
  where: string;
  schema: ZodType;
  docs: string;
  /** Lists of objects inside a field, described as `field[].sub`. */
  /** Fields of a list of objects (`field[].x`) or of one object (`field.x`, with `object`). */
  nested?: Array<{ field: string; schema: ZodType; docs: string; object?: boolean }>;
  /** CSV columns rather than YAML fields. */
  csv?: boolean;
}

const SECTIONS: Section[] = [
  { title: '新闻发布稿', where: '`content/releases/<标识>.md`，正文写发布稿全文，网址为 `/releases/<标识>/`', schema: releaseSchema, docs: 'releaseSchema', nested: [{ field: 'attachments', schema: attachmentSchema, docs: 'attachmentSchema' }] },
  { title: '好人', where: '`content/people/<标识>.md`，正文写事迹，网址为 `/people/<标识>/`', schema: personSchema(), docs: 'personSchema', nested: [{ field: 'honors', schema: honorSchema(), docs: 'honorSchema' }] },
  { title: '页面', where: '`content/pages/<标识>.md`，如「关于我们」，网址为 `/<标识>/`', schema: pageSchema, docs: 'pageSchema' },
  { title: '实践站点名录', where: '`content/practice-sites.csv`，每行一个中心、所或站，第一行是表头（列名）', schema: practiceSiteSchema, docs: 'practiceSiteSchema', csv: true },
  { title: '文明条目（本市文明N条）', where: '`content/rules.yaml`，一条一项，每项以「- 」开头', schema: ruleSchema, docs: 'ruleSchema' },
  { title: '报告数据', where: '`content/figures.yaml`，一个数字一项，每项以「- 」开头', schema: figureSchema, docs: 'figureSchema' },
  { title: '网站基本信息', where: '`content/site.yaml`', schema: siteSchema, docs: 'siteSchema', nested: [{ field: 'countyIds', schema: countyIdSchema, docs: 'countyIdSchema' }, { field: 'standardMap', schema: standardMapSchema, docs: 'standardMapSchema', object: true }] },
];

type ZodType = z.ZodType;
type Shape = Record<string, ZodType>;

/** The object shape (in Zod 4 `.refine()` keeps the z.object, with the check added). */
function shapeOf(schema: ZodType): Shape {
  return schema instanceof z.ZodObject ? (schema.shape as Shape) : {};
}

function requirement(field: ZodType, csv: boolean): string {
  if (field instanceof z.ZodDefault) {
    const value: unknown = field.def.defaultValue;
    return Array.isArray(value) ? '可不填，默认为空' : `可不填，默认 ${String(value)}`;
  }
  if (field.safeParse(undefined).success) return csv ? '可留空' : '可不填';
  return '**必填**';
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function rows(prefix: string, schema: ZodType, docs: FieldDoc[], csv: boolean): string[] {
  const shape = shapeOf(schema);
  return docs.filter((d) => d.field in shape).map((d) =>
    `| \`${prefix}${d.field}\` | ${cell(d.doc || '（无说明）')} | ${requirement(shape[d.field]!, csv)} |`);
}

/** The generated section, markers included. */
export function renderFieldReference(): string {
  const docs = readAllSchemaDocs();
  const out = [GUIDE_BEGIN, ''];
  for (const s of SECTIONS) {
    out.push(`### ${s.title}`, '', `位置：${s.where}。`, '');
    out.push(s.csv ? '| 列名 | 说明 | 是否必填 |' : '| 字段 | 说明 | 是否必填 |', '| --- | --- | --- |');
    out.push(...rows('', s.schema, docs.get(s.docs) ?? [], Boolean(s.csv)));
    for (const n of s.nested ?? []) out.push(...rows(n.object ? `${n.field}.` : `${n.field}[].`, n.schema, docs.get(n.docs) ?? [], false));
    out.push('');
  }
  out.push(GUIDE_END);
  return out.join('\n');
}

/** `guide` with its generated section replaced; throws when the markers are missing. */
export function withFieldReference(guide: string, section = renderFieldReference()): string {
  const begin = guide.indexOf(GUIDE_BEGIN);
  const end = guide.indexOf(GUIDE_END);
  if (begin === -1 || end < begin) throw new Error(`docs/编辑指南.md lacks the markers ${GUIDE_BEGIN} … ${GUIDE_END}`);
  return guide.slice(0, begin) + section + guide.slice(end + GUIDE_END.length);
}
