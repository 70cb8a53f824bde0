// /apple-touch-icon.png: the icon a phone shows when the portal is added to the home screen.
import { markPng } from '../lib/brand/icons';

export async function GET() {
  return new Response(new Uint8Array(await markPng(180, 0)), { headers: { 'Content-Type': 'image/png' } });
}
