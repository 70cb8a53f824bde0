/**
 * `npm run new`: writes a new release, 好人 profile or page into the content root with a pinyin
 * id that no existing file has, and says what to do next. Never overwrites; never writes a file
 * that its own schema would refuse.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../content/frontmatter';
import { displayPath } from '../content/paths';
import { todayInShanghai } from '../dates';
import { fieldDocs } from '../docs/field-docs';
import { pinyinId, uniqueId } from '../ids';
import { honorTitles, loadCity } from '../city';
import { officialTownships, readDivisions } from '../divisions/townships';
import { pageSchema, personSchema, releaseSchema, RESERVED_PAGE_IDS, type HonorTitles } from '../schemas';
import { zodIssueMessage } from '../validate/zod-messages';
import { fieldsFor, renderEntry, type EntryKind } from './templates';

const KIND = {
  release: {
    folder: 'releases',
    schema: (_: HonorTitles) => releaseSchema,
    schemaName: 'releaseSchema',
    label: '新闻发布稿',
    url: (id: string) => `/releases/${id}/`,
  },
  person: {
    folder: 'people',
    schema: personSchema,
    schemaName: 'personSchema',
    label: '好人',
    url: (id: string) => `/people/${id}/`,
  },
  page: {
    folder: 'pages',
    schema: (_: HonorTitles) => pageSchema,
    schemaName: 'pageSchema',
    label: '页面',
    url: (id: string) => `/${id}/`,
  },
} as const;

/** Chinese words editors may type instead of the English kind. */
export const KIND_ALIASES: Record<string, EntryKind> = {
  release: 'release',
  发布稿: 'release',
  新闻发布稿: 'release',
  person: 'person',
  好人: 'person',
  page: 'page',
  页面: 'page',
};

/** A problem with the request itself, worded for the editor. */
export class NewEntryError extends Error {}

export interface NewEntryResult {
  id: string;
  absPath: string;
  /** Path as the editor sees it. */
  file: string;
  /** Where `npm run dev` shows the entry. */
  url: string;
  /** What to do next, one step a line. */
  steps: string[];
}

export function createEntry(kind: EntryKind, title: string, options: { root: string; today?: string }): NewEntryResult {
  const k = KIND[kind];
  const text = title.trim();
  if (!text)
    throw new NewEntryError(
      `请在命令后面写上${kind === 'person' ? '姓名' : '标题'}，例如：npm run new -- ${kind} "${kind === 'person' ? '张三' : '关于开展文明交通志愿服务的通知'}"`,
    );
  const site = readSite(options.root);
  const titles = readTitles(options.root);
  const dir = path.join(options.root, k.folder);
  const reserved = kind === 'page' ? (RESERVED_PAGE_IDS as readonly string[]) : [];
  const id = uniqueId(
    pinyinId(text, { name: kind === 'person' }),
    (candidate) => reserved.includes(candidate) || ['.md', '.mdx'].some((ext) => fs.existsSync(path.join(dir, candidate + ext))),
  );
  const fields = fieldsFor(kind, {
    title: text,
    today: options.today ?? todayInShanghai(),
    id,
    county: site.county,
    township: officialTownships(readDivisions(options.root)!).get(site.county)?.[0],
    honor: titles[0],
    publisher: site.publisher,
  });
  const body = renderEntry(kind, fields, fieldDocs().get(k.schemaName) ?? []);

  const data = parse(splitFrontmatter(body).frontmatter ?? '');
  const checked = k.schema(titles).safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new NewEntryError(`没有新建文件：${issue.path.join('.') || kind}：${zodIssueMessage(issue, data)}`);
  }

  const absPath = path.join(dir, `${id}.md`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(absPath, body, { flag: 'wx' }); // wx: fail rather than overwrite, even in a race
  const file = displayPath(absPath);
  const url = k.url(id);
  return { id, absPath, file, url, steps: nextSteps(kind, file, url) };
}

function nextSteps(kind: EntryKind, file: string, url: string): string[] {
  return [
    `用文本编辑器打开 ${file}，按每个字段上方的说明填写，把「【待填写】」换成实际内容。`,
    `运行 npm run dev，在浏览器中打开 http://localhost:4321${url} 预览（页面上标有「草稿」；端口以终端显示的为准）。`,
    ...(kind === 'person'
      ? ['取得本人（或监护人）同意发布后，把 consent 改为 true；照片放进 content/images/people/ 并填写 photo 和 photoAlt。']
      : []),
    `内容核实、可以发布时，把 draft 改为 false。`,
    `运行 npm run validate 检查，没有错误后提交：git add ${file} 然后 git commit。`,
    '详细说明见 docs/编辑指南.md。',
  ];
}

/** The city's honour titles (site.yaml's divisionCode and divisions.json), which a new profile may hold. */
function readTitles(root: string): HonorTitles {
  try {
    return honorTitles(loadCity(root));
  } catch {
    throw new NewEntryError(
      `无法从 ${displayPath(path.join(root, 'site.yaml'))} 的区划代码和 divisions.json 得出本市的荣誉名称。请先运行 npm run validate 找出问题。`,
    );
  }
}

function readSite(root: string): { county: string; publisher: string } {
  try {
    const site = parse(fs.readFileSync(path.join(root, 'site.yaml'), 'utf8')) as { counties?: unknown; publisher?: unknown };
    const county = Array.isArray(site.counties) && typeof site.counties[0] === 'string' ? site.counties[0] : undefined;
    if (county && typeof site.publisher === 'string') return { county, publisher: site.publisher };
  } catch {
    // reported below
  }
  throw new NewEntryError(
    `无法读取 ${displayPath(path.join(root, 'site.yaml'))}（需要其中的县区列表和主办单位）。请先运行 npm run validate 找出问题。`,
  );
}
