/**
 * Names for the three Pagefind files whose names would otherwise stay the same from build to build
 * (pagefind.js, its WebAssembly, pagefind-entry.json), so that a browser can keep them without
 * asking the server again: on a slow line that question is a round trip of its own before a search
 * can start (400 ms on the slow-phone bench), on every visit.
 *
 * - pagefind.js is also written as `pagefind_<hash>.js` (the plain name stays for the Node tools);
 * - the WebAssembly is renamed `wasm.<language>_<hash>.pagefind`, and the entry names it so
 *   (pagefind.js asks for `wasm.<the entry's name>.pagefind`);
 * - the entry is asked for as `pagefind-entry.json?ts=<tag>` (Pagefind's `metaCacheTag`), the tag a
 *   hash of the entry, which names the meta file, the WebAssembly and the script by their hashes.
 *
 * The entry itself carries both names under `versioned`, for the header box's prefetch on every
 * page; the search page's HTML carries them in its preload links, which the build writes after
 * the index (versionSearchPage). nginx serves the versioned names as immutable (deploy/nginx.conf).
 */
import { createHash } from 'node:crypto';
import type { IndexFile } from '../build/reuse-index-files';
import { UNVERSIONED } from './bundle';

/** What the entry's `versioned` key holds. */
export interface VersionedNames {
  /** pagefind.js under a name that changes with its content, relative to the bundle. */
  script: string;
  /** The metaCacheTag that makes the entry's address change with its content. */
  tag: string;
}

interface Entry {
  languages: Record<string, { hash: string; wasm: string | null }>;
  versioned?: VersionedNames;
}

const ENTRY = 'pagefind-entry.json';
const SCRIPT = 'pagefind.js';
const WASM = /^wasm\.([a-z-]+)\.pagefind$/;
const hash = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 12);

/** A versioned WebAssembly or script name, as nginx and the tests recognise it. */
export const VERSIONED_NAME = /^(?:pagefind_[0-9a-f]{12}\.js|wasm\.[a-z-]+_[0-9a-f]{12}\.pagefind)$/;

/** The bundle's files with the names above, and the entry rewritten to use them. */
export function versionBundle(files: IndexFile[]): IndexFile[] {
  const entryFile = files.find((f) => f.path === ENTRY);
  const script = files.find((f) => f.path === SCRIPT);
  if (!entryFile || !script) throw new Error(`Pagefind 的输出里没有 ${entryFile ? SCRIPT : ENTRY}`);
  const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as Entry;
  const renamed = new Map<string, string>();
  const out: IndexFile[] = [];
  for (const f of files) {
    const wasm = WASM.exec(f.path);
    if (!wasm) {
      if (f !== entryFile) out.push(f);
      continue;
    }
    const versioned = `${wasm[1]}_${hash(f.content)}`;
    renamed.set(wasm[1]!, versioned);
    out.push({ path: `wasm.${versioned}.pagefind`, content: f.content });
  }
  for (const language of Object.values(entry.languages)) {
    const versioned = renamed.get(language.wasm ?? 'unknown');
    if (!versioned) throw new Error(`Pagefind 的输出里没有 wasm.${language.wasm ?? 'unknown'}.pagefind`);
    language.wasm = versioned;
  }
  const scriptName = `pagefind_${hash(script.content)}.js`;
  out.push({ path: scriptName, content: script.content });
  const tag = hash(`${JSON.stringify(entry)}\n${scriptName}`);
  entry.versioned = { script: scriptName, tag };
  out.push({ path: ENTRY, content: Buffer.from(JSON.stringify(entry)) });
  return out;
}

/** The names a versioned bundle's entry holds. */
export function versionedNames(entryJson: string): VersionedNames & { wasm: string[] } {
  const entry = JSON.parse(entryJson) as Entry;
  if (!entry.versioned) throw new Error(`${ENTRY} 没有 versioned 一项：索引不是由本项目的构建写的`);
  return { ...entry.versioned, wasm: Object.values(entry.languages).map((l) => `wasm.${l.wasm}.pagefind`) };
}

/**
 * A search page's HTML with its three preload links pointing at the versioned names (from the
 * bundle's entry); page.ts takes the script and the tag from these links. Throws when a link is not
 * there exactly once, so a changed page cannot leave the search on the unversioned names unnoticed.
 */
export function versionSearchPage(html: string, base: string, entryJson: string): string {
  const names = versionedNames(entryJson);
  if (names.wasm.length !== 1) throw new Error(`搜索页只预载一个 WebAssembly，索引有 ${names.wasm.length} 个`);
  const swaps: Array<[string, string]> = [
    [UNVERSIONED.script, names.script],
    [UNVERSIONED.entry, `${ENTRY}?ts=${names.tag}`],
    [UNVERSIONED.wasm, names.wasm[0]!],
  ];
  let out = html;
  for (const [from, to] of swaps) {
    const href = `href="${base}${from}"`;
    const parts = out.split(href);
    if (parts.length !== 2) throw new Error(`搜索页里 ${href} 出现 ${parts.length - 1} 次，应为 1 次`);
    out = parts.join(`href="${base}${to}"`);
  }
  return out;
}
