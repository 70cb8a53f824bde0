import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { shareSvg, sharePng } from '../../../src/lib/share/draw';
import { sectionOf } from '../../../src/lib/share/images';

describe('the section share pictures', () => {
  it('draw every character as an outline from the bundled font, so no system font is needed', () => {
    const svg = shareSvg('亳州文明网', '新时代文明实践阵地');
    expect(svg).not.toMatch(/<text|font-family/);
    // One outline per character: 5 of the name, 9 of the label.
    expect(svg.match(/<path transform="translate/g)).toHaveLength(14);
  });

  it('are 1200 × 630 PNGs, large enough for WeChat in both directions', async () => {
    const meta = await sharp(await sharePng('亳州文明网', '好人榜')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
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
