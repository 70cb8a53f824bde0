/**
 * With SOURCE_DATE_EPOCH set (the reproducible-builds convention), two builds of the same content
 * are byte-identical, so deploys diff cleanly.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD_ROOT } from '../helpers/content-root';
import { runScript } from '../helpers/run-script';

const base = path.resolve('test-results/determinism');

function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, rel);
    if (fs.statSync(full).isFile()) out[rel] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return out;
}

describe('reproducible builds', () => {
  it('produce byte-identical dist/ folders from the same content and SOURCE_DATE_EPOCH', async () => {
    fs.rmSync(base, { recursive: true, force: true });
    const env = { CONTENT_DIR: GOOD_ROOT, SOURCE_DATE_EPOCH: '1700000000' };
    for (const name of ['a', 'b']) {
      const r = await runScript('build.ts', ['--out', path.join(base, name)], env);
      expect(r.code, r.stderr).toBe(0);
    }
    const a = digests(path.join(base, 'a'));
    const b = digests(path.join(base, 'b'));
    expect(Object.keys(a).length).toBeGreaterThan(40);
    expect(b).toEqual(a);
    // Control: without SOURCE_DATE_EPOCH the open data carries the build time, so the check can fail.
    const r = await runScript('build.ts', ['--out', path.join(base, 'c')], { CONTENT_DIR: GOOD_ROOT, SOURCE_DATE_EPOCH: '' });
    expect(r.code, r.stderr).toBe(0);
    expect(digests(path.join(base, 'c'))['data/releases.json']).not.toBe(a['data/releases.json']);
    fs.rmSync(base, { recursive: true, force: true });
  }, 240_000);
});
