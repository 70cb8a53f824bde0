/**
 * Which link and image addresses a body may hold, decided on the address as the browser will
 * read it: character references are already decoded by the HTML or Markdown parser; here the URL
 * parser's own steps follow (leading and trailing controls and spaces dropped, tab and line breaks
 * removed anywhere, scheme compared without case), so `jav&#x61;script:`, `java\tscript:` and
 * `JAVASCRIPT:` are the same scheme. Runs in validate and in the sanitizer alike.
 */

/** Schemes a link may use besides a relative address. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** The address as the WHATWG URL parser sees it before parsing. */
export function browserUrl(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start++;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
  return value.slice(start, end).replace(/[\t\n\r]/g, '');
}

/** The scheme, lower-cased, or undefined for a relative address (`/a`, `a/b`, `#x`, `?q`). */
export function schemeOf(value: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(browserUrl(value))?.[1]?.toLowerCase();
}

/** `//host/x` and `\\host\x` leave the site although they carry no scheme. */
const otherHost = (url: string) => /^[\\/]{2}/.test(url);

/** A link (href): relative, or http(s), mailto or tel. */
export function isAllowedLink(value: string): boolean {
  const scheme = schemeOf(value);
  return scheme === undefined ? true : (LINK_SCHEMES as readonly string[]).includes(scheme);
}

/** An image (src): from this site only, so no reader's phone is sent to another server. */
export function isAllowedImage(value: string): boolean {
  const url = browserUrl(value);
  return url !== '' && schemeOf(url) === undefined && !otherHost(url);
}

/** The address as it will be written: browser-trimmed, scheme in lower case (HTTPS: → https:). */
export function normalizedUrl(value: string): string {
  const url = browserUrl(value);
  const scheme = schemeOf(url);
  return scheme ? scheme + url.slice(scheme.length) : url;
}
