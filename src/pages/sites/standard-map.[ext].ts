// /sites/standard-map.<ext>: the official standard map named in site.yaml, its bytes unchanged.
import type { GetStaticPaths } from 'astro';
import { contentDir } from '../../lib/content/paths';
import { loadSite } from '../../lib/site';
import { standardMapFile } from '../../lib/sites/standard-map';

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };

export const getStaticPaths = (async () => {
  const map = loadSite().standardMap;
  return map ? [{ params: { ext: (await standardMapFile(map, contentDir())).ext } }] : [];
}) satisfies GetStaticPaths;

export async function GET({ params }: { params: { ext: string } }) {
  const file = await standardMapFile(loadSite().standardMap!, contentDir());
  return new Response(new Uint8Array(file.bytes), {
    headers: { 'Content-Type': TYPES[params.ext] ?? 'application/octet-stream' },
  });
}
