/**
 * The pictures a shared link shows (Open Graph, JSON-LD, and the first image WeChat finds in a
 * page): an entry's own photo where it has one, otherwise its section's picture, drawn once per
 * build by src/pages/share/[section].png.ts. Every one is at least 300 × 300 px.
 */
export interface ShareImage {
  /** Root-relative address, e.g. /share/people.png. */
  path: string;
  width: number;
  height: number;
  type: string;
  /** What the picture shows, for og:image:alt; the site's own pictures need none. */
  alt?: string;
}

export const SHARE_SECTIONS = ['site', 'releases', 'people', 'sites'] as const;
export type ShareSection = (typeof SHARE_SECTIONS)[number];

export const SHARE_SIZE = { width: 1200, height: 630 } as const;
/** What shows through a transparent photo once it is a JPEG share picture. */
export const SHARE_BACKGROUND = '#ffffff';

/** WeChat takes no picture smaller than this in either direction. */
export const SHARE_MIN = 300;

export const sectionImage = (section: ShareSection): ShareImage => ({
  path: `/share/${section}.png`,
  ...SHARE_SIZE,
  type: 'image/png',
});

/** The section a page belongs to, by its address: /releases/…, /people/…, /sites/…, else the site. */
export function sectionOf(pathname: string): ShareSection {
  const first = pathname.split('/')[1] ?? '';
  return (SHARE_SECTIONS as readonly string[]).includes(first) ? (first as ShareSection) : 'site';
}

/** The site's own picture, for JSON-LD and pages of no section. */
export const SHARE_IMAGE = sectionImage('site');
