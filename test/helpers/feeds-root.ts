/**
 * A copy of the good fixture with what the feed and open-data tests need on top: more than 50
 * releases (the feed limit), more than 20 people (a list page), a draft, an MDX release with a
 * root-relative link and an attachment, a site whose name holds a comma and quotes and whose address holds a line
 * break, and a summary with both.
 */
import fs from 'node:fs';
import path from 'node:path';
import { copyRoot, replaceIn, writeIn } from './content-root';

export const TRICKY_SITE = { id: 'qc-gujing-c-zhan', name: '丙村"新时代"文明实践站,东院', address: '丙村村委会\n二楼' };
export const TRICKY_SUMMARY = '李四志愿服务队坚持义务巡河, 被群众称为"河道卫士"。';
export const BULK_RELEASES = 52;
/** Enough 好人 in one level, category, county and year for /people/ and its facets to page. */
export const BULK_PEOPLE = 22;

export function feedsRoot(): string {
  return copyRoot((d) => {
    fs.appendFileSync(
      path.join(d, 'practice-sites.csv'),
      `${TRICKY_SITE.id},"${TRICKY_SITE.name.replace(/"/g, '""')}",站,qc-gujing-suo,谯城区,古井镇,"${TRICKY_SITE.address}",,,理论宣讲、文化活动,33.85,115.79,\n`,
    );
    replaceIn(d, 'people/li-si.md', 'summary: 李四志愿服务队坚持义务巡河。', `summary: '${TRICKY_SUMMARY}'`);
    writeIn(d, 'releases/draft-release.md', '---\ntitle: 测试草稿发布稿\ndate: 2023-06-01\ndraft: true\n---\n\n草稿正文。\n');
    writeIn(
      d,
      'releases/mdx-release.mdx',
      '---\ntitle: 测试MDX发布稿\ndate: 2023-05-01\nsummary: MDX 的摘要。\nattachments:\n  - title: 通知全文\n    file: notice.pdf\n---\n\nMDX 正文，见[通知全文](/files/notice.pdf)。\n',
    );
    for (let i = 1; i <= BULK_RELEASES; i++) {
      const day = new Date(Date.UTC(2022, 0, i)).toISOString().slice(0, 10);
      writeIn(
        d,
        `releases/bulk-${String(i).padStart(2, '0')}.md`,
        `---\ntitle: 批量发布稿${i}\ndate: ${day}\n---\n\n第${i}篇正文。\n`,
      );
    }
    for (let i = 1; i <= BULK_PEOPLE; i++) {
      const month = String(((i - 1) % 12) + 1).padStart(2, '0');
      writeIn(
        d,
        `people/bulk-person-${String(i).padStart(2, '0')}.md`,
        `---\nname: 批量好人${i}\ncategory: 助人为乐\ncounty: 谯城区\nhonors:\n  - title: 亳州好人\n    period: 2018-${month}\nsummary: 第${i}位批量好人。\nconsent: true\n---\n\n第${i}位的事迹。\n`,
      );
    }
  });
}
