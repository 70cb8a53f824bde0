/** Copies of the fixture content roots for tests that change a file and see what validate says. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateContent } from '../../src/lib/validate';
import { formatProblem } from '../../src/lib/validate/problem';

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

/** Writes `files` (path → text) into a new temporary folder and returns it. */
export function writeTree(
  files: Iterable<[string, string | Uint8Array]> | Record<string, string | Uint8Array>,
  prefix = 'bz-tree-',
): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const entries = Symbol.iterator in files ? [...(files as Iterable<[string, string | Uint8Array]>)] : Object.entries(files);
  for (const [rel, text] of entries) writeIn(dir, rel, text);
  return dir;
}

/** The error lines `validate` prints for a changed copy of the good fixture, paths shown as content/…. */
export function errorLinesAfter(edit: (dir: string) => void, options: { production?: boolean; today?: string } = {}): string[] {
  const dir = copyRoot(edit);
  return validateContent(dir, { today: '2026-12-01', ...options })
    .problems.filter((p) => p.severity === 'error')
    .map((p) => formatProblem(p).replaceAll(dir, 'content'));
}
