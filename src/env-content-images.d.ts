declare module 'virtual:bz-content-images' {
  /** Loaders of the photos people's front matter names, keyed by path under <content>/images/. */
  const photos: Record<string, () => Promise<{ default: import('astro').ImageMetadata }>>;
  export default photos;
}
