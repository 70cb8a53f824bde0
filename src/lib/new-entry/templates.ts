/**
 * The text of a new release, 好人 profile or page: every field of its schema, each under a
 * comment taken from the schema's own doc comment, optional ones commented out. New entries
 * start as drafts with 【待填写】 where the editor must write; `validate` refuses that marker
 * once draft is false.
 */
import { stringify } from 'yaml';
import type { FieldDoc } from '../docs/field-docs';

export const PLACEHOLDER = '【待填写】';

export const ENTRY_KINDS = ['release', 'person', 'page'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** One field of the front matter. `value` starting with a newline is a block (lists of maps). */
export interface TemplateField {
  field: string;
  value: string;
  /** Written as `# field: value`: optional, for the editor to fill in by removing the `# `. */
  optional?: boolean;
  /** Extra advice after the schema's own comment. */
  hint?: string;
}

export interface TemplateValues {
  title: string;
  today: string;
  id: string;
  /** From site.yaml: the first county and the publisher. */
  county: string;
  /** The county's first official 乡镇/街道 (divisions.json), as an example. */
  township?: string;
  /** The city's own honour, e.g. 「<city>好人」. */
  honor: string;
  publisher: string;
}

/** A YAML scalar for `value`, quoted only when it must be. */
export const scalar = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();

const HEADER = '# 以 # 开头的行是说明，不会显示在网站上。可选字段前面也有 #：要填写时，删去该行开头的「# 」。';

export function fieldsFor(kind: EntryKind, v: TemplateValues): TemplateField[] {
  const draft: TemplateField = { field: 'draft', value: 'true', hint: '新建的文件是草稿。' };
  const sample: TemplateField = { field: 'sample', value: 'false' };
  switch (kind) {
    case 'release':
      return [
        { field: 'title', value: scalar(v.title) },
        { field: 'date', value: v.today, hint: '已填今天，请按实际发布日期修改。' },
        { field: 'publisher', value: scalar(v.publisher), optional: true },
        { field: 'summary', value: '用一段话概括全文', optional: true },
        { field: 'topics', value: '[]' },
        { field: 'people', value: '[]' },
        { field: 'attachments', value: '[]', hint: '有附件时写成：[{title: 附件名称, file: 文件路径}]' },
        { field: 'updated', value: v.today, optional: true },
        draft,
        sample,
      ];
    case 'person':
      return [
        { field: 'name', value: scalar(v.title) },
        { field: 'group', value: 'false' },
        { field: 'category', value: '助人为乐', hint: '请改为实际类别。' },
        { field: 'county', value: scalar(v.county), hint: '请改为实际县区。' },
        { field: 'township', value: scalar(v.township ?? '乡镇或街道名称'), optional: true },
        {
          field: 'honors',
          value: `\n  - title: ${scalar(v.honor)}\n    period: ${v.today.slice(0, 7)}`,
          hint: '请改为实际荣誉和获评时间；多项荣誉各写一组「- title / period」。',
        },
        { field: 'summary', value: `${PLACEHOLDER}一句话介绍${v.title}的事迹` },
        { field: 'photo', value: `people/${v.id}.jpg`, optional: true },
        { field: 'photoAlt', value: `${v.title}的照片，请写明照片中的场景`, optional: true },
        { field: 'consent', value: 'false', hint: '取得本人（或监护人）同意后改为 true。' },
        { ...draft, hint: '新建的文件是草稿；consent 改为 true 后才能改为 false。' },
        sample,
      ];
    case 'page':
      return [{ field: 'title', value: scalar(v.title) }, { field: 'updated', value: v.today }, draft, sample];
  }
}

const BODY: Record<EntryKind, string> = {
  release: `${PLACEHOLDER}在这里写正文。段落之间空一行；小标题以「## 」开头。`,
  person: `${PLACEHOLDER}在这里写事迹。只写经本人同意公开的内容，不写身份证号、手机号、家庭住址。`,
  page: `${PLACEHOLDER}在这里写页面正文。段落之间空一行；小标题以「## 」开头。`,
};

/** The whole file: front matter with a comment over every field, then the body. */
export function renderEntry(kind: EntryKind, fields: TemplateField[], docs: FieldDoc[]): string {
  const docOf = new Map(docs.map((d) => [d.field, d.doc]));
  const lines = ['---', HEADER];
  for (const f of fields) {
    const comment = [docOf.get(f.field), f.hint].filter(Boolean).join('');
    lines.push(`# ${comment}`);
    const value = f.value.startsWith('\n') ? f.value : ` ${f.value}`;
    const text = `${f.field}:${value}`;
    lines.push(...(f.optional ? text.split('\n').map((l) => `# ${l}`) : [text]));
  }
  lines.push('---', '', BODY[kind], '');
  return lines.join('\n');
}
