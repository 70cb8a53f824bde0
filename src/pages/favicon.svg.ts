// /favicon.svg: the mark for browsers that take a vector icon.
import { faviconSvg } from '../lib/brand/icons';

export function GET() {
  return new Response(faviconSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
}
