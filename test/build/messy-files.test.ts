/**
 * Builds a copy of the good fixture with files as offices really have them, once: an attachment
 * named with # ? % and spaces, a photo with a transparent background, a directory row with an
 * Alt+Enter line break and a phone cell of an extension and a second number. Then reads dist/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { copyRoot, replaceIn, writeIn } from '../helpers/content-root';
import { transparentPng } from '../helpers/png-bytes';
import { buildOnce } from '../helpers/build-once';

const ATTACHMENT = '通知 #1 ?50%.pdf';
const ENCODED = '/files/%E9%80%9A%E7%9F%A5%20%231%20%3F50%25.pdf';

const root = copyRoot((d) => {
  fs.copyFileSync(path.join(d, 'files/notice.pdf'), path.join(d, 'files', ATTACHMENT));
  writeIn(
    d,
    'releases/odd-names.md',
    `---\ntitle: 附件名称\ndate: 2021-05-06\nattachments:\n  - title: 通知全文\n    file: "${ATTACHMENT}"\n---\n\n请拨打 0558-5123456转8001 咨询。\n`,
  );
  writeIn(d, 'images/people/wang-wu.png', transparentPng(600));
  writeIn(
    d,
    'people/wang-wu.md',
    '---\nname: 王五\ncategory: 助人为乐\ncounty: 谯城区\nhonors:\n  - title: 亳州好人\n    period: 2021-07\nsummary: 简介。\nphoto: people/wang-wu.png\nphotoAlt: 王五（示意图）\nconsent: true\n---\n\n事迹。\n',
  );
  replaceIn(
    d,
    'practice-sites.csv',
    '"谯城区人民路1号,东楼",0558-1111111',
    '"谯城区人民路1号\n东楼",0558-1111111转8001、1111112',
  );
});
const { out, read } = buildOnce('messy', root);

describe('an attachment named with # ? % and spaces', () => {
  it('is published under its own name and linked, printed and enclosed by one encoded address', () => {
    expect(fs.existsSync(path.join(out, 'files', ATTACHMENT))).toBe(true);
    const page = read('releases/odd-names/index.html');
    expect(page).toContain(`href="${ENCODED}"`);
    expect(page).toContain('data-print-href="https://test.example.org/files/通知%20%231%20%3F50%25.pdf"');
    expect(read('releases/rss.xml')).toContain(`<enclosure url="https://test.example.org${ENCODED}"`);
    const data = JSON.parse(read('data/releases.json')) as { items: Array<{ id: string; attachments: Array<{ url: string }> }> };
    expect(data.items.find((r) => r.id === 'odd-names')!.attachments[0]!.url).toBe(`https://test.example.org${ENCODED}`);
    expect(decodeURIComponent(ENCODED)).toBe(`/files/${ATTACHMENT}`);
  });
});

describe('phone numbers', () => {
  it('dial the same way in the directory, its finder data, a body and the footer', () => {
    const centre = read('sites/qc-zhongxin/index.html');
    expect(centre).toContain('href="tel:0558-1111111,8001"');
    expect(centre).toContain('href="tel:0558-1111112"');
    const near = JSON.parse(read('sites/near.json')) as { sites: unknown[][] };
    expect(near.sites.find((s) => s[0] === 'qc-zhongxin')!.slice(5)).toEqual(
      expect.arrayContaining(['0558-1111111 转 8001、1111112', 'tel:0558-1111111,8001']),
    );
    expect(read('releases/odd-names/index.html')).toContain('href="tel:0558-5123456,8001"');
    expect(read('index.html')).toContain('href="tel:0558-0000000"');
  });
});

describe('a line break typed in a cell (Alt+Enter)', () => {
  it('stays a line break on the page and one quoted cell in the open-data CSV', () => {
    expect(read('sites/qc-zhongxin/index.html')).toContain('谯城区人民路1号\n东楼');
    const csv = read('data/practice-sites.csv');
    expect(csv).toContain('"谯城区人民路1号\n东楼"');
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.id === 'qc-zhongxin')!.address).toBe('谯城区人民路1号\n东楼');
  });
});

describe('a photo with a transparent background', () => {
  it('is white, not black, behind the person in the JPEG share picture', async () => {
    const page = read('people/wang-wu/index.html');
    const image = /<meta property="og:image" content="https:\/\/test\.example\.org([^"]+)"/.exec(page)![1]!;
    expect(image).toMatch(/\.jpe?g$/);
    const { data, info } = await sharp(path.join(out, image)).raw().toBuffer({ resolveWithObject: true });
    const corner = [...data.subarray(0, info.channels)];
    const centre = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
    expect(corner.slice(0, 3).every((v) => v > 245)).toBe(true);
    expect([...data.subarray(centre, centre + 3)].every((v) => v < 150)).toBe(true);
  });
});
