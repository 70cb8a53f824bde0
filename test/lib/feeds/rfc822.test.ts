import { describe, expect, it } from 'vitest';
import { absoluteLinks } from '../../../src/lib/feeds/absolute-links';
import { isoDateTime, rfc822Date } from '../../../src/lib/feeds/rfc822';

describe('feed dates and links', () => {
  it('writes a calendar day as midnight in China in RFC 822 with its weekday', () => {
    expect(rfc822Date('2019-12-31')).toBe('Tue, 31 Dec 2019 00:00:00 +0800');
    expect(rfc822Date('2024-02-29')).toBe('Thu, 29 Feb 2024 00:00:00 +0800');
    expect(new Date(rfc822Date('2020-01-02')).toISOString()).toBe('2020-01-01T16:00:00.000Z');
    expect(isoDateTime('2020-01-02')).toBe('2020-01-02T00:00:00+08:00');
  });

  it('makes root-relative links and images absolute and leaves other links alone', () => {
    const html =
      '<a href="/files/a.pdf">a</a><img src="/images/b.png"><a href="https://x.org/">x</a><a href="//cdn.org/">c</a><a href="#top">t</a>';
    expect(absoluteLinks(html, 'https://site.org/')).toBe(
      '<a href="https://site.org/files/a.pdf">a</a><img src="https://site.org/images/b.png"><a href="https://x.org/">x</a><a href="//cdn.org/">c</a><a href="#top">t</a>',
    );
  });
});
