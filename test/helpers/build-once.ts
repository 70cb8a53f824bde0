/**
 * A test file's one build: `npm run build` of the content root `root` into
 * test-results/<name>-…/dist before the file's tests (beforeAll), and both the output and the
 * root removed after them. `read` gives a published file's text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { runScript } from './run-script';

export function buildOnce(name: string, root: string): { out: string; read: (rel: string) => string } {
  fs.mkdirSync('test-results', { recursive: true });
  const workDir = fs.mkdtempSync(path.resolve('test-results', `${name}-`));
  const out = path.join(workDir, 'dist');
  beforeAll(async () => {
    const r = await runScript('build.ts', ['--out', out], { CONTENT_DIR: root });
    if (r.code !== 0) throw new Error(`build of ${root} failed:\n${r.stdout}\n${r.stderr}`);
  }, 300_000);
  afterAll(() => {
    fs.rmSync(workDir, { recursive: true, force: true });
    fs.rmSync(root, { recursive: true, force: true });
  });
  return { out, read: (rel) => fs.readFileSync(path.join(out, rel), 'utf8') };
}
