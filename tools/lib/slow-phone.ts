/**
 * A slow phone in Chromium through CDP: a 360 px touch screen, the CPU 4 times slower and a
 * 400 kbps link with 400 ms of latency each way (issue 20). Every page of the context gets the
 * same conditions, the pages a navigation opens included (the CDP session follows the page).
 */
import type { BrowserContext, Page } from 'playwright-core';

export const SLOW_PHONE = {
  viewport: { width: 360, height: 740 },
  cpuSlowdown: 4,
  /** Bytes a second: 400 kbps. */
  throughput: (400 * 1000) / 8,
  latencyMs: 400,
} as const;

export async function slowPhonePage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PHONE.latencyMs,
    downloadThroughput: SLOW_PHONE.throughput,
    uploadThroughput: SLOW_PHONE.throughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
  return page;
}

/** Bytes received by the context's pages, with the moment each response finished. */
export function countBytes(context: BrowserContext): { since(t: number, until: number): Promise<number> } {
  const done: Array<Promise<{ at: number; bytes: number }>> = [];
  context.on('requestfinished', (request) => {
    const at = performance.now();
    // A response that finishes as the run's context closes can no longer be sized; it came after
    // every window `since` was asked about (those awaited their sizes first), so it counts as 0.
    const sized = request.sizes().then(
      (s) => ({ at, bytes: s.responseBodySize + s.responseHeadersSize }),
      () => ({ at, bytes: 0 }),
    );
    done.push(sized);
  });
  return {
    async since(t, until) {
      return (await Promise.all(done)).filter((d) => d.at >= t && d.at <= until).reduce((a, d) => a + d.bytes, 0);
    },
  };
}
