/**
 * Photos already decoded to their end, remembered between runs of validate (the pre-commit hook,
 * the build, `npm run validate`): decoding costs some milliseconds a photo (tens for a 12-megapixel
 * original), reading a remembered stamp nothing. A photo is decoded again when its size,
 * modification time or inode change, which a copy, a truncation or an edit all do. The list lives
 * in node_modules/.cache (never committed); a missing or unreadable list only costs time.
 */
import fs from 'node:fs';
import path from 'node:path';

const FILE = path.resolve('node_modules/.cache/bz-validate/decoded-images.json');

const stampOf = (absPath: string) => {
  const s = fs.statSync(absPath);
  return `${s.size}:${s.mtimeMs}:${s.ino}`;
};

export class DecodedImages {
  private readonly known: Record<string, string>;
  private changed = false;

  constructor(private readonly file = FILE) {
    try {
      this.known = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      this.known = {};
    }
  }

  has(absPath: string): boolean {
    return this.known[absPath] === stampOf(absPath);
  }

  add(absPath: string): void {
    this.known[absPath] = stampOf(absPath);
    this.changed = true;
  }

  /** Writes the list atomically (parallel validate runs may share it); failures are ignored. */
  save(): void {
    if (!this.changed) return;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, JSON.stringify(this.known));
      fs.renameSync(temp, this.file);
    } catch {
      // a read-only checkout: decode again next time
    }
  }
}
