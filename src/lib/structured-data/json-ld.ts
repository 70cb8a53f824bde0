/**
 * schema.org JSON-LD for search engines: the publisher on every page, and one node for a release,
 * a 好人 profile or a practice site. Only fields the page itself shows are used. Plain functions
 * over schema data, so the tests can check them without a build. Typed with schema-dts, so a
 * misspelt property or a value of the wrong kind fails the type check.
 */
import type {
  BreadcrumbList,
  CivicStructure,
  GovernmentOrganization,
  NewsArticle,
  Organization,
  Person as PersonNode,
  PostalAddress,
  Thing,
  WithContext,
} from 'schema-dts';
import { isoDateTime } from '../feeds/rfc822';
import { formatPeriod } from '../dates';
import type { Person } from '../schemas/person';
import type { PracticeSite } from '../schemas/practice-site';
import type { Release } from '../schemas/release';
import type { Site } from '../schemas/site';
import { SHARE_IMAGE } from '../share/images';

export type JsonLd = WithContext<Thing>;

const CONTEXT = 'https://schema.org' as const;
const at = (site: Site, pathname: string) => new URL(pathname, site.url).href;
/** The publisher's node id, so other nodes can point at it instead of repeating it. */
export const publisherId = (site: Site) => at(site, '/#publisher');

export function publisherLd(site: Site): WithContext<GovernmentOrganization> {
  return {
    '@context': CONTEXT,
    '@type': 'GovernmentOrganization',
    '@id': publisherId(site),
    name: site.publisher,
    url: at(site, '/'),
    address: { '@type': 'PostalAddress', streetAddress: site.address, addressCountry: 'CN' },
    telephone: site.phone,
    email: site.email,
  };
}

export function newsArticleLd(site: Site, id: string, r: Release, summary: string): WithContext<NewsArticle> {
  const publisher: GovernmentOrganization = {
    '@type': 'GovernmentOrganization',
    '@id': publisherId(site),
    name: site.publisher,
    url: at(site, '/'),
  };
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: r.title,
    description: summary,
    datePublished: isoDateTime(r.date),
    dateModified: isoDateTime(r.updated ?? r.date),
    inLanguage: 'zh-CN',
    url: at(site, `/releases/${id}/`),
    mainEntityOfPage: at(site, `/releases/${id}/`),
    image: [at(site, SHARE_IMAGE.path)],
    author: r.publisher && r.publisher !== site.publisher ? { '@type': 'GovernmentOrganization', name: r.publisher } : publisher,
    publisher,
    ...(r.topics.length > 0 && { keywords: r.topics.join(',') }),
  };
}

/** A person, or an Organization for a team (集体): schema.org has no "group of people" Person. */
export function personLd(site: Site, id: string, p: Person): WithContext<PersonNode | Organization> {
  const common = {
    '@context': CONTEXT,
    name: p.name,
    description: p.summary,
    url: at(site, `/people/${id}/`),
    award: p.honors.map((h) => `${formatPeriod(h.period)} ${h.title}`),
  };
  const place = { '@type': 'Place' as const, address: postalAddress(p.county, p.township) };
  return p.group
    ? { ...common, '@type': 'Organization', location: place }
    : { ...common, '@type': 'Person', homeLocation: place };
}

function postalAddress(region: string, locality: string | undefined, street?: string): PostalAddress {
  return {
    '@type': 'PostalAddress',
    ...(street && { streetAddress: street }),
    addressRegion: region,
    ...(locality && { addressLocality: locality }),
    addressCountry: 'CN',
  };
}

/** A practice site: schema.org's CivicStructure, itself a kind of Place. */
export function practiceSiteLd(site: Site, s: PracticeSite): WithContext<CivicStructure> {
  return {
    '@context': CONTEXT,
    '@type': 'CivicStructure',
    name: s.name,
    url: at(site, `/sites/${s.id}/`),
    address: postalAddress(s.county, s.township, s.address),
    ...(s.phone && { telephone: s.phone }),
    ...(s.services.length > 0 && { description: s.services.join('、') }),
    ...(s.lat !== undefined && s.lng !== undefined && { geo: { '@type': 'GeoCoordinates', latitude: s.lat, longitude: s.lng } }),
    ...(s.parent && { containedInPlace: { '@type': 'CivicStructure', url: at(site, `/sites/${s.parent}/`) } }),
  };
}

/** The trail of a visible breadcrumb, each step `{name, path}`; the last one is the page itself. */
export function breadcrumbLd(site: Site, trail: { name: string; path: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: step.name,
      item: at(site, step.path),
    })),
  };
}
