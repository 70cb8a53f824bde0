import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SHARE_SECTIONS, sectionOf } from '../../../src/lib/share/images';
import { committedPicture, sharePicture } from '../../../src/lib/share/pictures';
import { loadSite } from '../../../src/lib/site';
import { validateContent } from '../../../src/lib/validate';
import { copyRoot, replaceIn } from '../../helpers/content-root';

const site = loadSite(path.resolve('content'));
/** The good fixture root with the bundled content's pictures and the bundled site's name and publisher. */
const rootWithPictures = (edit?: (dir: string) => void) =>
  copyRoot((d) => {
    fs.cpSync('content/share', path.join(d, 'share'), { recursive: true });
    replaceIn(d, 'site.yaml', /^name: .*$/m, `name: ${site.name}`);
    replaceIn(d, 'site.yaml', /^publisher: .*$/m, `publisher: ${site.publisher}`);
    edit?.(d);
  });
const shareWarnings = (dir: string) =>
  validateContent(dir, { today: '2026-12-01' }).problems.filter((p) => p.code === 'share-picture-stale');

describe('the committed share pictures', () => {
  it("show the bundled site.yaml's name and publisher (else run npm run share:draw)", () => {
    expect(SHARE_SECTIONS.map((s) => committedPicture('content', site, s).state)).toEqual([
      'current',
      'current',
      'current',
      'current',
    ]);
  });

  it('are 1200 × 630 PNGs, large enough for WeChat in both directions', async () => {
    for (const s of SHARE_SECTIONS) {
      const meta = await sharp(fs.readFileSync(`content/share/${s}.png`)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    }
  });

  it('are published unchanged while current, with no warning', async () => {
    const dir = rootWithPictures();
    expect(shareWarnings(dir)).toEqual([]);
    expect(await sharePicture(dir, loadSite(dir), 'people')).toEqual(fs.readFileSync('content/share/people.png'));
  });

  it('give way to the mark alone, with a warning saying how to redraw, once the site is renamed', async () => {
    const dir = rootWithPictures((d) => replaceIn(d, 'site.yaml', /^name: .*$/m, 'name: 阜阳文明网'));
    const [warning] = shareWarnings(dir);
    expect(warning?.message).toContain(
      `site.png（图上的文字是「${site.name}」「${site.publisher}主办」，而现在应为「阜阳文明网」「${site.publisher}主办」）`,
    );
    expect(warning?.message).toContain('请运行 npm run share:draw 重新绘制后提交。');
    const png = await sharePicture(dir, loadSite(dir), 'site');
    expect(png.equals(fs.readFileSync('content/share/site.png'))).toBe(false);
    expect((await sharp(png).metadata()).width).toBe(1200);
  });

  it('are stale when a picture was changed by hand, and absent pictures are simply the mark, without a warning', () => {
    const edited = rootWithPictures((d) => fs.appendFileSync(path.join(d, 'share', 'sites.png'), 'x'));
    expect(shareWarnings(edited)[0]?.message).toContain('sites.png（share/sites.png 缺失或被改动过）');
    expect(shareWarnings(copyRoot())).toEqual([]);
  });

  it('belong to the section of the page address, the site otherwise', () => {
    expect(['/releases/x/', '/people/', '/sites/qiaocheng/', '/rules/', '/', '/about/'].map(sectionOf)).toEqual([
      'releases',
      'people',
      'sites',
      'site',
      'site',
      'site',
    ]);
  });
});
