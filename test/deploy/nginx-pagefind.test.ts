/**
 * deploy/nginx.conf's /pagefind/ location in Debian's nginx: the search index's files named by a
 * hash of their content (Pagefind's, and the script and WebAssembly the build names so) and the
 * entry asked for with its tag are cached for a year as immutable, every other file is checked each
 * time; and a name that nginx calls immutable never carries other bytes in a later build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_PATH } from '../../src/lib/search/bundle';
import { VERSIONED_NAME, versionedNames } from '../../src/lib/search/versioned-bundle';
import { writeSearchIndex } from '../../src/lib/search/write-index';
import { validateContent } from '../../src/lib/validate';
import { serveWithNginx, type NginxServer } from '../../tools/lib/nginx';
import { cityBundle } from '../../tools/province/pages';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-nginx-pagefind-'));
fs.chmodSync(parent, 0o755);
const dist = path.join(parent, 'dist');
const later = path.join(parent, 'later');
let nginx: NginxServer;

const files = (root: string) =>
  fs
    .readdirSync(path.join(root, BUNDLE_PATH), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(path.join(root, BUNDLE_PATH), path.join(e.parentPath, e.name)));
const entry = (root: string) => fs.readFileSync(path.join(root, BUNDLE_PATH, 'pagefind-entry.json'), 'utf8');
const cacheControl = async (file: string, bundle = BUNDLE_PATH) =>
  (await fetch(`${nginx.url}${bundle}${file}`)).headers.get('cache-control');
/** Where a province's site keeps a city's index (tools/province/pages.ts). */
const CITY_BUNDLE = cityBundle('340100');

beforeAll(async () => {
  const content = validateContent(path.resolve('test/fixtures/search')).content!;
  await writeSearchIndex(content, dist);
  // A later build: one person less, one release retitled.
  await writeSearchIndex(
    {
      ...content,
      people: content.people.slice(1),
      releases: content.releases.map((r, i) => (i ? r : { ...r, data: { ...r.data, title: `${r.data.title}（更新）` } })),
    },
    later,
  );
  // A province's site holds a city's index under /cities/<code>/pagefind/: the same files there.
  fs.cpSync(path.join(dist, BUNDLE_PATH), path.join(dist, CITY_BUNDLE), { recursive: true });
  // The rest of a site, as nginx expects it: a home page and the 404 page.
  for (const page of ['index.html', '404.html']) fs.writeFileSync(path.join(dist, page), '<!doctype html><title>-</title>');
  for (const d of [parent, dist, later]) fs.chmodSync(d, 0o755);
  nginx = await serveWithNginx(dist);
}, 120_000);

afterAll(async () => {
  await nginx?.close();
  fs.rmSync(parent, { recursive: true, force: true });
});

describe("Pagefind's files behind nginx", () => {
  it('serves the files named by their content as immutable for a year, and checks the two fixed names every time', async () => {
    const fixed: string[] = [];
    for (const file of files(dist)) {
      const value = await cacheControl(file);
      if (value === IMMUTABLE)
        expect(file, file).toMatch(
          /_[0-9a-f]{7,}\.pf_(?:index|fragment|filter|meta)$|^(?:pagefind_[0-9a-f]{12}\.js|wasm\.[a-z-]+_[0-9a-f]{12}\.pagefind)$/,
        );
      else {
        expect(value, file).toBe('no-cache');
        fixed.push(file);
      }
    }
    expect(fixed.sort()).toEqual(['pagefind-entry.json', 'pagefind.js']);
    expect(files(dist).filter((f) => VERSIONED_NAME.test(f))).toHaveLength(2);
  });

  it('keeps the entry a year when asked for with its tag, and checks it every time when asked for otherwise', async () => {
    const { tag } = versionedNames(entry(dist));
    expect(await cacheControl(`pagefind-entry.json?ts=${tag}`)).toBe(IMMUTABLE);
    for (const other of ['', '?ts=entry', '?ts=1765000000000', `?ts=${tag}0`])
      expect(await cacheControl(`pagefind-entry.json${other}`), other).toBe('no-cache');
  });

  it('never gives a name it calls immutable other bytes in a later build, and changes the entry file that points to them', async () => {
    const before = new Set(files(dist));
    let shared = 0;
    for (const file of files(later)) {
      if (!before.has(file) || (await cacheControl(file)) !== IMMUTABLE) continue;
      shared++;
      expect(
        fs.readFileSync(path.join(later, BUNDLE_PATH, file)).equals(fs.readFileSync(path.join(dist, BUNDLE_PATH, file))),
        file,
      ).toBe(true);
    }
    expect(shared).toBeGreaterThan(0);
    expect(entry(later)).not.toBe(entry(dist));
    expect(versionedNames(entry(later)).tag).not.toBe(versionedNames(entry(dist)).tag);
  });

  it("gives a city's index on a province's site, under /cities/<code>/pagefind/, the same policy", async () => {
    for (const file of files(dist)) expect(await cacheControl(file, CITY_BUNDLE), file).toBe(await cacheControl(file));
    const { tag } = versionedNames(entry(dist));
    expect(await cacheControl(`pagefind-entry.json?ts=${tag}`, CITY_BUNDLE)).toBe(IMMUTABLE);
    expect(await cacheControl('pagefind-entry.json?ts=0', CITY_BUNDLE)).toBe('no-cache');
  });

  it('sends the security headers and compresses pagefind.js there too', async () => {
    const r = await fetch(`${nginx.url}${BUNDLE_PATH}pagefind.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(r.headers.get('content-encoding')).toBe('gzip');
    expect(r.headers.get('content-type')).toMatch(/javascript/);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${nginx.url}${BUNDLE_PATH}fragment/und_0000000.pf_fragment`)).status).toBe(404);
    expect(nginx.errorLog()).not.toMatch(/\[(warn|crit|alert|emerg)\]/);
  });
});
