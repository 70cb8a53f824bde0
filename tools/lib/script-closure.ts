/**
 * The JavaScript files a page's script brings with it: its static imports (loaded with it) and
 * its dynamic imports (loaded later, on use), followed through every same-origin file, for the
 * page budgets. Reads the bundler's minified output: `import…from"./x.js"`, `import"./x.js"`,
 * `import("./x.js")`, with relative or root-relative paths.
 */
import path from 'node:path';

const STATIC = /\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.m?js)["']/g;
const DYNAMIC = /\bimport\s*\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;

export interface ScriptClosure {
  /** Root-relative URLs loaded with the entry (the entry included). */
  eager: string[];
  /** Root-relative URLs loaded only when the code asks for them. */
  onUse: string[];
}

const resolve = (from: string, spec: string) => (spec.startsWith('/') ? spec : path.posix.join(path.posix.dirname(from), spec));

/** Everything `entry` (a root-relative URL) loads, through `readText(url)` of the built site. */
export function scriptClosure(entry: string, readText: (url: string) => string): ScriptClosure {
  const eager = new Set<string>();
  const onUse = new Set<string>();
  const walk = (url: string, into: Set<string>) => {
    if (eager.has(url) || into.has(url)) return;
    into.add(url);
    const code = readText(url);
    for (const m of code.matchAll(STATIC)) walk(resolve(url, m[1]!), into);
    for (const m of code.matchAll(DYNAMIC)) walk(resolve(url, m[1]!), onUse);
  };
  walk(entry, eager);
  for (const url of eager) onUse.delete(url);
  return { eager: [...eager], onUse: [...onUse] };
}
