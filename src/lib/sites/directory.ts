/**
 * The directory as citizens look for it: per county, its 中心 and its 乡镇/街道, each township
 * being a 所 with its 站 (the seed's 96 所 are the city's 96 乡镇/街道). Plain data for pages and tests.
 */
import type { PracticeSite } from '../schemas';

export interface SiteLike {
  id: string;
  data: PracticeSite;
}

export interface Township<S extends SiteLike = SiteLike> {
  /** The 所 whose page is the township's page. */
  institute: S;
  /** 乡镇/街道 as written, or the 所's name without county and suffix. */
  name: string;
  stations: S[];
}

export interface CountyDirectory<S extends SiteLike = SiteLike> {
  county: string;
  centres: S[];
  townships: Array<Township<S>>;
  /** Every site of the county, in file order. */
  all: S[];
}

/** 「××区××镇新时代文明实践所」 → 「××镇」 when the 乡镇/街道 column is empty. */
export function townshipName(site: PracticeSite): string {
  return site.township ?? site.name.replace(site.county, '').replace(/新时代文明实践所$/, '');
}

export function countyDirectory<S extends SiteLike>(sites: readonly S[], county: string): CountyDirectory<S> {
  const all = sites.filter((s) => s.data.county === county);
  const stationsOf = new Map<string, S[]>();
  for (const s of all)
    if (s.data.level === '站' && s.data.parent) stationsOf.set(s.data.parent, [...(stationsOf.get(s.data.parent) ?? []), s]);
  return {
    county,
    centres: all.filter((s) => s.data.level === '中心'),
    townships: all
      .filter((s) => s.data.level === '所')
      .map((institute) => ({ institute, name: townshipName(institute.data), stations: stationsOf.get(institute.id) ?? [] })),
    all,
  };
}

/** The page where a site's row is: a 站's 所, else the site itself. */
export const homePage = (site: SiteLike) => (site.data.level === '站' && site.data.parent ? site.data.parent : site.id);

/** The address with its 乡镇/街道 in front, unless the address already starts with it. */
export const addressWithTownship = (d: PracticeSite) =>
  d.township && !d.address.startsWith(d.township) ? `${d.township}${d.address}` : d.address;

/** The address with county and 乡镇/街道 in front, each unless the address already starts with it. */
export const fullAddress = (d: PracticeSite) => {
  const rest = addressWithTownship(d);
  return rest.startsWith(d.county) ? rest : `${d.county}${rest}`;
};
