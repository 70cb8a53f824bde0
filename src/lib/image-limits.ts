/**
 * Pixels a photo may have: a 50-megapixel phone photo (8160 × 6144) fits. The build decodes
 * each photo whole (about 3 bytes a pixel), so a larger one only costs memory and time; validate
 * refuses it from its header, and the build's image service (astro.config.mjs) refuses it too.
 */
export const MAX_IMAGE_PIXELS = 64_000_000;
