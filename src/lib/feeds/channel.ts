/** Channel elements that @astrojs/rss has no option for: language, last build date and the atom:link to itself. */
import { rfc822Date } from './rfc822';

export const ATOM_NS = { atom: 'http://www.w3.org/2005/Atom' };

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `newest` is the newest item's date, so the feed only changes when its content does. */
export function channelData(selfUrl: string, newest: string | undefined): string {
  return [
    '<language>zh-cn</language>',
    newest ? `<lastBuildDate>${rfc822Date(newest)}</lastBuildDate>` : '',
    `<atom:link href="${escapeAttr(selfUrl)}" rel="self" type="application/rss+xml"/>`,
  ].join('');
}

/** The item's date as RFC 822 in +0800 (@astrojs/rss would write `pubDate` in GMT). */
export const pubDateData = (date: string) => `<pubDate>${rfc822Date(date)}</pubDate>`;

/** Newest items per feed. */
export const FEED_LIMIT = 50;
