/**
 * URL ids of the counties in site.yaml: /sites/<county-id>/ and /people/county/<county-id>/.
 * The four counties of 亳州 have short, familiar ids; any other county gets its pinyin.
 * A practice site may not take a county id, since both live under /sites/ (validate refuses it).
 */
import { pinyinId } from './ids';

export const COUNTY_IDS: Readonly<Record<string, string>> = {
  谯城区: 'qiaocheng',
  涡阳县: 'guoyang',
  蒙城县: 'mengcheng',
  利辛县: 'lixin',
};

/** `谯城区` → `qiaocheng`; an unknown county → its pinyin, e.g. `杨柳区` → `yang-liu-qu`. */
export function countyId(county: string): string {
  return COUNTY_IDS[county] ?? pinyinId(county);
}
