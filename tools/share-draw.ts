/**
 * npm run share:draw [-- --content DIR]
 * Draws the four section share pictures for the content root's site.yaml (its name, and the
 * publisher on the site's own picture) into <content>/share/ with pictures.json. The text is
 * turned into outlines with Noto Sans SC Bold from the registry package @embedpdf/fonts-sc
 * (SIL OFL 1.1), read with fontkit; both are installed into a temporary folder for this run only,
 * so no install carries the 42 MB font. 1200 × 630, everything inside the centre square (WeChat crops).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { contentDir, displayPath } from '../src/lib/content/paths';
import { BRAND_RED, markGroup } from '../src/lib/brand/logo-mark';
import { SHARE_SECTIONS, SHARE_SIZE } from '../src/lib/share/images';
import { SHARE_FOLDER, SHARE_MANIFEST, sha256, shareTexts, type ShareManifest } from '../src/lib/share/pictures';
import { loadSite } from '../src/lib/site';
import { installInTemp } from './lib/npm-package';

const FONT_PACKAGE = '@embedpdf/fonts-sc@1.0.0';
const FONTKIT = 'fontkit@2.0.4';
const CREAM = '#f3d9a4';

/** The little of fontkit used here. */
interface Font {
  unitsPerEm: number;
  layout(text: string): {
    advanceWidth: number;
    glyphs: Array<{ path: { toSVG(): string } }>;
    positions: Array<{ xAdvance: number }>;
  };
}

function outline(font: Font, text: string, size: number, x: number, y: number, fill: string): string {
  const scale = size / font.unitsPerEm;
  const run = font.layout(text);
  let pen = x - (run.advanceWidth * scale) / 2;
  const paths = run.glyphs.map((glyph, i) => {
    const d = `<path transform="translate(${pen.toFixed(2)} ${y}) scale(${scale} ${-scale})" d="${glyph.path.toSVG()}"/>`;
    pen += run.positions[i]!.xAdvance * scale;
    return d;
  });
  return `<g fill="${fill}">${paths.join('')}</g>`;
}

function pictureSvg(font: Font, name: string, label: string): string {
  const { width, height } = SHARE_SIZE;
  const cx = width / 2;
  const mark = 150;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="${BRAND_RED}"/>
${markGroup(cx - mark / 2, 95, mark, '#fff', BRAND_RED)}
${outline(font, name, 92, cx, 375, '#fff')}
${outline(font, label, 60, cx, 475, CREAM)}
</svg>`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { content: { type: 'string' } } });
  const root = values.content ? path.resolve(values.content) : contentDir();
  const site = loadSite(root);
  const { modules, cleanup } = installInTemp([FONTKIT, FONT_PACKAGE]);
  try {
    const require = createRequire(path.join(modules, 'x.js'));
    const fontkit = require('fontkit') as { openSync(file: string): Font };
    const fontDir = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
    const font = fontkit.openSync(path.join(fontDir, 'NotoSansHans-Bold.otf'));
    const folder = path.join(root, SHARE_FOLDER);
    fs.mkdirSync(folder, { recursive: true });
    const texts = shareTexts(site);
    const manifest = {
      font: `Noto Sans SC Bold（${FONT_PACKAGE}，SIL OFL 1.1）`,
      command: 'npm run share:draw',
    } as ShareManifest;
    for (const section of SHARE_SECTIONS) {
      const { name, label } = texts[section];
      const png = await sharp(Buffer.from(pictureSvg(font, name, label)))
        .png({ compressionLevel: 9, palette: true })
        .toBuffer();
      fs.writeFileSync(path.join(folder, `${section}.png`), png);
      manifest[section] = { name, label, sha256: sha256(png) };
    }
    fs.writeFileSync(path.join(folder, SHARE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(`已绘制分享图片：${displayPath(folder)}（${SHARE_SECTIONS.length} 张）`);
    return 0;
  } finally {
    cleanup();
  }
}

process.exitCode = await main();
