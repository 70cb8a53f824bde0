/**
 * A person's photo as the picture to share: a JPEG (which every chat app reads) at most 1200 px
 * wide, made by astro:assets like the page's own photo sizes. Only a photo of at least 300 px in
 * both directions qualifies; reading width and height does not make Astro ship the original.
 */
import { getImage } from 'astro:assets';
import photos from 'virtual:bz-content-images';
import { SHARE_BACKGROUND, SHARE_MIN, type ShareImage } from '../lib/share/images';

export async function photoShareImage(photo: string | undefined, alt: string | undefined): Promise<ShareImage | undefined> {
  const load = photo ? photos[photo] : undefined;
  if (!load) return undefined;
  const image = (await load()).default;
  if (image.width < SHARE_MIN || image.height < SHARE_MIN) return undefined;
  // 1200 px wide (or the photo's own width if smaller); a very wide photo as wide as its height needs to stay 300 px.
  const ratio = image.height / image.width;
  const width = Math.min(image.width, Math.max(1200, Math.ceil(SHARE_MIN / ratio)));
  // JPEG has no transparency: a transparent PNG is laid on white (sharp would make it black).
  const out = await getImage({ src: image, width, format: 'jpeg', quality: 80, background: SHARE_BACKGROUND });
  return { path: out.src, width, height: Math.round(width * ratio), type: 'image/jpeg', alt };
}
