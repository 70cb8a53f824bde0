/**
 * JSON Schemas for the YAML data files, made from the same Zod schemas as `validate` and carrying
 * the schema doc comments as descriptions, so editors such as VS Code (YAML extension) flag a
 * mistake and explain a field while the editor types. .vscode/settings.json (`yaml.schemas`) names
 * them; the files carry no modeline, since the web editor (npm run cms) rewrites them without comments.
 */
import { z } from 'zod';
import { figuresFileSchema, rulesFileSchema, siteSchema } from '../schemas';
import { readAllSchemaDocs, type FieldDoc } from './schema-docs';

interface JsonSchemaTarget {
  /** File under schemas/. */
  file: string;
  /** The content file it describes, relative to the content root. */
  contentFile: string;
  title: string;
  schema: z.ZodType;
  /** The schema whose field docs describe the object (the list items for a list file). */
  docsOf: string;
}

export const JSON_SCHEMA_TARGETS: JsonSchemaTarget[] = [
  { file: 'site.schema.json', contentFile: 'site.yaml', title: '网站基本信息（content/site.yaml）', schema: siteSchema, docsOf: 'siteSchema' },
  { file: 'rules.schema.json', contentFile: 'rules.yaml', title: '文明条目（content/rules.yaml）', schema: rulesFileSchema, docsOf: 'ruleSchema' },
  { file: 'figures.schema.json', contentFile: 'figures.yaml', title: '报告数据（content/figures.yaml）', schema: figuresFileSchema, docsOf: 'figureSchema' },
];

/** The `yaml.schemas` entry of .vscode/settings.json that points a content file at its JSON Schema. */
export const vscodeSchemaEntry = (t: Pick<JsonSchemaTarget, 'file' | 'contentFile'>) => [`./schemas/${t.file}`, `content/${t.contentFile}`] as const;

type Json = Record<string, unknown>;

/** Every JSON Schema as the text to commit, by file name. */
export function renderJsonSchemas(): Map<string, string> {
  const docs = readAllSchemaDocs();
  const out = new Map<string, string>();
  for (const t of JSON_SCHEMA_TARGETS) {
    const json = toJsonSchema(t.schema);
    const object = (json.type === 'array' ? json.items : json) as Json;
    describeProperties(object, docs.get(t.docsOf) ?? []);
    const { $schema, ...rest } = json;
    out.set(t.file, `${JSON.stringify({ $schema, title: t.title, ...rest }, null, 2)}\n`);
  }
  return out;
}

/**
 * Zod 4 writes the JSON Schema itself. Fields are described as an editor writes them (`io:
 * 'input'`); a preprocessed field (dates, which YAML may hand over as Date) is described by the
 * schema its value must then pass, since the preprocessing function has no JSON Schema.
 */
function toJsonSchema(schema: z.core.$ZodType): Json {
  return z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'input',
    reused: 'inline',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema instanceof z.ZodPipe && zodSchema.in instanceof z.ZodTransform) {
        Object.assign(jsonSchema, toJsonSchema(zodSchema.out));
        delete jsonSchema.$schema;
      }
    },
  }) as Json;
}

function describeProperties(object: Json, docs: FieldDoc[]): void {
  const properties = (object.properties ?? {}) as Record<string, Json>;
  for (const { field, doc } of docs) {
    if (properties[field] && doc) properties[field] = { description: doc, ...properties[field] };
  }
}
