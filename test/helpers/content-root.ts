/** Copies of the fixture content roots for tests that change a file and see what validate says. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve('test/fixtures');
export const GOOD_ROOT = path.join(FIXTURES, 'good');

/** A fresh copy of `root` in a temporary folder; `edit` may change it before it is returned. */
export function copyRoot(edit?: (dir: string) => void, root = GOOD_ROOT): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-content-'));
  fs.cpSync(root, dir, { recursive: true });
  edit?.(dir);
  return dir;
}

/** Replaces `from` with `to` in a file of the copy; fails loudly when `from` is not there. */
export function replaceIn(dir: string, file: string, from: string | RegExp, to: string): void {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply: ${file} has no ${String(from)}`);
  fs.writeFileSync(full, next);
}

export function writeIn(dir: string, file: string, text: string | Uint8Array): void {
  const full = path.join(dir, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
}
