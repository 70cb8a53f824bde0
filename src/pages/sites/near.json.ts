/** /sites/near.json: the data of the 「查找离我最近的阵地」 finder, fetched only when it is pressed. */
import type { APIRoute } from 'astro';
import { nearData } from '../../lib/sites/near-data';
import { areaCodeOf } from '../../lib/phone';
import { loadSite } from '../../lib/site';
import { practiceSites } from '../../data/collections';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(nearData(await practiceSites(), areaCodeOf(loadSite().phone))), {
    headers: { 'Content-Type': 'application/json' },
  });
