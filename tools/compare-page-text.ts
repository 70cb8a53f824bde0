/**
 * npm run compare:text -- BEFORE_DIST AFTER_DIST
 * Compares what readers get from two builds of the same content, page by page: the rendered text
 * of <body> (innerText, as hast-util-to-text computes it), the <title> and the meta description.
 * Written for the Astro 5 → 7 upgrade, whose compiler and whitespace handling changed; any build
 * change that should not alter wording can be checked the same way. Exit 1 when a page differs.
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
    body: body ? toText(body).replace(/[ \t]+\n/g, '\n').replace(/\n{2,}/g, '\n') : '',
  };
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 30);
  return `at ${i}: ${JSON.stringify(a.slice(from, i + 40))}\n      → ${JSON.stringify(b.slice(from, i + 40))}`;
}

function main(): number {
  const [before, after] = process.argv.slice(2);
  if (!before || !after) {
    console.error('usage: npm run compare:text -- BEFORE_DIST AFTER_DIST');
    return 2;
  }
  const a = new Set(htmlFiles(before));
  const b = new Set(htmlFiles(after));
  let differ = 0;
  const only = [...[...a].filter((f) => !b.has(f)).map((f) => `only before: ${f}`), ...[...b].filter((f) => !a.has(f)).map((f) => `only after: ${f}`)];
  for (const line of only) console.log(line);
  differ += only.length;
  const both = [...a].filter((f) => b.has(f)).sort();
  for (const file of both) {
    const x = readerView(fs.readFileSync(path.join(before, file), 'utf8'));
    const y = readerView(fs.readFileSync(path.join(after, file), 'utf8'));
    for (const key of ['title', 'description', 'body'] as const) {
      if (x[key] === y[key]) continue;
      differ++;
      console.log(`${file} ${key} ${firstDifference(x[key], y[key])}`);
    }
  }
  console.log(`${both.length} pages in both; ${differ} difference(s).`);
  return differ ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
