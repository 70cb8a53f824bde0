import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_BEGIN, GUIDE_END, renderFieldReference, withFieldReference } from '../../../src/lib/docs/guide';
import { readSchemaFileDocs } from '../../../src/lib/docs/schema-docs';
import * as schemas from '../../../src/lib/schemas';

const GUIDE = path.resolve('docs/编辑指南.md');
const guide = fs.readFileSync(GUIDE, 'utf8');

function sourceText(dir: string): string {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

describe('docs/编辑指南.md', () => {
  it('is current: its field reference is exactly what npm run gen:guide writes', () => {
    expect(guide, 'the guide is stale: run npm run gen:guide').toBe(withFieldReference(guide));
  });

  it('describes every field of every collection schema', () => {
    const reference = renderFieldReference();
    for (const name of ['releaseSchema', 'personSchema', 'pageSchema', 'practiceSiteSchema', 'ruleSchema', 'figureSchema', 'siteSchema'] as const) {
      const schema = name === 'personSchema' ? schemas.personSchema() : schemas[name];
      let s = schema as unknown as { shape?: Record<string, unknown>; _def: { schema?: unknown } };
      while (!s.shape) s = s._def.schema as typeof s;
      for (const field of Object.keys(s.shape)) expect(reference, `${name}.${field}`).toMatch(new RegExp(`\\| \`${field}\` \\| [^|（]*[\\u4e00-\\u9fff]`));
    }
  });

  it('quotes only error messages that the checks really print', () => {
    const section = guide.slice(guide.indexOf('## 常见错误信息'), guide.indexOf('## 字段说明'));
    const quoted = [...section.matchAll(/^\| `([^`]+)`(?: \/ `([^`]+)`)? \|/gm)].flatMap((m) => [m[1]!, m[2]].filter(Boolean) as string[]);
    expect(quoted.length).toBeGreaterThan(40);
    const source = sourceText(path.resolve('src/lib'));
    expect(quoted.filter((message) => !source.includes(message))).toEqual([]);
  });

  it('names only npm commands that exist', () => {
    const scripts = Object.keys(JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts);
    const named = new Set([...guide.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!));
    for (const name of named) expect(scripts, name).toContain(name);
  });

  it('refuses to regenerate a guide whose markers are missing', () => {
    expect(() => withFieldReference('# 指南\n')).toThrow(/markers/);
    expect(withFieldReference(`前\n${GUIDE_BEGIN}\n旧\n${GUIDE_END}\n后\n`, 'NEW')).toBe('前\nNEW\n后\n');
  });
});

describe('readSchemaFileDocs', () => {
  it('reads the doc comment of each field of an exported z.object schema, under refinements', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bz-schema-')), 'thing.ts');
    fs.writeFileSync(file, [
      "import { z } from 'zod';",
      'export const thingSchema = z',
      '  .object({',
      '    /** 名称，例如 张三。 */',
      '    name: z.string(),',
      '    /**',
      '     * 两行的说明，',
      '     * 合成一行。',
      '     */',
      '    count: z.number(),',
      '    bare: z.boolean(),',
      '  })',
      '  .strict()',
      '  .refine(() => true);',
      'const hidden = z.object({ /** x */ a: z.string() });',
    ].join('\n'));
    expect(Object.fromEntries(readSchemaFileDocs(file))).toEqual({
      thingSchema: [
        { field: 'name', doc: '名称，例如 张三。' },
        { field: 'count', doc: '两行的说明， 合成一行。' },
        { field: 'bare', doc: '' },
      ],
    });
  });
});
