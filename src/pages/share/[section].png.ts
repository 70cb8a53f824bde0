// /share/<section>.png: the picture a shared link shows for a page without a photo of its own:
// the content root's committed picture while it is current, else the mark alone (src/lib/share/pictures.ts).
import type { GetStaticPaths } from 'astro';
import { contentDir } from '../../lib/content/paths';
import { SHARE_SECTIONS, type ShareSection } from '../../lib/share/images';
import { sharePicture } from '../../lib/share/pictures';
import { loadSite } from '../../lib/site';

export const getStaticPaths = (() => SHARE_SECTIONS.map((section) => ({ params: { section } }))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { section: ShareSection } }) {
  const png = await sharePicture(contentDir(), loadSite(), params.section);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
