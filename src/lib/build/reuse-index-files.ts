/**
 * Writes a Pagefind index handed over in memory (`getFiles()`), reusing the previous build's
 * files where it can: Pagefind names its chunks, fragments, filters and metadata by a hash of
 * their bytes, so a file whose name is already in the previous index has the same bytes and is
 * linked from there instead of written. Files with fixed names (pagefind-entry.json, pagefind.js,
 * the WebAssembly) are compared byte for byte. Pagefind's Node API cannot load an existing index,
 * so the records are indexed again every time; only the writing is saved (at 10,000 entries a
 * one-entry edit changes a few dozen of about 10,000 files).
 */
import fs from 'node:fs';
import path from 'node:path';

/** A Pagefind file name that carries a hash of its content, such as `und_1a2b3c4d5e.pf_fragment`. */
const HASHED = /_[0-9a-f]{7,}\.pf_[a-z]+$/;

export interface IndexFile {
  path: string;
  content: Uint8Array;
}

export interface WriteFigures {
  written: number;
  reused: number;
}

function sameBytes(file: string, content: Uint8Array): boolean {
  try {
    const stat = fs.statSync(file);
    return stat.size === content.byteLength && Buffer.from(content).equals(fs.readFileSync(file));
  } catch {
    return false;
  }
}

/** Writes `files` under `outputPath`, linking (or copying) unchanged ones from `previous`. */
export function writeIndexFiles(files: IndexFile[], outputPath: string, previous?: string): WriteFigures {
  const figures: WriteFigures = { written: 0, reused: 0 };
  const made = new Set<string>();
  const usable = previous !== undefined && fs.existsSync(previous);
  for (const file of files) {
    const target = path.join(outputPath, file.path);
    const dir = path.dirname(target);
    if (!made.has(dir)) fs.mkdirSync(dir, { recursive: true });
    made.add(dir);
    const old = usable ? path.join(previous, file.path) : undefined;
    const reusable = old !== undefined && (HASHED.test(file.path) ? fs.existsSync(old) : sameBytes(old, file.content));
    if (reusable && linkOrCopy(old, target)) figures.reused++;
    else {
      fs.writeFileSync(target, file.content);
      figures.written++;
    }
  }
  return figures;
}

function linkOrCopy(from: string, to: string): boolean {
  try {
    fs.linkSync(from, to);
    return true;
  } catch {
    try {
      fs.copyFileSync(from, to, fs.constants.COPYFILE_FICLONE);
      return true;
    } catch {
      return false;
    }
  }
}
