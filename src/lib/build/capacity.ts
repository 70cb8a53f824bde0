/**
 * How many entries this machine can build without running out of memory. Measured on the
 * 2-core, 24 GiB build machine with `npm run sample -- --scale 50000` (2026-12-01): the astro
 * step peaked at 3.5 GB (about 70 KB an entry) and Node's default heap limit (~4 GB) was close,
 * so the build raises the heap limit and refuses, up front, content larger than memory allows.
 */
import os from 'node:os';

/** Planning figure per entry, above the measured 70 KB to leave room for richer pages. */
export const BYTES_PER_ENTRY = 100 * 1024;
/** Fixed cost of a build (Node, Astro, Vite) before any entry. */
export const BASE_BYTES = 1024 ** 3;
/** Share of the machine's memory a build may plan to use. */
export const MEMORY_SHARE = 0.8;

export function totalMemory(env: NodeJS.ProcessEnv = process.env): number {
  const override = Number(env.BZ_TOTAL_MEMORY_BYTES);
  return Number.isFinite(override) && override > 0 ? override : os.totalmem();
}

/** The largest number of entries that fits in `memory` bytes. */
export function entryLimit(memory: number): number {
  return Math.max(0, Math.floor((memory * MEMORY_SHARE - BASE_BYTES) / BYTES_PER_ENTRY));
}

/** V8 heap limit for the astro step, in MiB: most of the machine, since it is the only big process. */
export function astroHeapMiB(memory: number): number {
  return Math.max(2048, Math.floor((memory * 0.7) / 1024 ** 2));
}

export function capacityMessage(entries: number, memory: number): string | undefined {
  const limit = entryLimit(memory);
  if (entries <= limit) return undefined;
  const gib = (memory / 1024 ** 3).toFixed(0);
  return `内容共 ${entries} 条，超过本机（内存 ${gib} GB）可安全构建的上限 ${limit} 条（按每条约 ${BYTES_PER_ENTRY / 1024} KB 估算），构建已停止，以免中途内存耗尽。请在内存更大的机器上构建，或减少内容。`;
}
