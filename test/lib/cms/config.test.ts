import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cmsConfig, renderCmsConfig } from '../../../src/lib/cms/config';
import { labelOf, switchHint } from '../../../src/lib/cms/fields';
import { replaceIn } from '../../helpers/content-root';
import { fuyangRoot } from '../../helpers/fuyang-root';

type Field = { name: string; label: string; widget: string; required?: boolean; hint?: string; [k: string]: unknown };
type Collection = { name: string; fields?: Field[]; files?: Array<{ name: string; fields: Field[] }> };
const collections = cmsConfig().collections as unknown as Collection[];
const fieldsOf = (name: string) => collections.find((c) => c.name === name)!.fields!;
const fileFields = (name: string) => collections.find((c) => c.name === 'data')!.files!.find((f) => f.name === name)!.fields;
const byName = (fields: Field[], name: string) => fields.find((f) => f.name === name)!;

describe('the web editor configuration', () => {
  it('is current: cms/config.yml holds exactly what npm run gen:cms writes', () => {
    expect(fs.readFileSync(path.resolve('cms/config.yml'), 'utf8'), 'cms/config.yml is stale: run npm run gen:cms').toBe(
      renderCmsConfig(),
    );
  });

  it('is YAML that reads back as the same configuration', () => {
    expect(parse(renderCmsConfig())).toEqual(JSON.parse(JSON.stringify(cmsConfig())));
  });

  it('offers every collection an editor touches, and not the practice-site spreadsheet', () => {
    expect(collections.map((c) => c.name)).toEqual(['releases', 'people', 'pages', 'data']);
    expect(collections.find((c) => c.name === 'data')!.files!.map((f) => f.name)).toEqual(['rules', 'figures', 'site']);
    expect(renderCmsConfig()).not.toContain('practice-sites');
  });

  it('labels and explains each field in Chinese from its doc comment', () => {
    expect(byName(fieldsOf('people'), 'name')).toMatchObject({
      label: '姓名',
      hint: '姓名，最多 40 字，例如 张三；集体则写集体名称。',
      maxlength: 40,
      required: true,
    });
    for (const c of collections)
      for (const f of c.fields ?? c.files!.flatMap((file) => file.fields))
        expect(f.label, `${c.name}.${f.name}`).toMatch(/[\u4e00-\u9fff]/);
  });

  it('requires what the schema requires and nothing else', () => {
    const people = fieldsOf('people');
    expect(people.filter((f) => f.required).map((f) => f.name)).toEqual([
      'name',
      'category',
      'county',
      'honors',
      'summary',
      'consent',
      'body',
    ]);
    expect(byName(people, 'honors')).toMatchObject({ widget: 'list', min: 1 });
    expect(byName(people, 'draft')).toMatchObject({ widget: 'boolean', required: false, default: true });
    expect(byName(fieldsOf('releases'), 'draft')).toMatchObject({ widget: 'boolean', required: false, default: false });
  });

  it('turns enums into selects, dates into date pickers and the consent flag into a switch with a hint in words', () => {
    expect(byName(fieldsOf('people'), 'category')).toMatchObject({
      widget: 'select',
      options: ['助人为乐', '见义勇为', '诚实守信', '敬业奉献', '孝老爱亲'],
    });
    expect(byName(fieldsOf('releases'), 'topics')).toMatchObject({ widget: 'select', multiple: true });
    expect(byName(fieldsOf('releases'), 'date')).toMatchObject({
      widget: 'datetime',
      type: 'date',
      format: 'YYYY-MM-DD',
      time_format: false,
    });
    expect(byName(fieldsOf('people'), 'consent')).toMatchObject({
      widget: 'boolean',
      required: true,
      hint: '本人（或监护人）是否同意发布：取得同意后才能打开；不是草稿时必须打开。',
    });
  });

  it("checks a 荣誉 period with validate's own pattern and words", () => {
    const honors = byName(fieldsOf('people'), 'honors').fields as Field[];
    expect(byName(honors, 'period').pattern).toEqual([
      '^\\d{4}-(0[1-9]|1[0-2]|Q[1-4])$',
      '不是有效的时间，请写成年月（2019-05）或季度（2019-Q2）。',
    ]);
  });

  it('stores photos in content/images/ and attachments in content/files/ as paths relative to them', () => {
    expect(byName(fieldsOf('people'), 'photo')).toMatchObject({
      widget: 'image',
      media_folder: '/content/images',
      public_folder: '',
      choose_url: false,
    });
    const attachment = byName(byName(fieldsOf('releases'), 'attachments').fields as Field[], 'file');
    expect(attachment).toMatchObject({ widget: 'file', media_folder: '../files', public_folder: '', choose_url: false });
    expect(cmsConfig().media_libraries).toMatchObject({ stock_assets: false });
  });

  it('offers in the text editor only what the site renders: no images or code blocks', () => {
    for (const name of ['releases', 'people', 'pages']) {
      expect(byName(fieldsOf(name), 'body')).toMatchObject({ widget: 'markdown', required: true, editor_components: [] });
      expect(byName(fieldsOf(name), 'body').buttons).not.toContain('code');
    }
  });

  it('edits rules.yaml and figures.yaml as top-level lists', () => {
    expect(fileFields('rules')[0]).toMatchObject({ widget: 'list', root: true });
    expect(fileFields('figures')[0]).toMatchObject({ widget: 'list', root: true });
  });

  it('asks for a pinyin id for a new entry and keeps free pages off section names', () => {
    const pages = collections.find((c) => c.name === 'pages') as unknown as { slug: { pattern: [string, string] } };
    const pattern = new RegExp(pages.slug.pattern[0]);
    expect(['ban-shi-zhi-nan', 'about'].filter((id) => pattern.test(id))).toEqual(['ban-shi-zhi-nan', 'about']);
    expect(['releases', 'search', 'Zhang San', '张三'].filter((id) => pattern.test(id))).toEqual([]);
  });
});

describe('the web editor and the site', () => {
  it('stay apart: nothing the site is built from loads the CMS, so it never reaches dist/', () => {
    const siteFiles = [...fs.readdirSync('public', { recursive: true, encoding: 'utf8' }).map((f) => path.join('public', f))];
    expect(siteFiles.filter((f) => /sveltia|cms/i.test(f))).toEqual([]);
    const sources = fs
      .readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(astro|ts|mjs)$/.test(f) && !f.startsWith(`lib${path.sep}cms${path.sep}`))
      .map((f) => fs.readFileSync(path.join('src', f), 'utf8'));
    expect(sources.filter((text) => /@sveltia|lib\/cms\//.test(text))).toEqual([]);
    expect(fs.readFileSync('astro.config.mjs', 'utf8')).not.toMatch(/sveltia|cms/i);
  });
});

describe('labels and hints from doc comments', () => {
  it('take the words before the first comma or colon outside brackets', () => {
    expect(labelOf('办公电话（单位座机，不要填个人手机号），例如 0558-5555555。', 'phone')).toBe(
      '办公电话（单位座机，不要填个人手机号）',
    );
    expect(labelOf('主办单位：发布本网站的单位', 'publisher')).toBe('主办单位');
    expect(labelOf('', 'x')).toBe('x');
  });

  it('speak of a switch as turned on or off instead of true and false', () => {
    expect(switchHint('草稿：true 表示不在正式网站发布；可以发布时改为 false。')).toBe(
      '草稿：打开表示不在正式网站发布；可以发布时关闭。',
    );
  });
});

describe('the web editor configuration of another city', () => {
  it("offers that city's honour titles and names its rules and window after it", () => {
    const dir = fuyangRoot((d) => replaceIn(d, 'site.yaml', 'name: 测试文明网', 'name: 阜阳文明网'));
    const config = cmsConfig(dir);
    const people = (config.collections as unknown as Collection[]).find((c) => c.name === 'people')!.fields!;
    expect(byName(byName(people, 'honors').fields as Field[], 'title').options).toEqual(['阜阳好人', '安徽好人', '中国好人']);
    expect(config.app_title).toBe('阜阳文明网 内容编辑');
    expect(JSON.stringify(config)).toContain('"label":"阜阳文明条目"');
  });
});
