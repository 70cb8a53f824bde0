/** The default picture for shared links (Open Graph) and JSON-LD: public/og-default.png, made by scripts/make-og-image.ts. */
export const SHARE_IMAGE = { path: '/og-default.png', width: 1200, height: 630, type: 'image/png' } as const;
