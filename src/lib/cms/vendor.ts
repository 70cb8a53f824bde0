/**
 * Sveltia CMS, served from node_modules with nothing fetched from another origin. Its bundle loads
 * its translations and the update check from unpkg and three web fonts (UI text, icons, code)
 * from jsDelivr; the served bundle has those two origins rewritten to /vendor/…, which this file
 * maps to the same files in npm packages installed with the project. Features that would still
 * reach out (syntax highlighting of code blocks, maps, stock photos, translation) are off or
 * unused in cms/config.yml, and the page's Content-Security-Policy blocks any other origin.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
/** A package's folder (these packages export no package.json, so it is found on the resolve paths). */
function installedPackageDir(name: string, first: string[] = []): string | undefined {
  return [...first, ...(require.resolve.paths(name) ?? [])]
    .map((dir) => path.join(dir, name))
    .find((dir) => fs.existsSync(path.join(dir, 'package.json')));
}

function packageDir(name: string): string {
  const found = installedPackageDir(name);
  if (!found) throw new Error(`${name} is not installed: run npm ci`);
  return found;
}

/** The CDN origins in the bundle and the local prefixes that replace them. */
export const CDN_REWRITES: ReadonlyArray<readonly [string, string]> = [
  ['https://unpkg.com/', '/vendor/unpkg/'],
  ['https://cdn.jsdelivr.net/', '/vendor/jsdelivr/'],
];

export const SVELTIA_DIR = packageDir('@sveltia/cms');

/** The bundle with its CDN addresses pointing at this server. */
export function sveltiaBundle(): string {
  let code = fs.readFileSync(path.join(SVELTIA_DIR, 'dist/sveltia-cms.js'), 'utf8');
  for (const [from, to] of CDN_REWRITES) code = code.replaceAll(from, to);
  return code;
}

const FONT = /^\/vendor\/jsdelivr\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[^/]+\/([a-z0-9-]+\.woff2)$/;
const FONT_PACKAGES: Record<string, string> = {
  'material-symbols-outlined': '@fontsource-variable/material-symbols-outlined',
  'source-sans-3': '@fontsource-variable/source-sans-3',
  'noto-mono': '@fontsource/noto-mono',
};

/** The local file for a /vendor/… path, or undefined when the CMS asked for something not shipped. */
export function vendorFile(pathname: string): string | undefined {
  if (pathname === '/vendor/unpkg/@sveltia/cms/package.json') return path.join(SVELTIA_DIR, 'package.json');
  const locale = /^\/vendor\/unpkg\/@sveltia\/cms@[^/]+\/locales\/([A-Za-z-]+\.json)$/.exec(pathname);
  if (locale) return path.join(SVELTIA_DIR, 'locales', locale[1]!);
  const font = FONT.exec(pathname);
  const pkg = font && FONT_PACKAGES[font[1]!];
  if (pkg) return path.join(packageDir(pkg), 'files', `${font[1]}-${font[2]}`);
  // Modules Sveltia loads when a feature is first used (svgo, leaflet…): the copy npm installed with it.
  const module = /^\/vendor\/unpkg\/((?:@[a-z0-9-]+\/)?[a-z0-9.-]+)(?:@[^/]+)?\/(.+)$/.exec(pathname);
  if (module && !module[2]!.split('/').includes('..')) {
    const dir = installedPackageDir(module[1]!, [path.join(SVELTIA_DIR, 'node_modules')]);
    if (dir) return path.join(dir, module[2]!);
  }
  return undefined;
}
