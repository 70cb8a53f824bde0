/**
 * The section share pictures: drawn once by `npm run share:draw` (tools/share-draw.ts, which
 * fetches a Chinese font into a temporary folder) and committed in the content root's share/
 * folder with pictures.json, which records the words each picture shows and its SHA-256. The
 * build publishes a committed picture only while those words are still the site's and the bytes
 * are the ones drawn; otherwise it publishes the mark alone on the brand red (no text, so no font
 * is needed and no stale name is shown), and validate says to redraw. Node only.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { BRAND_RED, markGroup } from '../brand/logo-mark';
import type { Site } from '../schemas/site';
import { t } from '../strings';
import { SHARE_SECTIONS, SHARE_SIZE, type ShareSection } from './images';

export const SHARE_FOLDER = 'share';
export const SHARE_MANIFEST = 'pictures.json';

/** What pictures.json holds for each section: the two lines drawn and the PNG's SHA-256. */
export interface DrawnPicture {
  name: string;
  label: string;
  sha256: string;
}
export type ShareManifest = { font: string; command: string } & Record<ShareSection, DrawnPicture>;

/** The words each section's picture must show for this site. */
export function shareTexts(site: Pick<Site, 'name' | 'publisher'>): Record<ShareSection, { name: string; label: string }> {
  const labels: Record<ShareSection, string> = {
    site: t('share.siteLabel', { publisher: site.publisher }),
    releases: t('nav.releases'),
    people: t('nav.people'),
    sites: t('sites.title'),
  };
  return Object.fromEntries(SHARE_SECTIONS.map((s) => [s, { name: site.name, label: labels[s] }])) as ReturnType<
    typeof shareTexts
  >;
}

export const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

export type PictureState = { state: 'current'; bytes: Buffer } | { state: 'absent' } | { state: 'stale'; why: string };

/** Whether the committed picture of `section` may be published for `site`. */
export function committedPicture(
  contentRoot: string,
  site: Pick<Site, 'name' | 'publisher'>,
  section: ShareSection,
): PictureState {
  const folder = path.join(contentRoot, SHARE_FOLDER);
  if (!fs.existsSync(folder)) return { state: 'absent' };
  let manifest: Partial<ShareManifest>;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(folder, SHARE_MANIFEST), 'utf8')) as Partial<ShareManifest>;
  } catch {
    return { state: 'stale', why: `缺少或读不出 ${SHARE_FOLDER}/${SHARE_MANIFEST}` };
  }
  const want = shareTexts(site)[section];
  const drawn = manifest[section];
  if (!drawn || drawn.name !== want.name || drawn.label !== want.label)
    return {
      state: 'stale',
      why: `图上的文字是「${drawn?.name ?? ''}」「${drawn?.label ?? ''}」，而现在应为「${want.name}」「${want.label}」`,
    };
  const file = path.join(folder, `${section}.png`);
  const bytes = fs.existsSync(file) ? fs.readFileSync(file) : undefined;
  if (!bytes || sha256(bytes) !== drawn.sha256) return { state: 'stale', why: `${SHARE_FOLDER}/${section}.png 缺失或被改动过` };
  return { state: 'current', bytes };
}

/** The mark alone on the brand red, 1200 × 630, drawn without any font. */
export function markOnlySvg(): string {
  const { width, height } = SHARE_SIZE;
  const mark = 260;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="${BRAND_RED}"/>
${markGroup((width - mark) / 2, (height - mark) / 2, mark, '#fff', BRAND_RED)}
</svg>`;
}

/** The PNG the build publishes for `section`. */
export async function sharePicture(contentRoot: string, site: Site, section: ShareSection): Promise<Buffer> {
  const found = committedPicture(contentRoot, site, section);
  if (found.state === 'current') return found.bytes;
  return sharp(Buffer.from(markOnlySvg())).png({ compressionLevel: 9, palette: true }).toBuffer();
}
