/**
 * A Loader over HTTP, for the search page. The index's .bin files are gzip; the browser's own
 * DecompressionStream undoes it, and on browsers without one (iOS before 16.4, still common
 * among older readers' phones) fflate's small gunzip is fetched instead, only then.
 */
import type { Loader } from './engine';

async function gunzip(gz: ArrayBuffer): Promise<ArrayBuffer | Uint8Array> {
  if (typeof DecompressionStream === 'function') {
    return new Response(new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  }
  const { gunzipSync } = await import('fflate');
  return gunzipSync(new Uint8Array(gz));
}

export const httpLoader: Loader = async (urlPath) => {
  // The manifest names the build's folder, so it must never come from a stale cache.
  const response = await fetch(urlPath, urlPath.endsWith('manifest.json') ? { cache: 'no-cache' } : {});
  if (!response.ok) throw new Error(`${urlPath}: HTTP ${response.status}`);
  const body = await response.arrayBuffer();
  const head = new Uint8Array(body, 0, Math.min(2, body.byteLength));
  // A server may already have undone the gzip (Content-Encoding); then the bytes are plain JSON.
  const json = head[0] === 0x1f && head[1] === 0x8b ? await gunzip(body) : body;
  return JSON.parse(new TextDecoder().decode(json as ArrayBuffer));
};
