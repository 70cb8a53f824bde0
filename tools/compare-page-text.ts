/**
 * npm run compare:text -- BEFORE_DIST AFTER_DIST
 * Compares what readers get from two builds of the same content, page by page: the rendered text
 * of <body> (innerText, as hast-util-to-text computes it), the <title> and the meta description.
 * Written for the Astro 5 → 7 upgrade, whose compiler and whitespace handling changed; any build
 * change that should not alter wording can be checked the same way. A difference is reported as
 * `spacing` when the two texts agree once all whitespace is removed (then only CSS decides whether
 * it shows: a space between flex items or at the start of a cell does not), else as `wording`.
 * Exit 1 on a wording difference, or on any difference with --strict.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';

function htmlFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '_astro' ? [] : htmlFiles(full, base);
    return e.name.endsWith('.html') ? [path.relative(base, full)] : [];
  });
}

function find(node: Root | Element, test: (e: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

export function readerView(html: string): { title: string; description: string; body: string } {
  const tree = fromHtml(html);
  const title = find(tree, (e) => e.tagName === 'title');
  const meta = find(tree, (e) => e.tagName === 'meta' && e.properties.name === 'description');
  const body = find(tree, (e) => e.tagName === 'body');
  return {
    title: title ? toText(title) : '',
    description: String(meta?.properties.content ?? ''),
    body: body
      ? toText(body)
          .replace(/[ \t]+\n/g, '\n')
          .replace(/\n{2,}/g, '\n')
      : '',
  };
}

/** The lines that differ, with their numbers, so a change of one space is visible. */
function differences(a: string, b: string): string[] {
  const x = a.split('\n');
  const y = b.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    out.push(`line ${i + 1}: ${JSON.stringify(x[i] ?? '')}\n      → ${JSON.stringify(y[i] ?? '')}`);
    // Lines added or removed shift the rest: the first one says enough.
    if (x.length !== y.length) break;
  }
  return out;
}

function main(): number {
  const args = process.argv.slice(2);
  const strict = args.includes('--strict');
  const [before, after] = args.filter((a) => !a.startsWith('--'));
  if (!before || !after) {
    console.error('usage: npm run compare:text -- BEFORE_DIST AFTER_DIST');
    return 2;
  }
  const a = new Set(htmlFiles(before));
  const b = new Set(htmlFiles(after));
  let differ = 0;
  let spacing = 0;
  const only = [
    ...[...a].filter((f) => !b.has(f)).map((f) => `only before: ${f}`),
    ...[...b].filter((f) => !a.has(f)).map((f) => `only after: ${f}`),
  ];
  for (const line of only) console.log(line);
  differ += only.length;
  const both = [...a].filter((f) => b.has(f)).sort();
  for (const file of both) {
    const x = readerView(fs.readFileSync(path.join(before, file), 'utf8'));
    const y = readerView(fs.readFileSync(path.join(after, file), 'utf8'));
    for (const key of ['title', 'description', 'body'] as const) {
      if (x[key] === y[key]) continue;
      const kind = x[key].replace(/\s+/g, '') === y[key].replace(/\s+/g, '') ? 'spacing' : 'wording';
      if (kind === 'spacing') spacing++;
      else differ++;
      for (const line of differences(x[key], y[key])) console.log(`${file} ${key} ${kind} ${line}`);
    }
  }
  console.log(`${both.length} pages in both; ${differ} with different wording, ${spacing} with different spacing only.`);
  return differ || (strict && spacing) ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
