// /share/<section>.png: the picture a shared link shows for a page without a photo of its own,
// drawn once per build for each section (src/lib/share/draw.ts).
import type { GetStaticPaths } from 'astro';
import { sharePng } from '../../lib/share/draw';
import { SHARE_SECTIONS, type ShareSection } from '../../lib/share/images';
import { loadSite } from '../../lib/site';
import { t } from '../../lib/strings';

const LABELS: Record<ShareSection, () => string> = {
  site: () => t('share.siteLabel', { publisher: loadSite().publisher }),
  releases: () => t('nav.releases'),
  people: () => t('nav.people'),
  sites: () => t('sites.title'),
};

export const getStaticPaths = (() => SHARE_SECTIONS.map((section) => ({ params: { section } }))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { section: ShareSection } }) {
  const png = await sharePng(loadSite().name, LABELS[params.section]());
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
