import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FIELD_DOCS_FILE, fieldDocs, renderFieldDocs } from '../../../src/lib/docs/field-docs';
import { JSON_SCHEMA_TARGETS, renderJsonSchemas, vscodeSchemaEntry } from '../../../src/lib/docs/json-schemas';
import { readAllSchemaDocs } from '../../../src/lib/docs/schema-docs';
import { GOOD_ROOT } from '../../helpers/content-root';

const ajv = new Ajv({ allErrors: true, validateFormats: false });
const validatorFor = (file: string) => ajv.compile(JSON.parse(fs.readFileSync(path.resolve('schemas', file), 'utf8')));
const readYaml = (file: string) => parse(fs.readFileSync(file, 'utf8'));

describe('the JSON Schemas of the YAML data files', () => {
  it('are current: schemas/ holds exactly what npm run gen:schemas writes', () => {
    for (const [file, text] of renderJsonSchemas()) {
      expect(fs.readFileSync(path.resolve('schemas', file), 'utf8'), `schemas/${file} is stale: run npm run gen:schemas`).toBe(text);
    }
  });

  it('come with a current field-docs.json, the doc comments the CMS and npm run new read without TypeScript', () => {
    const fromSources = readAllSchemaDocs();
    expect(fs.readFileSync(FIELD_DOCS_FILE, 'utf8'), 'field-docs.json is stale: run npm run gen:schemas').toBe(renderFieldDocs(fromSources));
    expect(fieldDocs()).toEqual(fromSources);
    expect(fromSources.get('personSchema')?.find((f) => f.field === 'name')?.doc).toMatch(/\S/);
  });

  it.each(JSON_SCHEMA_TARGETS)('are named for content/$contentFile in the editor settings of .vscode/settings.json', (t) => {
    const settings = JSON.parse(fs.readFileSync(path.resolve('.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
    const [schema, file] = vscodeSchemaEntry(t);
    expect(settings['yaml.schemas'][schema]).toBe(file);
  });

  it.each(JSON_SCHEMA_TARGETS)('accept the bundled and the fixture $contentFile', (t) => {
    const validate = validatorFor(t.file);
    for (const root of [path.resolve('content'), GOOD_ROOT]) {
      expect(validate(readYaml(path.join(root, t.contentFile))), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('flag a misspelt field, a missing one and a wrong type, as an editor would see while typing', () => {
    const site = validatorFor('site.schema.json');
    const { email: _email, ...noEmail } = readYaml(path.join(GOOD_ROOT, 'site.yaml'));
    expect(site({ ...noEmail, emial: 'x@example.org' })).toBe(false);
    expect(site.errors?.map((e) => e.keyword).sort()).toEqual(['additionalProperties', 'required']);
    const rules = validatorFor('rules.schema.json');
    expect(rules([{ number: '一', title: '文明出行', text: '礼让斑马线。' }])).toBe(false);
    expect(rules.errors?.[0]).toMatchObject({ instancePath: '/0/number', keyword: 'type' });
  });

  it('explain each field in Chinese, from the schema doc comments', () => {
    const figures = JSON.parse(renderJsonSchemas().get('figures.schema.json')!);
    expect(figures.items.properties.unit.description).toBe('单位，例如 个、人、万元。');
    for (const [, text] of renderJsonSchemas()) {
      const json = JSON.parse(text);
      const props = (json.items ?? json).properties as Record<string, { description?: string }>;
      for (const [field, p] of Object.entries(props)) expect(p.description, field).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
