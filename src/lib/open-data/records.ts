/**
 * Turns validated entries into published open-data items, field for field as in the dictionary.
 * Takes plain schema data (not Astro entries) so the tests can build the expected items from the
 * same content root with `validateContent`.
 */
import type { Person } from '../schemas/person';
import type { PracticeSite } from '../schemas/practice-site';
import { DATUM } from '../sites/near-data';
import type { Release } from '../schemas/release';
import { absoluteFileAddress } from '../attachments';
import { periodStart } from '../dates';
import type { DataRecord } from './fields';

export interface RecordContext {
  /** site.yaml `url`, the base of every published address. */
  siteUrl: string;
  /** site.yaml `publisher`, the default issuer of releases. */
  publisher: string;
}

const address = (ctx: RecordContext, pathname: string) => new URL(pathname, ctx.siteUrl).href;

export function releaseRecord(id: string, r: Release, summary: string, ctx: RecordContext): DataRecord<'releases'> {
  return {
    id,
    title: r.title,
    date: r.date,
    updated: r.updated ?? null,
    publisher: r.publisher ?? ctx.publisher,
    summary,
    topics: r.topics,
    people: r.people,
    attachments: r.attachments.map((a) => ({ title: a.title, url: absoluteFileAddress(ctx.siteUrl, a.file) })),
    url: address(ctx, `/releases/${id}/`),
  };
}

export function personRecord(id: string, p: Person, ctx: RecordContext): DataRecord<'people'> {
  // photo, photoAlt, consent and sample stay out: not published as data (see fields.ts).
  const honors = [...p.honors].sort((a, b) => periodStart(a.period).localeCompare(periodStart(b.period)));
  return {
    id,
    name: p.name,
    group: p.group,
    category: p.category,
    county: p.county,
    township: p.township ?? null,
    honors: honors.map((h) => ({ title: h.title, period: h.period })),
    summary: p.summary,
    url: address(ctx, `/people/${id}/`),
  };
}

export function practiceSiteRecord(s: PracticeSite, ctx: RecordContext): DataRecord<'practiceSites'> {
  return {
    id: s.id,
    name: s.name,
    level: s.level,
    parent: s.parent ?? null,
    county: s.county,
    township: s.township ?? null,
    address: s.address,
    phone: s.phone ?? null,
    hours: s.hours ?? null,
    services: s.services,
    lat: s.lat ?? null,
    lng: s.lng ?? null,
    datum: s.lat !== undefined ? DATUM : null,
    url: address(ctx, `/sites/${s.id}/`),
  };
}
