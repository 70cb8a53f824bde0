import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEntry, NewEntryError } from '../../../src/lib/new-entry/create';
import { ENTRY_KINDS } from '../../../src/lib/new-entry/templates';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter';
import { pageSchema, personSchema, releaseSchema } from '../../../src/lib/schemas';
import { formatProblem } from '../../../src/lib/validate/problem';
import { validateContent } from '../../../src/lib/validate';
import { copyRoot, writeIn } from '../../helpers/content-root';

const TODAY = '2026-12-01';
const SCHEMA = { release: releaseSchema, person: personSchema(), page: pageSchema };
const unwrapShape = (schema: unknown): Record<string, unknown> => {
  let s = schema as { shape?: Record<string, unknown>; _def: { schema?: unknown } };
  while (!s.shape) s = s._def.schema as typeof s;
  return s.shape;
};

describe('createEntry', () => {
  it.each(ENTRY_KINDS)('creates a %s that validates with no problem at all', (kind) => {
    const root = copyRoot();
    const result = createEntry(kind, kind === 'person' ? '王小明' : '关于开展文明交通志愿服务的通知', { root, today: TODAY });
    expect(fs.existsSync(result.absPath)).toBe(true);
    const { problems } = validateContent(root, { today: TODAY });
    expect(problems.map((p) => formatProblem(p))).toEqual([]);
  });

  it.each(ENTRY_KINDS)('writes every field of the %s schema, each under a Chinese comment', (kind) => {
    const root = copyRoot();
    const { absPath } = createEntry(kind, kind === 'person' ? '王小明' : '测试标题', { root, today: TODAY });
    const lines = (splitFrontmatter(fs.readFileSync(absPath, 'utf8')).frontmatter ?? '').split('\n');
    for (const field of Object.keys(unwrapShape(SCHEMA[kind]))) {
      const at = lines.findIndex((l) => new RegExp(`^(# )?${field}:`).test(l));
      expect(at, field).toBeGreaterThan(0);
      expect(lines[at - 1], field).toMatch(/^# .*[\u4e00-\u9fff]/);
    }
  });

  it('starts a release as a dated draft with the title and today in Shanghai', () => {
    const { absPath, id, url } = createEntry('release', '亳州市文明办2026年工作总结', { root: copyRoot(), today: TODAY });
    const text = fs.readFileSync(absPath, 'utf8');
    expect(id).toBe('bo-zhou-shi-wen-ming-ban-2026-nian-gong-zuo-zong-jie');
    expect(url).toBe(`/releases/${id}/`);
    expect(text).toContain('\ntitle: 亳州市文明办2026年工作总结\n');
    expect(text).toContain('\ndate: 2026-12-01\n');
    expect(text).toContain('\ndraft: true\n');
  });

  it('reads polyphonic surnames as surnames: 单 is shan and 曾 is zeng', () => {
    const root = copyRoot();
    expect(createEntry('person', '单雄信', { root, today: TODAY }).id).toBe('shan-xiong-xin');
    expect(createEntry('person', '曾国藩', { root, today: TODAY }).id).toBe('zeng-guo-fan');
  });

  it('never overwrites: a second and third entry of the same name get -2 and -3', () => {
    const root = copyRoot();
    writeIn(root, 'people/zeng-guo-fan.md', 'existing story');
    const ids = [1, 2, 3].map(() => createEntry('person', '曾国藩', { root, today: TODAY }).id);
    expect(ids).toEqual(['zeng-guo-fan-2', 'zeng-guo-fan-3', 'zeng-guo-fan-4']);
    expect(fs.readFileSync(path.join(root, 'people/zeng-guo-fan.md'), 'utf8')).toBe('existing story');
  });

  it('counts an .mdx file as taken, and never gives a page the id of a section', () => {
    const root = copyRoot();
    writeIn(root, 'pages/guan-yu-wo-men.mdx', 'x');
    expect(createEntry('page', '关于我们', { root, today: TODAY }).id).toBe('guan-yu-wo-men-2');
    expect(createEntry('page', 'People', { root, today: TODAY }).id).toBe('people-2');
  });

  it('refuses, without writing anything, a title its schema would refuse', () => {
    const root = copyRoot();
    const before = fs.readdirSync(path.join(root, 'releases'));
    expect(() => createEntry('release', '长'.repeat(101), { root, today: TODAY })).toThrow(NewEntryError);
    expect(() => createEntry('release', '长'.repeat(101), { root, today: TODAY })).toThrow(
      '没有新建文件：title：内容过长（101 字），最多 100 字，请精简。',
    );
    expect(() => createEntry('page', '  ', { root, today: TODAY })).toThrow(/请在命令后面写上标题/);
    expect(fs.readdirSync(path.join(root, 'releases'))).toEqual(before);
  });

  it('tells the editor what to do next, and for a person to obtain consent first', () => {
    const { steps, file } = createEntry('person', '王小明', { root: copyRoot(), today: TODAY });
    expect(steps.join('\n')).toContain(file);
    expect(steps.join('\n')).toContain('npm run dev');
    expect(steps.join('\n')).toContain('取得本人（或监护人）同意发布后，把 consent 改为 true');
    expect(steps.join('\n')).toContain('npm run validate');
  });
});

describe('a new entry leaving draft', () => {
  const TITLE = '王小明';
  const publish = (root: string, file: string, edits: Array<[string, string]>) => {
    let text = fs.readFileSync(file, 'utf8');
    for (const [from, to] of edits) text = text.replace(from, to);
    fs.writeFileSync(file, text);
    return validateContent(root, { today: TODAY }).problems.map((p) => formatProblem(p).replaceAll(root, 'content'));
  };

  it('is refused while a 【待填写】 marker is left, naming the line', () => {
    const root = copyRoot();
    const { absPath } = createEntry('page', '办事指南', { root, today: TODAY });
    expect(publish(root, absPath, [['draft: true', 'draft: false']])).toEqual([
      'content/pages/ban-shi-zhi-nan.md:13 还有「【待填写】」的地方没有写完。请换成实际内容；还没写完时，请保留 draft: true（草稿不会正式发布）。',
    ]);
  });

  it('is refused for a person until consent is true', () => {
    const root = copyRoot();
    const { absPath } = createEntry('person', TITLE, { root, today: TODAY });
    const filled: Array<[string, string]> = [
      ['draft: true', 'draft: false'],
      ['【待填写】一句话介绍', ''],
      ['【待填写】在这里写事迹。', ''],
    ];
    expect(publish(root, absPath, filled)).toEqual([
      'content/people/wang-xiao-ming.md:24 consent：必须为 true：只有本人（或监护人）同意后才能发布。请取得同意后再填写 consent: true；尚未取得同意时，请保留 draft: true（草稿不会正式发布）。',
    ]);
    expect(publish(root, absPath, [['consent: false', 'consent: true']])).toEqual([]);
  });

  it('in production, refuses a published release that names a 好人 still in draft', () => {
    const root = copyRoot();
    createEntry('person', TITLE, { root, today: TODAY });
    const release = path.join(root, 'releases/first-release.md');
    fs.writeFileSync(
      release,
      fs.readFileSync(release, 'utf8').replace('people: [zhang-san]', 'people: [zhang-san, wang-xiao-ming]'),
    );
    const errors = validateContent(root, { today: TODAY, production: true }).problems.filter((p) => p.code === 'draft-reference');
    expect(errors.map((p) => formatProblem(p).replaceAll(root, 'content'))).toEqual([
      'content/releases/first-release.md:5 people[1]：好人「wang-xiao-ming」还是草稿（draft: true），正式发布时不会出现。请先完成该好人的资料并改为 draft: false，或从 people 中删去。',
    ]);
  });
});
