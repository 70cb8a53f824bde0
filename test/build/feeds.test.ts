/**
 * Builds a copy of the good fixture (with the additions in helpers/feeds-root.ts) once, then
 * checks the machine-readable output: feeds, sitemap, robots.txt, open data, JSON-LD and Open Graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodStart } from '../../src/lib/dates';
import { datasetFields, fieldKeys, type DatasetName } from '../../src/lib/open-data/fields';
import { personRecord, practiceSiteRecord, releaseRecord } from '../../src/lib/open-data/records';
import { csvCell } from '../../src/lib/open-data/serialize';
import { deriveSummary } from '../../src/lib/summary';
import { validateContent } from '../../src/lib/validate';
import { BULK_RELEASES, feedsRoot, TRICKY_SITE, TRICKY_SUMMARY } from '../helpers/feeds-root';
import { htmlProblems } from '../helpers/html-validate';
import { runScript } from '../helpers/run-script';

const root = feedsRoot();
// Inside the project: for an output folder outside it, astro build keeps its intermediate files
// in ./.astro/, which a second build running at the same time (build.test.ts) would delete.
fs.mkdirSync('test-results', { recursive: true });
const workDir = fs.mkdtempSync(path.resolve('test-results', 'feeds-'));
const out = path.join(workDir, 'dist');
const EPOCH = 1_700_000_000;
const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });
const parseXml = (rel: string) => {
  const text = read(rel);
  // Throws, naming line and column, on XML that is not well-formed.
  expect(SyntaxValidator.validate(text), rel).toBe(true);
  return xml.parse(text);
};

const content = validateContent(root).content!;
const site = content.site;
const ctx = { siteUrl: site.url, publisher: site.publisher };
const published = content.releases
  .filter((r) => !r.data.draft)
  .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
const latestStart = (p: (typeof content.people)[number]) =>
  p.data.honors
    .map((h) => periodStart(h.period))
    .sort()
    .at(-1)!;
const people = [...content.people].sort((a, b) => latestStart(b).localeCompare(latestStart(a)) || a.id.localeCompare(b.id));
const expected: Record<DatasetName, Record<string, unknown>[]> = {
  releases: published.map((r) => releaseRecord(r.id, r.data, r.data.summary ?? deriveSummary(r.body ?? ''), ctx)),
  people: people.map((p) => personRecord(p.id, p.data, ctx)),
  practiceSites: content.practiceSites.map((s) => practiceSiteRecord(s.data, ctx)),
};
const byId = (items: Record<string, unknown>[]) => [...items].sort((a, b) => String(a.id).localeCompare(String(b.id)));

/** Every built HTML page, as a path under dist/ and as its public URL. */
let pages: { file: string; url: string }[] = [];
const meta = (html: string, property: string) =>
  html
    .match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]!) as Record<string, any>,
  );

beforeAll(async () => {
  const r = await runScript('build.ts', ['--out', out], { CONTENT_DIR: root, SOURCE_DATE_EPOCH: String(EPOCH) });
  if (r.code !== 0) throw new Error(`fixture build failed:\n${r.stdout}\n${r.stderr}`);
  pages = fs
    .readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({
      file,
      url: new URL(file === '404.html' ? '/404.html' : `/${file.replace(/index\.html$/, '')}`, site.url).href,
    }));
});

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

describe('the paginated lists and the MDX release of this build (the good fixture has neither)', () => {
  it('have links that resolve and HTML that html-validate accepts', async () => {
    const files = pages.map((p) => p.file);
    expect(files).toContain(path.join('releases', 'page', '3', 'index.html'));
    expect(files).toContain(path.join('people', 'page', '2', 'index.html'));
    expect(files.some((f) => /^people\/(level|category|county|year)\/[^/]+\/page\/2\/index\.html$/.test(f))).toBe(true);
    const { checkLinks } = await import('../../tools/lib/links');
    expect(checkLinks(out, site.url).broken).toEqual([]);
    expect((await htmlProblems(out)).problems).toEqual([]);
    // html-validate over every page takes 20–30 s when the shared machine is loaded.
  }, 90_000);
});

describe('the footer of a build that is not production', () => {
  it('says plainly that the filing numbers the site does not have yet are to be filled in, and links no 找错 address it was not given', () => {
    const footer = read('index.html').split('<footer')[1]!;
    for (const label of ['网站标识码：', 'ICP备案号：', '公安机关备案号：'])
      expect(footer).toContain(`${label}待填写（取得后填入 content/site.yaml）`);
    expect(footer).not.toContain('我为政府网站找错');
    expect(footer).toContain(`主办单位：${site.publisher}`);
  });
});

describe('RSS feeds', () => {
  it('lists the newest 50 releases, newest first, with summary, full text and +0800 dates, and no draft', async () => {
    const channel = parseXml('releases/rss.xml').rss.channel;
    const items = channel.item as Record<string, any>[];
    expect(published.length).toBeGreaterThan(BULK_RELEASES);
    expect(items).toHaveLength(50);
    expect(items.map((i) => i.link)).toEqual(published.slice(0, 50).map((r) => `${site.url}/releases/${r.id}/`));
    for (const [i, item] of items.entries()) {
      const release = published[i]!;
      expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 \+0800$/);
      expect(new Date(item.pubDate).toISOString()).toBe(new Date(`${release.data.date}T00:00:00+08:00`).toISOString());
      expect(item.guid['#text']).toBe(item.link);
      expect(fs.existsSync(path.join(out, new URL(item.link).pathname, 'index.html')), item.link).toBe(true);
      expect(item.description).toBeTruthy();
      expect(item['content:encoded']).toMatch(/^<(p|h2)/);
    }
    expect(read('releases/rss.xml')).not.toContain('测试草稿发布稿');
    expect(channel['atom:link']['@_href']).toBe(`${site.url}/releases/rss.xml`);
    expect(channel.language).toBe('zh-cn');
  });

  it('renders MDX releases too, with root-relative links made absolute', async () => {
    const items = parseXml('releases/rss.xml').rss.channel.item as Record<string, any>[];
    const mdx = items.find((i) => i.title === '测试MDX发布稿')!;
    expect(mdx.description).toBe('MDX 的摘要。');
    expect(mdx['content:encoded']).toContain(`<a href="${site.url}/files/notice.pdf">通知全文</a>`);
  });

  it('describes every release with whole sentences from its start, never a fragment cut with …', async () => {
    const items = parseXml('releases/rss.xml').rss.channel.item as Record<string, any>[];
    for (const item of items) {
      expect(item.description, item.title).toMatch(/[。！？”」]$/);
      expect(item.description, item.title).not.toContain('…');
    }
    const bulk = items.find((i) => i.title === '批量发布稿52')!;
    expect(bulk.description).toBe('第52篇正文。');
  });

  it('carries each attachment as an enclosure with its absolute address, size and type, and lists it after the full text', async () => {
    const xmlItems = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'enclosure'].includes(name) }).parse(
      read('releases/rss.xml'),
    ).rss.channel.item as Record<string, any>[];
    const mdx = xmlItems.find((i) => i.title === '测试MDX发布稿')!;
    expect(mdx.enclosure).toEqual([
      {
        '@_url': `${site.url}/files/notice.pdf`,
        '@_length': String(fs.statSync('test/fixtures/good/files/notice.pdf').size),
        '@_type': 'application/pdf',
      },
    ]);
    expect(mdx['content:encoded']).toContain(
      `<h2>附件</h2><ul><li><a href="${site.url}/files/notice.pdf">通知全文</a></li></ul>`,
    );
    expect(xmlItems.find((i) => i.title === '批量发布稿52')!.enclosure).toBeUndefined();
  });

  it('lists 好人 by their latest honour, dated by its first day', async () => {
    const items = parseXml('people/rss.xml').rss.channel.item as Record<string, any>[];
    expect(items.map((i) => i.link)).toEqual(people.map((p) => `${site.url}/people/${p.id}/`));
    expect(items.map((i) => i.pubDate).slice(0, 2)).toEqual([
      'Thu, 01 Jul 2021 00:00:00 +0800',
      'Fri, 01 May 2020 00:00:00 +0800',
    ]);
    expect(items.at(-1)!.pubDate).toBe('Mon, 01 Jan 2018 00:00:00 +0800');
    expect(items[0]!.title).toBe('李四志愿服务队（亳州好人，2021年7月）');
    expect(items[0]!.description).toBe(TRICKY_SUMMARY);
    expect(items[1]!['content:encoded']).toBe('<p>张三的事迹。</p>');
  });

  it('announces both feeds on every page with absolute addresses', async () => {
    for (const { file } of pages) {
      const html = read(file);
      for (const feed of ['releases', 'people']) {
        expect(html, file).toMatch(
          new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${site.url}/${feed}/rss.xml">`),
        );
      }
    }
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every built page except the 404 page and drafts, and nothing else', async () => {
    const index = parseXml('sitemap-index.xml').sitemapindex.sitemap as { loc: string }[];
    const locs = index.flatMap((s) =>
      (parseXml(new URL(s.loc).pathname.slice(1)).urlset.url as { loc: string }[]).map((u) => u.loc),
    );
    const expectedUrls = pages
      .map((p) => p.url)
      .filter((u) => !u.endsWith('/404.html') && !u.endsWith('/releases/draft-release/'));
    expect(fs.existsSync(path.join(out, 'releases/draft-release/index.html'))).toBe(true);
    expect([...locs].sort()).toEqual(expectedUrls.sort());
  });

  it('dates each release and page by its update or publication day', async () => {
    const urls = parseXml('sitemap-0.xml').urlset.url as { loc: string; lastmod?: string }[];
    const lastmod = new Map(urls.map((u) => [u.loc, u.lastmod?.slice(0, 10)]));
    for (const r of published) expect(lastmod.get(`${site.url}/releases/${r.id}/`)).toBe(r.data.updated ?? r.data.date);
    expect(lastmod.get(`${site.url}/releases/second-release/`)).toBe('2021-03-05');
    expect(lastmod.get(`${site.url}/about/`)).toBe('2021-01-01');
    expect(lastmod.get(`${site.url}/`)).toBe(published[0]!.data.date);
  });

  it('names the sitemap in robots.txt at the address from site.yaml', async () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${site.url}/sitemap-index.xml\n`);
    expect(read('robots.txt')).toMatch(/^User-agent: \*$/m);
  });
});

describe('open data under /data/', () => {
  const files: [string, DatasetName][] = [
    ['releases', 'releases'],
    ['people', 'people'],
    ['practice-sites', 'practiceSites'],
  ];

  it.each(files)(
    "%s.json holds generatedAt, count, the field dictionary and the collection's published entries",
    (name, dataset) => {
      const doc = JSON.parse(read(`data/${name}.json`));
      expect(Object.keys(doc)).toEqual(['generatedAt', 'count', 'fields', 'items']);
      expect(doc.generatedAt).toBe(new Date(EPOCH * 1000).toISOString());
      // The fixture's city is 亳州市: its honour titles fill the dictionary's descriptions.
      expect(doc.fields).toEqual(datasetFields(dataset, ['亳州好人', '安徽好人', '中国好人']));
      expect(doc.count).toBe(doc.items.length);
      expect(byId(doc.items)).toEqual(byId(expected[dataset]));
      for (const item of doc.items) expect(Object.keys(item)).toEqual(fieldKeys(dataset));
    },
  );

  it('keeps consent flags, photos, file paths and drafts out', async () => {
    const text = read('data/people.json') + read('data/releases.json') + read('data/people.csv');
    for (const secret of ['consent', 'photo', 'zhang-san.png', 'sample', 'draft-release', '测试草稿发布稿'])
      expect(text).not.toContain(secret);
    expect(JSON.parse(read('data/releases.json')).items.find((r: any) => r.id === 'first-release').attachments).toEqual([
      { title: '通知全文', url: `${site.url}/files/notice.pdf` },
    ]);
  });

  it.each(files.filter(([name]) => name !== 'releases'))(
    '%s.csv is UTF-8 with a BOM and parses back to the JSON items',
    (name, dataset) => {
      const bytes = fs.readFileSync(path.join(out, `data/${name}.csv`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = parseCsv(bytes, { bom: true }) as string[][];
      expect(header).toEqual(fieldKeys(dataset));
      const items = JSON.parse(read(`data/${name}.json`)).items as Record<string, any>[];
      expect(rows).toEqual(items.map((item) => fieldKeys(dataset).map((k) => csvCell(item[k]))));
    },
  );

  it('round-trips a name with a comma and quotes, an address with a line break and a summary with both', async () => {
    const sites = parseCsv(fs.readFileSync(path.join(out, 'data/practice-sites.csv')), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const csvSite = sites.find((s) => s.id === TRICKY_SITE.id)!;
    const jsonSite = JSON.parse(read('data/practice-sites.json')).items.find((s: any) => s.id === TRICKY_SITE.id);
    for (const s of [csvSite, jsonSite]) {
      expect(s.name).toBe(TRICKY_SITE.name);
      expect(s.address).toBe(TRICKY_SITE.address);
    }
    expect(jsonSite).toMatchObject({ lat: 33.85, lng: 115.79, services: ['理论宣讲', '文化活动'], datum: 'WGS-84' });
    const csvPerson = (
      parseCsv(fs.readFileSync(path.join(out, 'data/people.csv')), { bom: true, columns: true }) as Record<string, string>[]
    ).find((p) => p.id === 'li-si')!;
    expect(csvPerson).toMatchObject({ summary: TRICKY_SUMMARY, group: '是', honors: '亳州好人 2021-07' });
  });
});

describe('JSON-LD and Open Graph', () => {
  it('describes the publisher as a GovernmentOrganization on every page, and every block parses', async () => {
    for (const { file } of pages) {
      const publisher = jsonLd(read(file)).find((n) => n['@type'] === 'GovernmentOrganization');
      expect(publisher, file).toMatchObject({ '@context': 'https://schema.org', name: site.publisher, url: `${site.url}/` });
    }
  });

  it('gives each release a NewsArticle with its dates, and each profile a Person or, for a team, an Organization', async () => {
    const article = jsonLd(read('releases/second-release/index.html')).find((n) => n['@type'] === 'NewsArticle')!;
    expect(article).toMatchObject({
      headline: '测试发布稿二',
      datePublished: '2021-03-04T00:00:00+08:00',
      dateModified: '2021-03-05T00:00:00+08:00',
      url: `${site.url}/releases/second-release/`,
      publisher: { name: site.publisher },
      author: { name: site.publisher },
    });
    expect(article.image[0]).toBe(`${site.url}/share/site.png`);
    const person = jsonLd(read('people/zhang-san/index.html')).find((n) => n['@type'] === 'Person')!;
    expect(person).toMatchObject({
      name: '张三',
      url: `${site.url}/people/zhang-san/`,
      award: ['2019年第二季度 亳州好人', '2020年5月 中国好人'],
    });
    expect(JSON.stringify(person)).not.toMatch(/photo|consent|zhang-san\.png/);
    expect(jsonLd(read('people/li-si/index.html')).find((n) => n['@type'] === 'Organization')).toMatchObject({
      name: '李四志愿服务队',
    });
  });

  it('gives each practice site a CivicStructure with geo only where it has coordinates, and its breadcrumb', async () => {
    const place = (id: string) =>
      jsonLd(read(`sites/${id}/index.html`)).find((n) => String(n['@type']).includes('CivicStructure'))!;
    expect(place('qc-zhongxin').geo).toEqual({ '@type': 'GeoCoordinates', latitude: 33.84, longitude: 115.78 });
    expect(place('qc-gujing-suo').geo).toBeUndefined();
    expect(place(TRICKY_SITE.id)).toMatchObject({ name: TRICKY_SITE.name, address: { streetAddress: TRICKY_SITE.address } });
    const crumbs = jsonLd(read('sites/qc-gujing-a-zhan/index.html')).find((n) => n['@type'] === 'BreadcrumbList')!;
    expect(crumbs.itemListElement.map((i: any) => [i.position, i.item])).toEqual([
      [1, `${site.url}/sites/`],
      [2, `${site.url}/sites/qiaocheng/`],
      [3, `${site.url}/sites/qc-zhongxin/`],
      [4, `${site.url}/sites/qc-gujing-suo/`],
      [5, `${site.url}/sites/qc-gujing-a-zhan/`],
    ]);
  });

  it('gives every page a title, a description, a type, its own address and a picture to share of at least 300 px, which WeChat finds in the page too', async () => {
    const sizes = new Map<string, { width: number; height: number }>();
    for (const { file, url } of pages) {
      const html = read(file);
      for (const p of ['og:title', 'og:description', 'og:type']) expect(meta(html, p), `${file} ${p}`).toBeTruthy();
      if (file !== '404.html') expect(meta(html, 'og:url'), file).toBe(url);
      const image = meta(html, 'og:image')!;
      expect(image, file).toMatch(new RegExp(`^${site.url}/(share/(site|releases|people|sites)\\.png|_astro/[\\w.-]+\\.jpe?g)$`));
      const local = new URL(image).pathname;
      if (!sizes.has(local)) sizes.set(local, await sharp(path.join(out, local)).metadata());
      const { width, height } = sizes.get(local)!;
      expect(Math.min(width, height), `${file} ${local}`).toBeGreaterThanOrEqual(300);
      expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')], file).toEqual([String(width), String(height)]);
      // The first picture of the body, where WeChat's crawler looks.
      expect(html.split('<body>')[1]!.match(/<img [^>]*src="([^"]+)"/)?.[1], file).toBe(local);
    }
    const section = (file: string) => new URL(meta(read(file), 'og:image')!).pathname;
    expect(section('releases/second-release/index.html')).toBe('/share/releases.png');
    expect(section('people/li-si/index.html')).toBe('/share/people.png');
    expect(section('people/zhang-san/index.html')).toMatch(/^\/_astro\/zhang-san\.[\w-]+\.jpe?g$/);
    expect(meta(read('people/zhang-san/index.html'), 'og:image:alt')).toBe('张三在社区活动中（示意图）');
    expect(section('sites/qc-gujing-a-zhan/index.html')).toBe('/share/sites.png');
    expect(section('rules/index.html')).toBe('/share/site.png');
    expect(meta(read('releases/second-release/index.html'), 'og:type')).toBe('article');
    expect(meta(read('releases/second-release/index.html'), 'og:description')).toBe('第二篇的摘要。');
  });

  it('keeps draft pages of a preview build out of search engines', async () => {
    expect(read('releases/draft-release/index.html')).toContain('<meta name="robots" content="noindex">');
    expect(read('releases/second-release/index.html')).not.toContain('noindex');
  });
});
