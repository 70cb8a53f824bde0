/**
 * @astrojs/rss escapes &, < and > but passes on characters that XML 1.0 cannot hold at all, even
 * escaped: C0 controls other than tab and line breaks, unpaired surrogates, U+FFFE and U+FFFF.
 * One of them in a body (a pasted control character, `&#1;`) would make the whole feed unreadable
 * to every feed reader, so the finished document is cleaned. validate refuses them first.
 */
import { getRssString, type RSSOptions } from '@astrojs/rss';

const allowedInXml = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  code >= 0x10000;

/** `text` without the characters XML 1.0 forbids (lone surrogates included). */
export function xmlSafe(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (allowedInXml(code)) out += char;
  }
  return out;
}

export async function safeRss(options: RSSOptions): Promise<Response> {
  return new Response(xmlSafe(await getRssString(options)), { headers: { 'Content-Type': 'application/xml' } });
}
