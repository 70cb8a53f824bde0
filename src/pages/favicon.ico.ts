// /favicon.ico: browsers and apps ask for it at the root even when a page names another icon.
import { faviconIco } from '../lib/brand/icons';

export async function GET() {
  return new Response(new Uint8Array(await faviconIco()), { headers: { 'Content-Type': 'image/x-icon' } });
}
