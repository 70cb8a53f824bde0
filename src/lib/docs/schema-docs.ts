/**
 * Reads the field doc comments of src/lib/schemas/*.ts with the TypeScript compiler API, so the
 * editors' guide, the JSON Schemas and `npm run new` all describe a field in the same words as
 * its schema. Node only (reads source files); never imported by the site, nor by what the office
 * runs: those read the same docs from field-docs.json, which `npm run gen:schemas` writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { FieldDoc } from './field-docs';

export const SCHEMAS_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));

export type { FieldDoc };

/** Field docs of every `export const fooSchema = z.object({…})…` in one schema file, by schema name. */
export function readSchemaFileDocs(file: string): Map<string, FieldDoc[]> {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out = new Map<string, FieldDoc[]>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (!ts.isIdentifier(decl.name) || !decl.name.text.endsWith('Schema') || !decl.initializer) continue;
      const shape = findObjectShape(decl.initializer);
      if (!shape) continue;
      out.set(decl.name.text, shape.properties.filter(ts.isPropertyAssignment).map((p) => ({
        field: p.name.getText(source),
        doc: docOf(p),
      })));
    }
  }
  return out;
}

/** Every schema's field docs across src/lib/schemas/, by schema name (`personSchema`…). */
export function readAllSchemaDocs(dir = SCHEMAS_DIR): Map<string, FieldDoc[]> {
  const all = new Map<string, FieldDoc[]>();
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    for (const [schema, fields] of readSchemaFileDocs(path.join(dir, name))) all.set(schema, fields);
  }
  return all;
}

/** The object literal passed to the first `z.object(…)` inside an initializer. */
function findObjectShape(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'object') {
    const arg = node.arguments[0];
    if (arg && ts.isObjectLiteralExpression(arg)) return arg;
  }
  return ts.forEachChild(node, findObjectShape);
}

function docOf(node: ts.Node): string {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ');
  return text.replace(/\s+/g, ' ').trim();
}
