/**
 * The field doc comments of src/lib/schemas/*.ts as the CMS configuration and `npm run new` read
 * them at run time: from field-docs.json, which `npm run gen:schemas` writes from the sources with
 * the TypeScript compiler (schema-docs.ts), so the office's install needs no compiler
 * (test/lib/docs/json-schemas.test.ts fails when the file is stale).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface FieldDoc {
  field: string;
  /** The doc comment, one line, or '' when the field has none. */
  doc: string;
}

export const FIELD_DOCS_FILE = fileURLToPath(new URL('./field-docs.json', import.meta.url));

/** field-docs.json's text for these docs: schemas by name, in order, two-space JSON. */
export const renderFieldDocs = (docs: Map<string, FieldDoc[]>) => `${JSON.stringify(Object.fromEntries(docs), null, 2)}\n`;

/** Every schema's field docs, by schema name (`personSchema`…). */
export function fieldDocs(): Map<string, FieldDoc[]> {
  return new Map(Object.entries(JSON.parse(fs.readFileSync(FIELD_DOCS_FILE, 'utf8')) as Record<string, FieldDoc[]>));
}
