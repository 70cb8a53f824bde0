/**
 * The Sveltia CMS configuration (cms/config.yml), generated from src/lib/schemas and their doc
 * comments like the editors' guide and the JSON Schemas, so the web form asks for exactly what
 * validate accepts. `npm run gen:cms` writes it; a test fails when the committed file is stale.
 * The practice-site directory is not here: it stays a spreadsheet (docs/编辑指南.md). The honour
 * titles, the rules' label and the title follow the content root's city and site name.
 */
import { stringify } from 'yaml';
import { findCity, honorTitles, type City } from '../city';
import { contentDir } from '../content/paths';
import { loadSite } from '../site';
import {
  ID_PATTERN,
  RESERVED_PAGE_IDS,
  figureSchema,
  pageSchema,
  personSchema,
  releaseSchema,
  ruleSchema,
  siteSchema,
  attachmentSchema,
} from '../schemas';
import { fieldDocs, type FieldDoc } from '../docs/field-docs';
import { objectFields, type CmsField } from './fields';

/** Where `npm run dev` serves the live preview that 「在网站上预览」 opens. */
export const PREVIEW_ORIGIN = 'http://127.0.0.1:4321';

const idRule = (what: string) => ({
  editable: ['create'],
  hint: `${what}的标识，也就是网址和文件名：只用小写拼音或英文、数字，用连字符连接，例如 zhang-san。保存后不能再改。`,
  pattern: [ID_PATTERN.source, '只能用小写拼音或英文字母、数字，用连字符分隔，例如 zhang-san。'],
});

/**
 * The text of an entry. Only what the site renders well: no images or code blocks in the text
 * (a photo is the photo field; code blocks would load a highlighter from another origin).
 */
const BODY_BUTTONS = ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'];
const body = (label: string, hint: string): CmsField => ({
  name: 'body',
  label,
  widget: 'markdown',
  hint,
  required: true,
  buttons: BODY_BUTTONS,
  editor_components: [],
});

function collections(docs: Map<string, FieldDoc[]>, city: City | undefined) {
  const d = (name: string) => docs.get(name) ?? [];
  const nested = { honors: d('honorSchema'), attachments: d('attachmentSchema') };
  // Where the form offers a choice or an upload, the hint says so instead of how to type the value.
  const people = {
    hint: '从已有的好人中选择文中提到的人，可多选；还没有的好人请先在「好人」中新建。',
    widget: 'relation',
    collection: 'people',
    value_field: '{{slug}}',
    search_fields: ['name'],
    display_fields: ['name'],
    multiple: true,
  };
  const county = {
    hint: '县区，从「网站基本信息」列出的县区中选择。',
    widget: 'relation',
    collection: 'data',
    file: 'site',
    value_field: 'counties.*',
    search_fields: ['counties.*'],
    display_fields: ['counties.*'],
  };
  const releaseRef = {
    hint: '来源：选择公布这一数字的新闻发布稿。',
    widget: 'relation',
    collection: 'releases',
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
  };
  const notReserved = `^(?!(${RESERVED_PAGE_IDS.join('|')})$)${ID_PATTERN.source.slice(1)}`;
  return [
    {
      name: 'releases',
      label: '新闻发布稿',
      label_singular: '发布稿',
      folder: 'content/releases',
      extension: 'md',
      format: 'yaml-frontmatter',
      create: true,
      identifier_field: 'title',
      slug: idRule('发布稿'),
      preview_path: 'releases/{{slug}}/',
      sortable_fields: { fields: ['date', 'title'], default: { field: 'date', direction: 'descending' } },
      fields: [
        ...objectFields(
          releaseSchema,
          d('releaseSchema'),
          {
            people: people,
            attachments: {
              fields: objectFields(attachmentSchema, d('attachmentSchema'), {
                file: {
                  hint: '附件文件（PDF、Word、Excel 等），上传后保存在 content/files/ 中；文件名请用拼音或英文。',
                  widget: 'file',
                  media_folder: '../files',
                  public_folder: '',
                  choose_url: false,
                },
              }),
            },
          },
          nested,
        ),
        body('正文', '发布稿全文。空一行另起一段；不要写个人手机号、身份证号和本单位以外的邮箱。'),
      ],
    },
    {
      name: 'people',
      label: '好人',
      label_singular: '好人',
      folder: 'content/people',
      extension: 'md',
      format: 'yaml-frontmatter',
      create: true,
      identifier_field: 'name',
      slug: idRule('好人'),
      preview_path: 'people/{{slug}}/',
      fields: [
        ...objectFields(
          personSchema(city && honorTitles(city)),
          d('personSchema'),
          {
            county,
            // A new profile is a draft until the person agrees, as with npm run new.
            draft: { default: true },
            photo: {
              hint: '照片（JPG、PNG、WebP），不超过 10 MB，宽度最好不少于 400 像素；上传后保存在 content/images/ 中。可不填。',
              widget: 'image',
              choose_url: false,
              media_folder: '/content/images',
              public_folder: '',
              accept: 'image/jpeg,image/png,image/webp,image/avif,image/gif',
            },
          },
          nested,
        ),
        body('事迹', '好人的事迹。空一行另起一段；不要写身份证号、手机号和住址门牌。'),
      ],
    },
    {
      name: 'pages',
      label: '页面',
      label_singular: '页面',
      folder: 'content/pages',
      extension: 'md',
      format: 'yaml-frontmatter',
      create: true,
      identifier_field: 'title',
      preview_path: '{{slug}}/',
      slug: {
        ...idRule('页面'),
        pattern: [
          notReserved,
          `只能用小写拼音或英文字母、数字，用连字符分隔，且不能与栏目同名（${RESERVED_PAGE_IDS.join('、')}）。`,
        ],
      },
      fields: [...objectFields(pageSchema, d('pageSchema')), body('正文', '页面正文。空一行另起一段。')],
    },
    {
      name: 'data',
      label: '文明20条、数据和网站信息',
      label_singular: '文件',
      editor: { preview: false },
      files: [
        {
          name: 'rules',
          label: city ? (city.rulesTitle ?? `${city.short}文明条目`) : '文明条目',
          file: 'content/rules.yaml',
          format: 'yaml',
          preview_path: 'rules/',
          fields: [
            {
              name: 'rules',
              label: '条目',
              widget: 'list',
              root: true,
              summary: '{{fields.number}}. {{fields.title}}',
              hint: '编号从 1 开始连续排列，不能跳号或重复。',
              fields: objectFields(ruleSchema, d('ruleSchema')),
            },
          ],
        },
        {
          name: 'figures',
          label: '报告数据',
          file: 'content/figures.yaml',
          format: 'yaml',
          preview_path: 'data/',
          fields: [
            {
              name: 'figures',
              label: '数字',
              widget: 'list',
              root: true,
              summary: '{{fields.label}}：{{fields.value}}{{fields.unit}}',
              hint: '每个数字都必须能在来源发布稿中找到原文。',
              fields: objectFields(figureSchema, d('figureSchema'), { source: releaseRef }),
            },
          ],
        },
        {
          name: 'site',
          label: '网站基本信息',
          file: 'content/site.yaml',
          format: 'yaml',
          preview_path: '',
          fields: objectFields(
            siteSchema,
            d('siteSchema'),
            {},
            { countyIds: d('countyIdSchema'), standardMap: d('standardMapSchema') },
          ),
        },
      ],
    },
  ];
}

/** The configuration as an object (what cms/config.yml holds), for the content root `dir`. */
export function cmsConfig(dir = contentDir()) {
  const city = findCity(dir);
  return {
    // The local repository workflow never talks to this server; Sveltia needs a Git backend named.
    backend: { name: 'gitea', repo: 'office/portal', base_url: 'http://127.0.0.1:3000' },
    app_title: cmsTitle(dir),
    site_url: PREVIEW_ORIGIN,
    media_folder: 'content/images',
    public_folder: '',
    // The files' own folders only: stock photos and cloud storage would call other origins.
    media_libraries: { default: { config: { max_file_size: 10_000_000, slugify_filename: true } }, stock_assets: false },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none', indent_sequences: true } },
    slug: { encoding: 'ascii', clean_accents: true },
    editor: { preview: false },
    collections: collections(fieldDocs(), city),
  };
}

/** 「<site name> 内容编辑」, the title of the web editor's window. */
export function cmsTitle(dir = contentDir()): string {
  try {
    return `${loadSite(dir).name} 内容编辑`;
  } catch {
    return '内容编辑'; // site.yaml is broken: the editor still opens, and 检查 says what is wrong
  }
}

export const CMS_CONFIG_HEADER =
  '# 由 npm run gen:cms 根据 src/lib/schemas/ 自动生成，请勿手工修改。\n# Generated from src/lib/schemas by npm run gen:cms; do not edit.\n';

/** Where each collection (or data file, as `data/<name>`) is previewed, from its preview_path. */
export function previewPaths(config = cmsConfig()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of config.collections as Array<{
    name: string;
    preview_path?: string;
    files?: Array<{ name: string; preview_path?: string }>;
  }>) {
    if (c.preview_path !== undefined) out[c.name] = c.preview_path;
    for (const f of c.files ?? []) if (f.preview_path !== undefined) out[`${c.name}/${f.name}`] = f.preview_path;
  }
  return out;
}

/** cms/config.yml as committed. */
export function renderCmsConfig(dir = contentDir()): string {
  return CMS_CONFIG_HEADER + stringify(cmsConfig(dir), { lineWidth: 0 });
}
