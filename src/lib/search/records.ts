/**
 * The search records: one per section page (sections.ts), release, person, practice site, rule and
 * free page, built from the validated content (not from the HTML, so navigation, footer and
 * breadcrumbs never get in).
 * Each record carries what the filters need (类型, 县区, 好人类别, 年份), a date to sort by, the
 * title (weighted above the body by the ranking) and the plain text the results show: what the
 * page's main content shows, its date included, so 2023 移风易俗 finds the 2023 notice.
 */
import { formatChineseDate } from '../dates';
import { t, type StringKey } from '../strings';
import type { Content, Entry } from '../validate/schema-check';
import type { SearchType } from './bundle';
import { latestPeriodStart, plainText } from './plain-text';
import { sectionRecords } from './sections';

export interface SearchRecord {
  url: string;
  type: SearchType;
  title: string;
  /** The title shown in the results when it is not `title` (a 好人榜 list: 中国好人 · 好人榜). */
  heading?: string;
  text: string;
  /** YYYY-MM-DD, or YYYY-MM for a 好人 (the start of the latest honour). */
  date?: string;
  county?: string;
  category?: string;
  years?: string[];
}

export interface RecordOptions {
  /** Leave out drafts (production builds). */
  production?: boolean;
}

/** The parts of a record's text, in reading order, without the empty ones. */
const joined = (...parts: Array<string | undefined>) => parts.filter((p) => p?.trim()).join(' ');

/** `地址：…`, or nothing when the value is empty. */
const labelled = (key: StringKey, value?: string) => (value?.trim() ? `${t(key)}：${value.trim()}` : undefined);

const published = <T extends { draft?: boolean }>(entries: Entry<T>[], production?: boolean) =>
  production ? entries.filter((e) => !e.data.draft) : entries;

/** Every record of a content root, one at a time. */
export function* searchRecords(c: Content, options: RecordOptions = {}): Generator<SearchRecord> {
  for (const r of recordParts(c, options)) yield { ...r, text: r.text.trim(), ...(r.years && { years: [...new Set(r.years)] }) };
}

function* recordParts(c: Content, options: RecordOptions): Generator<SearchRecord> {
  yield* sectionRecords(c, published(c.people, options.production));
  for (const r of published(c.releases, options.production)) {
    const d = r.data;
    const text = joined(
      d.summary,
      plainText(r.body ?? ''),
      d.publisher,
      d.topics.join('、'),
      d.attachments.map((a) => a.title).join('、'),
      formatChineseDate(d.date),
    );
    yield { url: `/releases/${r.id}/`, type: '新闻发布', title: d.title, text, date: d.date, years: [d.date.slice(0, 4)] };
  }
  for (const p of published(c.people, options.production)) {
    const d = p.data;
    const honors = d.honors.map((h) => `${h.period.slice(0, 4)} ${h.title}`).join('、');
    const facts = [
      labelled('person.category', d.category),
      `${d.county ?? ''}${d.township ?? ''}`,
      labelled('person.honors', honors),
    ]
      .filter(Boolean)
      .join('；');
    const text = joined(d.summary, facts && `${facts}。`, plainText(p.body ?? ''));
    yield {
      url: `/people/${p.id}/`,
      type: '好人',
      title: d.name,
      text,
      date: latestPeriodStart(d.honors.map((h) => h.period)),
      county: d.county,
      category: d.category,
      years: d.honors.map((h) => h.period.slice(0, 4)),
    };
  }
  for (const s of c.practiceSites) {
    const d = s.data;
    // Labelled as on the site's own page: the excerpt a result shows is read as it stands.
    const text = [
      `${d.county}${d.township ?? ''}`,
      labelled('site.address', d.address),
      labelled('site.hours', d.hours),
      labelled('site.phone', d.phone),
      labelled('site.services', d.services.join('、')),
      labelled('site.level', d.level),
    ]
      .filter(Boolean)
      .join('；');
    yield { url: `/sites/${s.id}/`, type: '实践站点', title: d.name, text, county: d.county };
  }
  for (const rule of c.rules) {
    const d = rule.data;
    yield { url: `/rules/#rule-${d.number}`, type: '文明条目', title: `第${d.number}条 ${d.title}`, text: d.text };
  }
  for (const page of published(c.pages, options.production)) {
    yield {
      url: `/${page.id}/`,
      type: '页面',
      title: page.data.title,
      text: joined(plainText(page.body ?? ''), formatChineseDate(page.data.updated)),
      date: page.data.updated,
    };
  }
}
