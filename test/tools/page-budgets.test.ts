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

  it('refuses more than 1 KB of JavaScript, more than 15 KB of CSS and anything from another origin', () => {
    const d = writeTree({
      'a/index.html': page(`<script src="/_astro/big.js"></script><style>${'a{}'.repeat(5200)}</style>`),
      'b/index.html': page('<link rel="stylesheet" href="https://cdn.example.com/x.css">', '<img src="//img.example.com/p.jpg">'),
      'search/index.html': page(`<script>${'x'.repeat(5000)}</script>`),
      '_astro/big.js': 'x'.repeat(1025),
    });
    expect(checkBudgets(d).failures).toEqual([
      'a/index.html: JavaScript 1025 B > 1024 B',
      'a/index.html: CSS 15600 B > 15360 B',
      'b/index.html: loads from another origin: https://cdn.example.com/x.css, //img.example.com/p.jpg',
    ]);
  });

  it('allows 2 KB of JavaScript, and no more, on a page with the 「朗读」 button', () => {
    const d = writeTree({
      'a/index.html': page('<script src="/_astro/read.js"></script>', '<div data-bz-read-aloud hidden></div>'),
      'b/index.html': page('<script src="/_astro/big.js"></script>', '<div data-bz-read-aloud hidden></div>'),
      '_astro/read.js': 'x'.repeat(2048),
      '_astro/big.js': 'x'.repeat(2049),
    });
    expect(checkBudgets(d).failures).toEqual(['b/index.html: JavaScript 2049 B > 2048 B']);
  });

  it('refuses a seed release page over 30 KB, and an empty dist/', () => {
    const d = writeTree({ 'releases/2019-work-report/index.html': page('', 'x'.repeat(31 * 1024)) });
    expect(checkBudgets(d).failures).toEqual([
      expect.stringMatching(/^releases\/2019-work-report\/index\.html: HTML \d+ B > 30720 B$/),
    ]);
    expect(checkBudgets(writeTree({})).failures).toHaveLength(1);
  });
});
