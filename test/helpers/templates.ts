/**
 * One URL per page template, for the browser suite, screenshots and Lighthouse: for the bundled
 * content the pages chosen by hand; for any other content root (CONTENT_DIR, e.g. a sample root of
 * a second city built into BROWSER_DIST) one page of each template picked from its files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { countyId } from '../../src/lib/counties';
import { contentDir } from '../../src/lib/content/paths';
import type { Site } from '../../src/lib/schemas';

export const BUNDLED_PAGES = {
  home: '/',
  releases: '/releases/',
  release: '/releases/2019-work-report/',
  people: '/people/',
  'people-facet': '/people/level/anhui/',
  person: '/people/sample-wang-xiu-lan/',
  'person-no-photo': '/people/sample-fang-chun-mei/',
  rules: '/rules/',
  sites: '/sites/',
  county: '/sites/qiaocheng/',
  township: '/sites/sample-qiaocheng-gujing-suo/',
  site: '/sites/sample-qiaocheng-gujing-liulin-zhan/',
  data: '/data/',
  page: '/accessibility/',
  search: '/search/?q=%E5%A5%BD%E4%BA%BA',
  'not-found': '/no-such-page/',
} as const;

export type TemplateName = keyof typeof BUNDLED_PAGES;

/** Whether `dir` is the bundled content root (./content). */
export const isBundled = (dir: string) => path.resolve(dir) === path.resolve('content');

/** The front matter of every Markdown file of a collection, by id, in id order. */
export function frontMatter(dir: string, collection: string): Array<{ id: string; data: Record<string, unknown>; body: string }> {
  const folder = path.join(dir, collection);
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const [, yaml = '', body = ''] =
        /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(fs.readFileSync(path.join(folder, f), 'utf8')) ?? [];
      return { id: f.replace(/\.md$/, ''), data: parseYaml(yaml) as Record<string, unknown>, body };
    });
}

/** A release with an attachment when there is one (a generated root's first release has one). */
export function releaseWithAttachment(dir: string) {
  const releases = frontMatter(dir, 'releases');
  return releases.find((r) => Array.isArray(r.data.attachments) && r.data.attachments.length > 0) ?? releases[0]!;
}

/** One page of each template from the files of the content root `dir`. */
export function derivePages(dir: string): Record<TemplateName, string> {
  const people = frontMatter(dir, 'people');
  const site = parseYaml(fs.readFileSync(path.join(dir, 'site.yaml'), 'utf8')) as Pick<Site, 'counties' | 'countyIds'>;
  const rows = parseCsv(fs.readFileSync(path.join(dir, 'practice-sites.csv')), { bom: true, columns: true }) as Array<
    Record<string, string>
  >;
  const withPhoto = people.find((p) => p.data.photo);
  const withoutPhoto = people.find((p) => !p.data.photo);
  const suo = rows.find((r) => r.level === '所');
  const station = rows.find((r) => r.level === '站' && r.lat && r.phone);
  if (!withPhoto || !withoutPhoto || !suo || !station)
    throw new Error(
      `${dir} lacks a page template: it needs a profile with and one without a photo, a 所 and a located 站 with a phone.`,
    );
  return {
    ...BUNDLED_PAGES,
    release: `/releases/${releaseWithAttachment(dir).id}/`,
    // The national level's id is the same for every city (china).
    'people-facet': '/people/level/china/',
    person: `/people/${withPhoto.id}/`,
    'person-no-photo': `/people/${withoutPhoto.id}/`,
    county: `/sites/${countyId(site.counties[0]!, site.countyIds)}/`,
    township: `/sites/${suo.id}/`,
    site: `/sites/${station.id}/`,
  };
}

/** The content root the browser suite's dist/ was built from. */
export const SUITE_CONTENT = contentDir();

export const TEMPLATE_PAGES: Readonly<Record<TemplateName, string>> = isBundled(SUITE_CONTENT)
  ? BUNDLED_PAGES
  : derivePages(SUITE_CONTENT);
