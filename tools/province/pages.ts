/**
 * The province site's two pages as HTML: the index of the cities (name, link to the city's own
 * site, counts from its build) and the province-wide search. Same tokens and base styles as the
 * cities' sites (province.css), the same 大字 / 高对比 switch (the mode script, allowed by its hash)
 * and the same Content-Security-Policy (src/lib/security/csp.ts): WebAssembly on /search/ only.
 * No other inline script, no inline style: the search page's script is a file.
 */
import { contentSecurityPolicy } from '../../src/lib/security/csp';
import { MODE_SCRIPT } from '../../src/lib/security/mode-script';
import { BUNDLE_PATH, FILTER_KEYS, SEARCH_TYPES, UNVERSIONED } from '../../src/lib/search/bundle';
import { t } from '../../src/lib/strings';
import type { CityStats } from './city-stats';
import type { ProvinceCity, ProvinceConfig } from './config';
import { pt } from './strings';

export const CSS_FILE = '/assets/province.css';
export const SEARCH_SCRIPT = '/assets/province-search.js';
/** The filter each city's merged index adds to its results (Pagefind's mergeFilter). */
export const CITY_FILTER = '城市';
/** Where the province serves a city's copy of its search bundle. */
export const cityBundle = (code: string) => `/cities/${code}${BUNDLE_PATH}`;

export interface CityEntry extends ProvinceCity {
  stats: CityStats;
}

/** Text and double-quoted attribute values. */
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function layout(
  config: ProvinceConfig,
  o: { path: string; title: string; description: string; main: string; head?: string },
): string {
  const title = o.path === '/' ? config.name : `${o.title} - ${config.name}`;
  const current = (p: string) => (p === o.path ? ' aria-current="page"' : '');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escape(contentSecurityPolicy(o.path))}">
<title>${escape(title)}</title>
<meta name="description" content="${escape(o.description)}">
<link rel="canonical" href="${escape(new URL(o.path, config.url).href)}">
<link rel="stylesheet" href="${CSS_FILE}">
<script>${MODE_SCRIPT}</script>
${o.head ?? ''}</head>
<body>
<a class="bz-skip-link" href="#main">${t('site.skipLink')}</a>
<header class="bz-province-header">
<div class="bz-container">
<p class="bz-province-header__name"><a href="/">${escape(config.name)}</a></p>
<div class="bz-modes" role="group" aria-label="${t('modes.label')}">
<button type="button" data-bz-mode="large" aria-pressed="false">${t('modes.large')}</button>
<button type="button" data-bz-mode="contrast" aria-pressed="false">${t('modes.contrast')}</button>
</div>
<nav aria-label="${pt('nav')}"><ul>
<li><a href="/"${current('/')}>${pt('home')}</a></li>
<li><a href="/search/"${current('/search/')}>${pt('search')}</a></li>
</ul></nav>
</div>
</header>
<main id="main" class="bz-container" tabindex="-1">
${o.main}
</main>
<footer class="bz-province-footer">
<div class="bz-container">
<p>${escape(pt('footer', { publisher: config.publisher }))}</p>
<p>${pt('sample')}</p>
</div>
</footer>
</body>
</html>
`;
}

const cityLink = (c: ProvinceCity) => `<a href="${escape(c.url)}/">${escape(c.name)}</a>`;

export function indexPage(config: ProvinceConfig, cities: CityEntry[]): string {
  const sum = (k: 'people' | 'releases' | 'sites') => cities.reduce((n, c) => n + c.stats[k], 0);
  const rows = cities
    .map(
      (c) =>
        `<tr><th scope="row">${cityLink(c)}</th><td>${c.stats.people}</td><td>${c.stats.releases}</td><td>${c.stats.sites}</td></tr>`,
    )
    .join('\n');
  const main = `<h1>${escape(config.name)}</h1>
<p class="bz-lead">${escape(pt('lead', { count: cities.length }))}</p>
<form class="bz-province-search" role="search" action="/search/" method="get">
<label for="bz-province-q">${pt('search')}</label>
<div class="bz-province-search__row">
<input id="bz-province-q" name="q" type="search" autocomplete="off">
<button type="submit">${t('search.submit')}</button>
</div>
</form>
<div class="bz-table-wrap">
<table class="bz-province-cities">
<caption>${pt('tableCaption')}</caption>
<thead><tr><th scope="col">${pt('city')}</th><th scope="col">${pt('people')}</th><th scope="col">${pt('releases')}</th><th scope="col">${pt('sites')}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row">${pt('total')}</th><td>${sum('people')}</td><td>${sum('releases')}</td><td>${sum('sites')}</td></tr></tfoot>
</table>
</div>`;
  return layout(config, { path: '/', title: config.name, description: pt('lead', { count: cities.length }), main });
}

const options = (values: readonly string[]) =>
  [
    `<option value="">${t('searchPage.all')}</option>`,
    ...values.map((v) => `<option value="${escape(v)}">${escape(v)}</option>`),
  ].join('');

/**
 * The province's search page. `tags`: each city's entry tag (versioned-bundle.ts), so that its
 * entry, like the rest of its bundle, is kept without asking the server again. The preload links
 * name the province's own bundle unversioned; assemble.ts versions them as the city build does.
 */
export function searchPage(config: ProvinceConfig, cities: ProvinceCity[], tags: Record<string, string>): string {
  const messages = {
    busy: t('searchPage.busy'),
    count: t('searchPage.count'),
    empty: t('searchPage.empty'),
    none: t('searchPage.none'),
    error: t('searchPage.error'),
    more: t('searchPage.more'),
  };
  const indexes = cities.map((c) => ({ name: c.name, url: c.url, bundle: cityBundle(c.code), tag: tags[c.code] }));
  const main = `<h1>${pt('searchTitle')}</h1>
<p class="bz-lead">${escape(pt('searchLead', { count: cities.length }))}</p>
<form class="bz-province-search" role="search" action="/search/" method="get" data-search-form data-messages="${escape(JSON.stringify(messages))}" data-cities="${escape(JSON.stringify(indexes))}">
<label for="bz-province-q">${t('searchPage.label')}</label>
<p id="bz-province-hint" class="bz-province-search__hint">${t('searchPage.hint')}</p>
<div class="bz-province-search__row">
<input id="bz-province-q" name="q" type="search" autocomplete="off" aria-describedby="bz-province-hint">
<button type="submit">${t('search.submit')}</button>
</div>
<div class="bz-province-search__filters">
<p><label for="bz-province-city">${pt('cityFilter')}</label>
<select id="bz-province-city" name="${CITY_FILTER}" data-filter>${options(cities.map((c) => c.name))}</select></p>
<p><label for="bz-province-type">${pt('typeFilter')}</label>
<select id="bz-province-type" name="${FILTER_KEYS.type}" data-filter>${options(SEARCH_TYPES)}</select></p>
</div>
</form>
<noscript><p>${pt('noscript')}</p><ul>${cities.map((c) => `<li>${cityLink(c)}</li>`).join('')}</ul></noscript>
<div class="bz-province-results" data-search-status="idle">
<p id="bz-province-status" class="bz-province-results__status" role="status" aria-live="polite" aria-atomic="true"></p>
<ol class="bz-province-results__list" data-search-list></ol>
<button type="button" class="bz-province-results__more" data-search-more hidden>${t('searchPage.more')}</button>
</div>
<script type="module" src="${SEARCH_SCRIPT}"></script>`;
  const head = `<link rel="modulepreload" href="${BUNDLE_PATH}${UNVERSIONED.script}" data-pagefind-script>
<link rel="preload" as="fetch" crossorigin="anonymous" href="${BUNDLE_PATH}${UNVERSIONED.entry}" data-pagefind-entry>
<link rel="preload" as="fetch" crossorigin="anonymous" href="${BUNDLE_PATH}${UNVERSIONED.wasm}">
`;
  return layout(config, {
    path: '/search/',
    title: pt('searchTitle'),
    description: pt('searchDescription', { site: config.name, count: cities.length }),
    main,
    head,
  });
}
