import { describe, expect, it } from 'vitest';
import { writeTree } from '../helpers/content-root';
import { checkLinks, linksIn } from '../../tools/lib/links';

describe('checkLinks', () => {
  it('reads href, src and every srcset candidate', () => {
    expect(linksIn('<a href="/a/">x</a><img src="/i.png" srcset="/i-1.webp 320w, /i-2.webp 640w">')).toEqual([
      '/a/',
      '/i.png',
      '/i-1.webp',
      '/i-2.webp',
    ]);
  });

  it('passes a site whose pages, files and anchors all exist', () => {
    const dir = writeTree({
      'index.html':
        '<a href="/rules/#rule-2">r</a><a href="rules/">r</a><link rel="alternate" href="/feed.xml"><a href="https://other.example/">x</a>',
      'rules/index.html': '<li id="rule-2">2</li>',
      'feed.xml': '<rss/>',
    });
    expect(checkLinks(dir)).toEqual({ checked: 3, broken: [] });
  });

  it('reports a missing page, a missing image and a missing anchor', () => {
    const dir = writeTree({
      'index.html': '<a href="/nowhere/">x</a><img src="/missing.png" alt=""><a href="/rules/#rule-9">r</a>',
      'rules/index.html': '<li id="rule-2">2</li>',
    });
    expect(checkLinks(dir).broken).toEqual([
      { page: 'index.html', href: '/nowhere/', reason: 'missing' },
      { page: 'index.html', href: '/missing.png', reason: 'missing' },
      { page: 'index.html', href: '/rules/#rule-9', reason: 'anchor' },
    ]);
  });

  it("treats absolute links to the site's own address as internal", () => {
    const dir = writeTree({ 'index.html': '<link rel="canonical" href="https://site.example.org/gone/">' });
    expect(checkLinks(dir, 'https://site.example.org').broken).toEqual([
      { page: 'index.html', href: 'https://site.example.org/gone/', reason: 'missing' },
    ]);
  });
});
