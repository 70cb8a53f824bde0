/**
 * The portal's pages on dist/, without a browser: meta tags, pagination, facet and directory
 * counts, the /data/ figures beside what the site holds, photo outputs and the page budgets. Builds one copy of the
 * good fixture with 21 more releases, a third person whose JPEG carries EXIF GPS, and figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBudgets } from '../../tools/lib/page-budgets';
import { copyRoot, replaceIn, writeIn } from '../helpers/content-root';
import { runScript } from '../helpers/run-script';

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bz-portal-')), 'dist');
const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');
const count = (text: string, needle: string) => text.split(needle).length - 1;
const allFiles = () =>
  (fs.readdirSync(out, { recursive: true, encoding: 'utf8' }) as string[])
    .map((f) => path.join(out, f))
    .filter((f) => fs.statSync(f).isFile());
let gpsPhoto: Buffer;

beforeAll(async () => {
  gpsPhoto = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#c84' } })
    .withExif({
      IFD0: { Make: 'BzGpsTestCam' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 50/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '115/1 46/1 0/1' },
    })
    .jpeg({ quality: 80 })
    .toBuffer();
  const dir = copyRoot((d) => {
    for (let n = 1; n <= 21; n++) {
      const day = String(n).padStart(2, '0');
      writeIn(
        d,
        `releases/extra-${day}.md`,
        `---\ntitle: 补充发布稿${n}\ndate: 2019-03-${day}\n---\n\n第${n}篇补充发布稿的正文。${n === 1 ? '咨询电话：0558-1234567，开放时间 8:30-17:30。' : ''}\n`,
      );
    }
    writeIn(d, 'images/people/wang-wu.jpg', gpsPhoto);
    writeIn(d, 'images/people/unused.jpg', gpsPhoto);
    writeIn(
      d,
      'people/wang-wu.md',
      '---\nname: 王五\ncategory: 孝老爱亲\ncounty: 涡阳县\nhonors:\n  - title: 安徽好人\n    period: 2022-03\nsummary: 王五照顾老人。\nphoto: people/wang-wu.jpg\nphotoAlt: 王五在院子里\nconsent: true\n---\n\n王五的事迹。\n',
    );
    fs.appendFileSync(
      path.join(d, 'figures.yaml'),
      [
        '- {id: practice-centres, label: 新时代文明实践中心, value: 1, unit: 个, asOf: 2019-12-31, source: first-release}',
        '- {id: bozhou-good-people, label: 亳州好人, value: 5, unit: 人, asOf: 2021-12-31, source: first-release}',
        '- {id: china-good-people, label: 中国好人, value: 163, unit: 人, asOf: 2019-12-31, source: first-release}',
        '',
      ].join('\n'),
    );
    replaceIn(
      d,
      'site.yaml',
      'counties:',
      [
        'siteIdCode: "3416000001"',
        'icp: 皖ICP备12345678号-1',
        'psb: 皖公网安备34160202000123号',
        'publisherFullName: 测试市精神文明建设指导委员会办公室',
        'errorReportUrl: https://jiucuo.example.org/check?site=3416000001',
        'counties:',
      ].join('\n'),
    );
  });
  const r = await runScript('build.ts', ['--out', out], { CONTENT_DIR: dir });
  if (r.code !== 0) throw new Error(`portal fixture build failed:\n${r.stdout}\n${r.stderr}`);
});

describe('the portal built from the extended fixture', () => {
  it('writes the 政府网站 meta tags, description and canonical on an article', () => {
    const html = read('releases/first-release/index.html');
    for (const tag of [
      '<meta name="SiteName" content="测试文明网">',
      '<meta name="SiteDomain" content="test.example.org">',
      '<meta name="SiteIDCode" content="3416000001">',
      '<meta name="ColumnName" content="新闻发布">',
      '<meta name="ArticleTitle" content="测试发布稿一">',
      '<meta name="PubDate" content="2020-01-02">',
      '<meta name="ContentSource" content="测试市文明办">',
      '<link rel="canonical" href="https://test.example.org/releases/first-release/">',
    ])
      expect(html).toContain(tag);
    expect(html).toMatch(/<meta name="description" content="[^"]+">/);
    expect(read('people/index.html')).not.toContain('name="ArticleTitle"');
  });

  it('splits 23 releases into pages of 20 at /releases/ and /releases/page/2/', () => {
    expect(count(read('releases/index.html'), 'class="bz-release-list__title')).toBe(20);
    expect(count(read('releases/page/2/index.html'), 'class="bz-release-list__title')).toBe(3);
    expect(read('releases/index.html')).toContain('href="/releases/page/2/"');
    expect(fs.existsSync(path.join(out, 'releases/page/3/index.html'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'releases/page/1/index.html'))).toBe(false);
  });

  it('lists each facet value of the 好人榜 with the number of people it holds', () => {
    const facets: Record<string, number> = {
      'level/bozhou': 2,
      'level/anhui': 1,
      'level/china': 1,
      'category/zhu-ren-wei-le': 1,
      'category/xiao-lao-ai-qin': 1,
      'category/jian-yi-yong-wei': 0,
      'county/qiaocheng': 1,
      'county/guoyang': 1,
      'county/lixin': 0,
      'year/2019': 1,
      'year/2022': 1,
    };
    const index = read('people/index.html');
    for (const [facet, n] of Object.entries(facets)) {
      expect(count(read(`people/${facet}/index.html`), 'class="bz-person-list__name"'), facet).toBe(n);
      expect(index, facet).toMatch(new RegExp(`href="/people/${facet}/"[^>]*>[^<]+</a><span[^>]*>（${n}）`));
    }
    expect(index).toContain('（3）');
  });

  it('gives each county a directory page indexing its 乡镇/街道 (its 所) with their number of 站, and each 所 page its 站', () => {
    const qc = read('sites/qiaocheng/index.html');
    expect(qc).toMatch(
      /<a href="\/sites\/qc-gujing-suo\/"><span class="bz-townships__name">古井镇<\/span><span class="bz-meta">2 个站<\/span>/,
    );
    expect(read('sites/qc-gujing-suo/index.html')).toContain('href="/sites/qc-gujing-a-zhan/"');
    expect(read('sites/lixin/index.html')).toContain('暂未收录');
    expect(read('sites/index.html')).toContain('href="/sites/qiaocheng/"');
  });

  it('shows each reported figure with its date and source beside what the site holds, in plain words and without 不一致', () => {
    const html = read('data/index.html');
    const row = (id: string) =>
      html.slice(html.indexOf(`id="figure-${id}"`), html.indexOf('</li>', html.indexOf(`id="figure-${id}"`)));
    expect(row('bozhou-good-people')).toContain('已收录 2 人');
    expect(row('china-good-people')).toContain('已收录 1 人，其中2019年12月31日以前获评的 0 人');
    expect(row('practice-centres')).toContain('已收录 1 个');
    expect(row('practice-centres')).toContain('href="/releases/first-release/"');
    expect(row('practice-centres')).toMatch(/统计截至<time datetime="2019-12-31"[^>]*>2019年12月31日<\/time>/);
    expect(html).not.toContain('不一致');
    expect(html).not.toContain('data-mismatch');
    expect(html).toContain('<svg');
    expect(count(html, '<table')).toBeGreaterThanOrEqual(5);
  });

  it('makes phone numbers tappable in a body and in the footer, and keeps a time range on one line', () => {
    const html = read('releases/extra-01/index.html');
    expect(html).toContain('咨询电话：<a href="tel:0558-1234567">0558-1234567</a>');
    expect(html).toContain('8:30\u2060-\u206017:30');
    expect(html).toMatch(/电话：<a href="tel:0558-0000000"[^>]*>0558-0000000<\/a>/);
    expect(html).toMatch(/邮箱：<a href="mailto:office@example.org"[^>]*>office@example.org<\/a>/);
  });

  it('names the publisher in full and links the filing numbers and 我为政府网站找错 by convention in the footer', () => {
    const footer = read('index.html').split('<footer')[1]!;
    expect(footer).toContain('主办单位：测试市精神文明建设指导委员会办公室');
    expect(footer).toContain('网站标识码：3416000001');
    expect(footer).toMatch(/<a href="https:\/\/beian\.miit\.gov\.cn\/"[^>]*>皖ICP备12345678号-1<\/a>/);
    expect(footer).toMatch(
      /<a href="http:\/\/www\.beian\.gov\.cn\/portal\/registerSystemInfo\?recordcode=34160202000123"[^>]*>皖公网安备34160202000123号<\/a>/,
    );
    expect(footer).toMatch(/<a href="https:\/\/jiucuo\.example\.org\/check\?site=3416000001"[^>]*>我为政府网站找错<\/a>/);
    expect(footer).not.toContain('待填写');
  });

  it('ships photos only as resized AVIF and WebP with width descriptors, lazy and sized', () => {
    const html = read('people/wang-wu/index.html');
    expect(html).toMatch(/<source[^>]+srcset="[^"]+\.avif \d+w[^"]*"[^>]*type="image\/avif"/);
    expect(html).toMatch(/<source[^>]+srcset="[^"]+\.webp \d+w/);
    expect(html).toMatch(/<img[^>]+loading="lazy"[^>]*>/);
    expect(html).toMatch(/<img[^>]+width="\d+"[^>]+height="\d+"/);
    // No stand-in portrait for a person without a photo.
    expect(read('people/li-si/index.html')).not.toMatch(/bz-photo|<svg[^>]*role="img"/);
  });

  it('copies no original photo and no EXIF metadata (GPS included) into dist/', async () => {
    const files = allFiles();
    const originals = [gpsPhoto, fs.readFileSync('test/fixtures/good/images/people/zhang-san.png')];
    for (const f of files) {
      const bytes = fs.readFileSync(f);
      expect(
        originals.some((o) => bytes.equals(o)),
        f,
      ).toBe(false);
      expect(bytes.includes('BzGpsTestCam'), f).toBe(false);
    }
    const images = files.filter((f) => /\.(avif|webp|jpe?g|png)$/.test(f));
    expect(images.length).toBeGreaterThan(0);
    for (const f of images) expect((await sharp(f).metadata()).exif, f).toBeUndefined();
  });

  it("ships no script that calls eval or new Function (the search page's policy allows 'unsafe-eval' for iOS 15's WebAssembly)", () => {
    const scripts = allFiles().filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) expect(fs.readFileSync(f, 'utf8'), f).not.toMatch(/\beval\s*\(|new\s+Function\s*\(/);
  });

  it("ships no JavaScript file but the search page's module, the header box's search prefetch, the 「朗读」 module, the directory's two, the chunks they import and Pagefind's, and stays within the page budgets", () => {
    const scripts = allFiles().filter((f) => f.endsWith('.js') && !/[\\/]pagefind[\\/]pagefind(?:_[0-9a-f]{12})?\.js$/.test(f));
    const entry = scripts.filter((f) =>
      /_astro[\\/](?:search|SearchPrefetch|ReadAloud|DirectoryPage|FinderScript)\.astro_[\w.-]+\.js$/.test(f),
    );
    expect(entry).toHaveLength(5);
    const reachable = new Set(entry);
    for (const f of reachable) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g))
        reachable.add(path.join(path.dirname(f), m[1]!));
    }
    expect(scripts.filter((f) => !reachable.has(f))).toEqual([]);
    expect(checkBudgets(out).failures).toEqual([]);
  });

  it('has a print stylesheet that hides navigation and search', () => {
    const css = allFiles()
      .filter((f) => f.endsWith('.css'))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('');
    expect(css).toContain('@media print');
    expect(css).toMatch(/@media print\{[^}]*\.bz-header__search/);
  });
});
