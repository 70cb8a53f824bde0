/**
 * Assembles the province site from the cities' builds (the `province` job): each city's search
 * bundle copied under /cities/<code>/pagefind/ (same origin: no CORS, and the search page's
 * `connect-src 'self'` holds), a small index of the cities themselves as the search's primary
 * index (Pagefind's mergeIndex needs one to merge into; nothing of the cities' content is indexed
 * again), the index and search pages, their stylesheet and script. Writes into a folder beside
 * `out` and swaps it in when everything is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { build } from 'vite';
import { BUNDLE_PATH, FILTER_KEYS, RECORD_LANGUAGE } from '../../src/lib/search/bundle';
import { segment } from '../../src/lib/search/segment';
import { versionedNames, versionSearchPage } from '../../src/lib/search/versioned-bundle';
import { writeBundle } from '../../src/lib/search/write-index';
import { readCityStats } from './city-stats';
import type { ProvinceConfig } from './config';
import { CITY_FILTER, CSS_FILE, SEARCH_SCRIPT, cityBundle, indexPage, searchPage, type CityEntry } from './pages';
import { pt } from './strings';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const STYLES = path.resolve(HERE, '../../src/styles');
/** Pagefind's own UIs and worker: neither page loads them. */
const UNUSED = /^pagefind-(?:component-ui|modular-ui|ui|highlight|worker)\.(?:js|css)$/;

export interface AssembleResult {
  cities: CityEntry[];
  out: string;
}

/** The province's primary index: one record per city, linking to the city's own site. */
async function writeCityIndex(config: ProvinceConfig, dir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ writePlayground: false });
  if (!index) throw new Error(`Pagefind 启动失败：${errors.join('；')}`);
  try {
    for (const c of config.cities) {
      const added = await index.addCustomRecord({
        url: `${c.url}/`,
        content: segment(`${c.name}文明网 ${c.name}`),
        language: RECORD_LANGUAGE,
        meta: { title: segment(`${c.name}文明网`) },
        filters: { [FILTER_KEYS.type]: [pt('cityType')], [CITY_FILTER]: [c.name] },
        sort: { date: '00000000' },
      });
      if (added.errors.length) throw new Error(`Pagefind 索引失败：${added.errors.join('；')}`);
    }
    await writeBundle(index, dir);
  } finally {
    await pagefind.close();
  }
}

const entryOf = (bundle: string) => fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8');

/** tokens.css and global.css as the cities' sites have them, then the province's own rules. */
function stylesheet(): string {
  const global = fs.readFileSync(path.join(STYLES, 'global.css'), 'utf8').replace(/^@import .*\n/m, '');
  return [
    fs.readFileSync(path.join(STYLES, 'tokens.css'), 'utf8'),
    global,
    fs.readFileSync(path.join(HERE, 'province.css'), 'utf8'),
  ].join('\n');
}

async function bundleScript(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      // Library mode keeps whitespace for the sake of pure annotations; this page's script has none to keep.
      rolldownOptions: { output: { minify: true } },
      lib: { entry: path.join(HERE, 'search-client.ts'), formats: ['es'], fileName: () => path.basename(SEARCH_SCRIPT) },
    },
  });
}

export async function assembleProvince(config: ProvinceConfig, sitesDir: string, out: string): Promise<AssembleResult> {
  const cities: CityEntry[] = config.cities.map((c) => ({ ...c, stats: readCityStats(path.join(sitesDir, c.code), c.code) }));
  const work = `${out}.work`;
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const tags: Record<string, string> = {};
  for (const c of cities) {
    const from = path.join(sitesDir, c.code, BUNDLE_PATH);
    fs.cpSync(from, path.join(work, cityBundle(c.code)), { recursive: true, filter: (f) => !UNUSED.test(path.basename(f)) });
    tags[c.code] = versionedNames(entryOf(from)).tag;
  }
  await writeCityIndex(config, path.join(work, BUNDLE_PATH));
  const assets = path.join(work, path.dirname(CSS_FILE));
  fs.mkdirSync(assets, { recursive: true });
  fs.writeFileSync(path.join(work, CSS_FILE), stylesheet());
  await bundleScript(path.join(work, path.dirname(SEARCH_SCRIPT)));
  fs.writeFileSync(path.join(work, 'index.html'), indexPage(config, cities));
  fs.mkdirSync(path.join(work, 'search'));
  const search = searchPage(config, cities, tags);
  fs.writeFileSync(
    path.join(work, 'search/index.html'),
    versionSearchPage(search, BUNDLE_PATH, entryOf(path.join(work, BUNDLE_PATH))),
  );
  fs.writeFileSync(
    path.join(work, 'province.json'),
    `${JSON.stringify({ name: config.name, cities: cities.map(({ code, name, url, stats }) => ({ code, name, url, ...stats })) }, null, 2)}\n`,
  );
  fs.rmSync(out, { recursive: true, force: true });
  fs.renameSync(work, out);
  return { cities, out };
}
