/**
 * Makes the people's photos under <content>/images/ available to astro:assets, although the
 * content root is only known at build time (CONTENT_DIR), so no page can import them statically.
 *
 * A virtual module `virtual:bz-content-images` exports `{ 'people/x.jpg': () => import('/abs/x.jpg') }`
 * for exactly the photos that people's front matter names. Astro's asset plugin turns each import
 * into ImageMetadata; <Picture> makes resized AVIF/WebP from it (sharp drops EXIF, GPS included),
 * and Astro deletes an original that nothing but image processing touched, so no original ships.
 * Only named photos are imported: an unused file in images/ would otherwise be emitted as it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { mayNameKeys, splitFrontmatter } from '../lib/content/frontmatter';
import { listMarkdownFiles } from '../lib/content/read-markdown';

const MODULE_ID = 'virtual:bz-content-images';
const RESOLVED_ID = `\0${MODULE_ID}`;
const RASTER = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/** Photo paths (relative to images/) that the people's front matter names and that exist. */
export function namedPhotos(contentRoot: string): string[] {
  const dir = path.join(contentRoot, 'people');
  if (!fs.existsSync(dir)) return [];
  const photos = new Set<string>();
  for (const file of listMarkdownFiles(dir)) {
    const { frontmatter } = splitFrontmatter(fs.readFileSync(file, 'utf8'));
    if (frontmatter === undefined || !mayNameKeys(frontmatter, ['photo'])) continue;
    let photo: unknown;
    try {
      photo = (parse(frontmatter ?? '') as { photo?: unknown } | null)?.photo;
    } catch {
      continue; // validate reports broken front matter
    }
    if (typeof photo !== 'string' || !RASTER.test(photo)) continue;
    const full = path.resolve(contentRoot, 'images', photo);
    if (full.startsWith(path.resolve(contentRoot, 'images') + path.sep) && fs.existsSync(full)) photos.add(photo);
  }
  return [...photos].sort();
}

export default function contentImages(contentRoot: string): AstroIntegration {
  return {
    name: 'bz-content-images',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({
          vite: {
            // The dev server may serve photos from a content root outside the project.
            server: { fs: { allow: [fileURLToPath(config.root), path.join(contentRoot, 'images')] } },
            plugins: [
              {
                name: 'bz-content-images',
                resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
                load(id) {
                  if (id !== RESOLVED_ID) return undefined;
                  const entries = namedPhotos(contentRoot).map((photo) => {
                    const full = path.resolve(contentRoot, 'images', photo);
                    this.addWatchFile(full);
                    return `  ${JSON.stringify(photo)}: () => import(${JSON.stringify(full)}),`;
                  });
                  return `export default {\n${entries.join('\n')}\n};\n`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
