import zlib from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpLoader } from '../../../src/lib/search/load-http';

const body = { 好人: [1, 3] };
function serve(bytes: Uint8Array<ArrayBuffer> | Buffer) {
  const calls: Array<[string, RequestInit | undefined]> = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    calls.push([url, init]);
    return new Response(new Uint8Array(bytes));
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('httpLoader', () => {
  it("undoes the gzip of an index file with the browser's DecompressionStream", async () => {
    serve(zlib.gzipSync(JSON.stringify(body)));
    await expect(httpLoader('/search-index/x/t/1.bin')).resolves.toEqual(body);
  });

  it('falls back to fflate where the browser has no DecompressionStream', async () => {
    serve(zlib.gzipSync(JSON.stringify(body)));
    vi.stubGlobal('DecompressionStream', undefined);
    await expect(httpLoader('/search-index/x/t/1.bin')).resolves.toEqual(body);
  });

  it('reads plain JSON when the server has already undone the gzip', async () => {
    serve(new TextEncoder().encode(JSON.stringify(body)));
    await expect(httpLoader('/search-index/x/t/1.bin')).resolves.toEqual(body);
  });

  it('asks for the manifest past any cache, and says which file failed', async () => {
    const calls = serve(new TextEncoder().encode('{}'));
    await httpLoader('/search-index/manifest.json');
    expect(calls[0]![1]).toEqual({ cache: 'no-cache' });
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(httpLoader('/search-index/x/meta.bin')).rejects.toThrow('/search-index/x/meta.bin: HTTP 404');
  });
});
