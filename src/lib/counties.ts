/**
 * URL ids of the counties in site.yaml: /sites/<county-id>/ and /people/county/<county-id>/.
 * The pinyin of the county's name without 区/县/市 (颍州区 → yingzhou, 界首市 → jieshou), unless
 * site.yaml's countyIds gives the id (for a polyphone the pinyin library reads wrongly).
 * A practice site may not take a county id, since both live under /sites/ (validate refuses it).
 */
import { countyStem, placeSlug } from './place-names';

export interface CountyIdOverride {
  county: string;
  id: string;
}

/** `颍州区` → `yingzhou`; a county listed in `overrides` → the id given there. */
export function countyId(county: string, overrides: readonly CountyIdOverride[] = []): string {
  return overrides.find((o) => o.county === county)?.id ?? placeSlug(countyStem(county));
}
