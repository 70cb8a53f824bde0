/**
 * The search records: one per release, person, practice site, rule and free page, built from the
 * validated content (not from the HTML, so navigation, footer and breadcrumbs never get in).
 * Each record carries Pagefind filters (类型, 县区, 好人类别, 年份), a date to sort by and the
 * meta the results list shows. Content is pre-segmented (segment.ts); the title comes before
 * and again after the body, so that a title match outranks a body match (Pagefind's custom
 * records have no weights) without the excerpt repeating it (render.ts trims the tail copy).
 */
import type { Content, Entry } from '../validate/schema-check';
import { latestPeriodStart, plainText } from './plain-text';
import { segmentForIndex } from './segment';

export const SEARCH_TYPES = ['新闻发布', '好人', '实践站点', '文明条目', '页面'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Pagefind filter names, as the search page shows them. */
export const FILTER_KEYS = { type: '类型', county: '县区', category: '好人类别', year: '年份' } as const;

/** Pagefind's language for the records: no segmenter and no stemmer of its own (see docs/search.md). */
export const RECORD_LANGUAGE = 'zxx';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export interface RecordOptions {
  /** Leave out drafts (production builds). */
  production?: boolean;
  /** Index at most this many characters of each body (a lever against index size; off by default). */
  maxBodyChars?: number;
}

interface Parts { url: string; type: SearchType; title: string; text: string; date?: string; county?: string; category?: string; years?: string[] }

function record(p: Parts, maxBodyChars?: number): SearchRecord {
  const text = maxBodyChars && p.text.length > maxBodyChars ? p.text.slice(0, maxBodyChars) : p.text;
  const title = segmentForIndex(p.title);
  const filters: Record<string, string[]> = { [FILTER_KEYS.type]: [p.type] };
  if (p.county) filters[FILTER_KEYS.county] = [p.county];
  if (p.category) filters[FILTER_KEYS.category] = [p.category];
  if (p.years?.length) filters[FILTER_KEYS.year] = [...new Set(p.years)];
  const meta: Record<string, string> = { title: p.title, type: p.type };
  if (p.date) meta.date = p.date;
  return {
    url: p.url,
    content: `${title} 。 ${segmentForIndex(text)} 。 ${title}`,
    language: RECORD_LANGUAGE,
    meta,
    filters,
    // Every record needs the key, or Pagefind drops it from date-sorted results.
    sort: { date: (p.date ?? '0000-00-00').padEnd(10, '-01') },
  };
}

const published = <T extends { draft?: boolean }>(entries: Entry<T>[], production?: boolean) =>
  production ? entries.filter((e) => !e.data.draft) : entries;

/**
 * Every record of a content root, one at a time, so the indexer never holds them all. `pick`
 * chooses by position before any text is segmented (the indexer writes one bundle per pass).
 */
export function* searchRecords(c: Content, options: RecordOptions = {}, pick: (i: number) => boolean = () => true): Generator<SearchRecord> {
  let i = 0;
  for (const parts of recordParts(c, options)) if (pick(i++)) yield record(parts, options.maxBodyChars);
}

/** How many records searchRecords() yields, without building them. */
export function countRecords(c: Content, options: RecordOptions = {}): number {
  let n = 0;
  for (const _ of recordParts(c, options)) n++;
  return n;
}

function* recordParts(c: Content, options: RecordOptions): Generator<Parts> {
  for (const r of published(c.releases, options.production)) {
    const d = r.data;
    const text = [d.summary ?? '', plainText(r.body ?? ''), d.publisher ?? '', d.topics.join('、'), d.attachments.map((a) => a.title).join('、')].join(' ');
    yield { url: `/releases/${r.id}/`, type: '新闻发布', title: d.title, text, date: d.date, years: [d.date.slice(0, 4)] };
  }
  for (const p of published(c.people, options.production)) {
    const d = p.data;
    const honors = d.honors.map((h) => `${h.period.slice(0, 4)} ${h.title}`).join('、');
    const text = [d.summary, d.category, d.county, d.township ?? '', honors, plainText(p.body ?? '')].join(' ');
    yield {
      url: `/people/${p.id}/`, type: '好人', title: d.name, text, date: latestPeriodStart(d.honors.map((h) => h.period)),
      county: d.county, category: d.category, years: d.honors.map((h) => h.period.slice(0, 4)),
    };
  }
  for (const s of c.practiceSites) {
    const d = s.data;
    const text = [d.level, d.county, d.township ?? '', d.address, d.hours ?? '', d.phone ?? '', d.services.join('、')].join(' ');
    yield { url: `/sites/${s.id}/`, type: '实践站点', title: d.name, text, county: d.county };
  }
  for (const rule of c.rules) {
    const d = rule.data;
    yield { url: `/rules/#rule-${d.number}`, type: '文明条目', title: `第${d.number}条 ${d.title}`, text: d.text };
  }
  for (const page of published(c.pages, options.production)) {
    yield { url: `/${page.id}/`, type: '页面', title: page.data.title, text: plainText(page.body ?? ''), date: page.data.updated };
  }
}
