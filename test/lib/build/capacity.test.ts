import { describe, expect, it } from 'vitest';
import { astroHeapMiB, capacityMessage, entryLimit } from '../../../src/lib/build/capacity';

const GiB = 1024 ** 3;

describe('build capacity', () => {
  it('lets this 24 GiB machine build 50,000 entries, which was measured to fit', () => {
    expect(entryLimit(24 * GiB)).toBeGreaterThan(50_000);
    expect(capacityMessage(50_000, 24 * GiB)).toBeUndefined();
  });

  it('refuses content that would not fit, naming the limit and the memory', () => {
    expect(capacityMessage(50_000, 4 * GiB)).toBe(
      '内容共 50000 条，超过本机（内存 4 GB）可安全构建的上限 23068 条（按每条约 100 KB 估算），构建已停止，以免中途内存耗尽。请在内存更大的机器上构建，或减少内容。',
    );
  });

  it("raises the astro heap limit above Node's default on large machines", () => {
    expect(astroHeapMiB(24 * GiB)).toBe(17203);
    expect(astroHeapMiB(2 * GiB)).toBe(2048);
  });
});
