/**
 * /sites/near.json: what the 「查找离我最近的阵地」 finder fetches when, and only when, it is
 * pressed. Every site with coordinates, as arrays (no repeated keys) with opening hours in a
 * shared table, so the file stays small at the seed's 1,444 sites.
 */
import { parseHours } from '../hours/parse';
import { encodeHours } from '../hours/code';
import { joinTimeRanges } from '../no-break';
import { parsePhones } from '../phone';
import { addressWithTownship, type SiteLike } from './directory';

/**
 * [id, name, lat, lng, address, phone as shown ("" when none), hours row (-1 when none), services
 * joined by 、, the `tel:` link of its first number ("" when none), made by src/lib/phone.ts].
 */
export type NearSite = [string, string, number, number, string, string, number, string, string];

/** The datum of every coordinate the site publishes: what phones report, not the GCJ-02 of 高德 or the BD-09 of 百度. */
export const DATUM = 'WGS-84';

export interface NearData {
  /** The coordinates' datum, said in the file so whoever reuses it need not guess. */
  datum: typeof DATUM;
  /** [the editor's text (time ranges kept on one line), its code (code.ts), "" when it cannot be read]. */
  hours: Array<[string, string]>;
  sites: NearSite[];
}

/** Four decimals of a degree: about 11 m, finer than any distance the finder shows. */
const round = (deg: number) => Math.round(deg * 1e4) / 1e4;

/** `areaCode` (site.yaml's) completes local numbers as on the directory's pages. */
export function nearData(sites: readonly SiteLike[], areaCode?: string): NearData {
  const hours: Array<[string, string]> = [];
  const row = new Map<string, number>();
  const hoursRow = (text: string | undefined) => {
    if (!text) return -1;
    if (!row.has(text)) {
      const parsed = parseHours(text);
      row.set(text, hours.push([joinTimeRanges(text), parsed ? encodeHours(parsed) : '']) - 1);
    }
    return row.get(text)!;
  };
  return {
    datum: DATUM,
    hours,
    sites: sites
      .filter((s) => s.data.lat !== undefined && s.data.lng !== undefined)
      .map(({ id, data: d }) => {
        const phones = parsePhones(d.phone ?? '', areaCode).numbers;
        return [
          id,
          d.name,
          round(d.lat!),
          round(d.lng!),
          addressWithTownship(d),
          phones.map((n) => `${n.label ?? ''}${n.text}`).join('、'),
          hoursRow(d.hours),
          d.services.join('、'),
          phones[0]?.href ?? '',
        ];
      }),
  };
}
