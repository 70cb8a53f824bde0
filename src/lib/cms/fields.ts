/**
 * One Zod schema field → one Sveltia CMS field: label and hint from the field's doc comment,
 * required from whether the schema accepts it absent, selects from enums, lengths and patterns
 * from the checks, with the Chinese wording of zod-messages.ts. What Zod cannot say (a photo, a
 * reference to another collection) comes in as an override from config.ts.
 */
import { z } from 'zod';
import { dateSchema } from '../schemas';
import { zodIssueMessage } from '../validate/zod-messages';
import type { FieldDoc } from '../docs/field-docs';

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };
export type FieldOverride = Partial<CmsField>;

type ZodType = z.ZodType;

/** The label: the doc comment up to its first `，：；。` outside brackets (`照片说明，供…` → 照片说明). */
export function labelOf(doc: string, field: string): string {
  let depth = 0;
  for (const [i, ch] of [...doc].entries()) {
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') depth--;
    else if (depth === 0 && '，：；。'.includes(ch)) return [...doc].slice(0, i).join('');
  }
  return doc || field;
}

/** A switch is turned on or off: the doc comment's `写 true` reads as 打开 in the form. */
export function switchHint(doc: string): string {
  return doc
    .replace(/(写|改为|为|是) ?true/g, '打开')
    .replace(/(写|改为|为|是) ?false/g, '关闭')
    .replace(/true 表示/g, '打开表示')
    .replace(/false 表示/g, '关闭表示');
}

interface Unwrapped {
  inner: ZodType;
  optional: boolean;
  defaultValue?: unknown;
}

function unwrap(field: ZodType): Unwrapped {
  const optional = field.safeParse(undefined).success;
  let inner = field;
  let defaultValue: unknown;
  for (;;) {
    if (inner instanceof z.ZodDefault) {
      defaultValue = inner.def.defaultValue;
      inner = inner.def.innerType as ZodType;
    } else if (inner instanceof z.ZodOptional) inner = inner.def.innerType as ZodType;
    else if (inner instanceof z.ZodPipe && inner.in instanceof z.ZodTransform) inner = inner.out as ZodType;
    else return { inner, optional, defaultValue };
  }
}

type Check = { _zod: { def: { check: string; format?: string; pattern?: RegExp; minimum?: number } } };
const checksOf = (s: ZodType) => ((s.def as { checks?: Check[] }).checks ?? []).map((c) => c._zod.def);

/** The longest text the field accepts, in characters, found by asking it (boundedText counts code points). */
function maxLength(s: ZodType): number | undefined {
  if (s.safeParse('字'.repeat(5000)).success || !s.safeParse('字').success) return undefined;
  let lo = 1;
  let hi = 5000;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (s.safeParse('字'.repeat(mid)).success) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** The Chinese message validate prints for `bad`, without the quoted value it starts with. */
function messageFor(s: ZodType, bad: unknown): string {
  const result = s.safeParse(bad);
  if (result.success) return '';
  return zodIssueMessage(result.error.issues[0]!, bad).replace(/^「[^」]*」/, '');
}

function pattern(s: ZodType): [string, string] | undefined {
  const regex = checksOf(s).find((c) => c.format === 'regex')?.pattern;
  return regex ? [regex.source, messageFor(s, '?')] : undefined;
}

function scalar(s: ZodType, name: string, label: string): CmsField {
  if (s instanceof z.ZodEnum) return { name, label, widget: 'select', options: s.options as string[] };
  if (s instanceof z.ZodBoolean) return { name, label, widget: 'boolean' };
  if (s instanceof z.ZodNumber) {
    const int = !s.safeParse(1.5).success;
    return {
      name,
      label,
      widget: 'number',
      value_type: int ? 'int' : 'float',
      ...(int && !s.safeParse(0).success ? { min: 1 } : {}),
    };
  }
  if (s instanceof z.ZodURL) return { name, label, widget: 'string', type: 'url' };
  if (s instanceof z.ZodEmail) return { name, label, widget: 'string', type: 'email' };
  const max = maxLength(s);
  const long = max !== undefined && max > 100;
  const p = pattern(s);
  return { name, label, widget: long ? 'text' : 'string', ...(max ? { maxlength: max } : {}), ...(p ? { pattern: p } : {}) };
}

/** The Sveltia field for one schema field, with its doc comment; nested docs by field for object lists. */
export function cmsField(
  name: string,
  field: ZodType,
  doc: string,
  nested: Record<string, FieldDoc[]> = {},
  override: FieldOverride = {},
): CmsField {
  const { inner, optional, defaultValue } = unwrap(field);
  const label = labelOf(doc, name);
  let out: CmsField;
  if (field === dateSchema || (field instanceof z.ZodOptional && field.def.innerType === dateSchema)) {
    out = { name, label, widget: 'datetime', type: 'date', date_format: 'YYYY-MM-DD', format: 'YYYY-MM-DD', time_format: false };
  } else if (inner instanceof z.ZodArray) {
    const element = inner.element as ZodType;
    const min = checksOf(inner).find((c) => c.check === 'min_length')?.minimum;
    const { inner: item } = unwrap(element);
    if (item instanceof z.ZodEnum) out = { name, label, widget: 'select', multiple: true, options: item.options as string[] };
    else if (item instanceof z.ZodObject)
      out = { name, label, widget: 'list', fields: objectFields(item, nested[name] ?? [], {}, nested) };
    else out = { ...scalar(item, name, label), widget: 'list', field: scalar(item, 'item', label) };
    if (min) out.min = min;
  } else if (inner instanceof z.ZodObject) {
    out = { name, label, widget: 'object', fields: objectFields(inner, nested[name] ?? [], {}, nested) };
  } else out = scalar(inner, name, label);
  out.hint = out.widget === 'boolean' ? switchHint(doc) : doc;
  out.required = !optional;
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0)) out.default = defaultValue;
  if (out.widget === 'list' && 'field' in out) for (const k of ['maxlength', 'pattern', 'type'] as const) delete out[k];
  if (override.widget && override.widget !== out.widget) {
    // Another kind of field (a photo, a reference): keep only what the schema says about any field.
    const { hint, required } = out;
    return { name, label, hint, required, ...override } as CmsField;
  }
  return { ...out, ...override };
}

/** Every field of a z.object, in the order of its schema file (which is the order editors read). */
export function objectFields(
  schema: z.ZodObject,
  docs: FieldDoc[],
  overrides: Record<string, FieldOverride> = {},
  nested: Record<string, FieldDoc[]> = {},
): CmsField[] {
  const shape = schema.shape as Record<string, ZodType>;
  const doc = new Map(docs.map((d) => [d.field, d.doc]));
  return Object.keys(shape).map((name) => cmsField(name, shape[name]!, doc.get(name) ?? '', nested, overrides[name]));
}
