import { describe, expect, it } from 'vitest';
import { writeTree } from '../helpers/content-root';
import { checkBudgets } from '../../tools/lib/page-budgets';

const page = (head: string, body = '') => `<!doctype html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`;

describe('checkBudgets', () => {
  it('accepts a page with a small inline script, one stylesheet and local images', () => {
    const d = writeTree({
      'index.html': page(
        '<script>var a=1</script><link rel="stylesheet" href="/_astro/a.css">',
        '<img src="/_astro/p.webp" srcset="/_astro/p.webp 240w"><a href="https://other.example/">外链</a>',
      ),
      '_astro/a.css': 'body{color:red}',
    });
    const { failures, pages } = checkBudgets(d);
    expect(failures).toEqual([]);
    expect(pages[0]).toMatchObject({ js: 7, css: 15, foreign: [] });
  });

  it('refuses more than 1.5 KB of JavaScript, more than 15 KB of CSS and anything from another origin', () => {
    const d = writeTree({
      'a/index.html': page(`<script src="/_astro/big.js"></script><style>${'a{}'.repeat(5200)}</style>`),
      'b/index.html': page('<link rel="stylesheet" href="https://cdn.example.com/x.css">', '<img src="//img.example.com/p.jpg">'),
      'search/index.html': page(`<script>${'x'.repeat(5000)}</script>`),
      '_astro/big.js': 'x'.repeat(1537),
    });
    expect(checkBudgets(d).failures).toEqual([
      'a/index.html: JavaScript 1537 B > 1536 B',
      'a/index.html: CSS 15600 B > 15360 B',
      'b/index.html: loads from another origin: https://cdn.example.com/x.css, //img.example.com/p.jpg',
    ]);
  });

  it('allows 2.5 KB of JavaScript, and no more, on a page with the 「朗读」 button', () => {
    const d = writeTree({
      'a/index.html': page('<script src="/_astro/read.js"></script>', '<div data-bz-read-aloud hidden></div>'),
      'b/index.html': page('<script src="/_astro/big.js"></script>', '<div data-bz-read-aloud hidden></div>'),
      '_astro/read.js': 'x'.repeat(2560),
      '_astro/big.js': 'x'.repeat(2561),
    });
    expect(checkBudgets(d).failures).toEqual(['b/index.html: JavaScript 2561 B > 2560 B']);
  });

  it('refuses a seed release page over 30 KB, and an empty dist/', () => {
    const d = writeTree({ 'releases/2019-work-report/index.html': page('', 'x'.repeat(31 * 1024)) });
    expect(checkBudgets(d).failures).toEqual([
      expect.stringMatching(/^releases\/2019-work-report\/index\.html: HTML \d+ B > 30720 B$/),
    ]);
    expect(checkBudgets(writeTree({})).failures).toHaveLength(1);
  });

  it('gives directory pages their own allowance: the page script, the finder loaded on use, 60 KB of HTML', () => {
    const finder = 'x'.repeat(100);
    const dirJs = `import{t as e}from"./shared.js";${'y'.repeat(1000)}`;
    const d = writeTree({
      'sites/index.html': page(
        '<script type="module" src="/_astro/dir.js"></script>',
        '<template><script type="module" src="/_astro/finder.js"></script></template>',
      ),
      '_astro/dir.js': dirJs,
      '_astro/shared.js': 'z'.repeat(500),
      '_astro/finder.js': `import"./shared.js";${finder}`,
      'sites/near.json': '[]',
    });
    const { failures, pages } = checkBudgets(d);
    expect(failures).toEqual([]);
    // The finder's own file only: the module it shares is already loaded with the page.
    expect(pages[0]!.js).toBe(dirJs.length + 500);
    expect(pages[0]!.jsOnUse).toBeLessThan(100);
  });

  it('refuses a directory page over its allowances, and code loaded on use anywhere else', () => {
    const noise = (n: number) => Array.from({ length: n }, (_, i) => ((i * 7919) % 65536).toString(36)).join(';');
    const d = writeTree({
      'sites/qiaocheng/index.html': page(
        '<script src="/_astro/dir.js"></script>',
        `<template><script src="/_astro/finder.js"></script></template>${'x'.repeat(61 * 1024)}`,
      ),
      'people/index.html': page('<script src="/_astro/lazy.js"></script>'),
      '_astro/dir.js': 'y'.repeat(2561),
      '_astro/finder.js': noise(2000),
      '_astro/lazy.js': 'import("./later.js")',
      '_astro/later.js': 'z',
      'sites/near.json': noise(30000),
    });
    expect(checkBudgets(d).failures).toEqual([
      expect.stringMatching(/^people\/index\.html: loads JavaScript on use \(\d+ B compressed\); only directory pages may$/),
      'sites/qiaocheng/index.html: JavaScript 2561 B > 2560 B',
      expect.stringMatching(/^sites\/qiaocheng\/index\.html: JavaScript loaded on use \d+ B compressed > 4096 B$/),
      expect.stringMatching(/^sites\/qiaocheng\/index\.html: HTML \d+ B > 61440 B \(directory page\)$/),
      expect.stringMatching(/^sites\/near\.json: \d+ B compressed > 49152 B$/),
    ]);
  });
});
