/**
 * Warnings for coordinates that cannot be right for their row, found by distance alone (no
 * boundary data): latitude and longitude swapped; far outside the area the city's sites cover
 * (the city's extent, estimated from the sites themselves); or far from the other sites of its
 * own 乡镇/街道 and from its 所. Each names the CSV row and says what to check.
 */
import { distance } from '../sites/browser-finder';
import type { PracticeSite } from '../schemas/practice-site';
import type { Entry } from './schema-check';
import type { Problem } from './problem';

type Site = Entry<PracticeSite>;
interface Point {
  lat: number;
  lng: number;
}

/** Below these, a township or a city is too small to call anything an outlier. */
const MIN_GROUP = 4;
const km = (a: Point, b: Point) => distance(a.lat, a.lng, b.lat, b.lng) / 1000;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const centreOf = (ps: Point[]): Point => ({ lat: median(ps.map((p) => p.lat)), lng: median(ps.map((p) => p.lng)) });
const percentile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)]!;
const round = (x: number) => (x >= 10 ? Math.round(x) : Math.round(x * 10) / 10);

/** China's extent: a latitude above it and a longitude below it is a swapped pair. */
const CHINA = { maxLat: 53.6, minLng: 73.4 } as const;

function warn(s: Site, message: string): Problem {
  return { severity: 'warning', code: 'coordinates-implausible', file: s.file, line: s.lineOf(['lat']), field: 'lat', message };
}

export function checkSiteCoordinates(sites: readonly Site[], problems: Problem[]): void {
  const located = sites.filter((s) => s.data.lat !== undefined && s.data.lng !== undefined);
  const at = (s: Site): Point => ({ lat: s.data.lat!, lng: s.data.lng! });
  const swapped = new Set(located.filter((s) => s.data.lat! > CHINA.maxLat && s.data.lng! < CHINA.minLng));
  for (const s of swapped)
    problems.push(
      warn(
        s,
        `「${s.data.name}」的纬度 ${s.data.lat}、经度 ${s.data.lng} 像是填反了：纬度（lat）应是较小的数（中国境内约 4–54），经度（lng）较大（约 73–135）。请对调这两列。`,
      ),
    );
  const usable = located.filter((s) => !swapped.has(s));
  if (usable.length < MIN_GROUP) return;
  // The city's extent: around the median of every site, a few times as wide as most sites spread.
  const centre = centreOf(usable.map(at));
  const reach = Math.max(
    80,
    2.5 *
      percentile(
        usable.map((s) => km(at(s), centre)),
        0.9,
      ),
  );
  const outside = new Set(usable.filter((s) => km(at(s), centre) > reach));
  for (const s of outside)
    problems.push(
      warn(
        s,
        `「${s.data.name}」的坐标离本市其他阵地的中心约 ${round(km(at(s), centre))} 公里，超出本市范围（约 ${round(reach)} 公里以内）。请核对经纬度，或留空。`,
      ),
    );
  const byId = new Map(usable.map((s) => [s.id, s]));
  const groups = new Map<string, Site[]>();
  for (const s of usable)
    if (s.data.township && !outside.has(s)) {
      const key = `${s.data.county}|${s.data.township}`;
      const list = groups.get(key);
      if (list) list.push(s);
      else groups.set(key, [s]);
    }
  for (const group of groups.values()) {
    if (group.length < MIN_GROUP) continue;
    // Medians of the whole township: one wrong site cannot move them far (computed once, so 10,000 rows stay quick).
    const c = centreOf(group.map(at));
    const spread = median(group.map((o) => km(at(o), c)));
    // An outlier: well beyond the township's own spread, and (when it has one) far from its 所 too.
    const limit = Math.max(10, 4 * spread);
    for (const s of group) {
      const far = km(at(s), c);
      if (far <= limit) continue;
      const parent = s.data.parent ? byId.get(s.data.parent) : undefined;
      const fromParent = parent?.data.level === '所' ? km(at(s), at(parent)) : undefined;
      if (fromParent !== undefined && fromParent <= limit) continue;
      const suo = fromParent !== undefined ? `，离所属的「${parent!.data.name}」约 ${round(fromParent)} 公里` : '';
      problems.push(
        warn(
          s,
          `「${s.data.name}」的坐标离${s.data.township}其他阵地约 ${round(far)} 公里${suo}，而该乡镇（街道）的阵地大多相距 ${round(spread)} 公里以内。请核对经纬度是否抄错，或留空。`,
        ),
      );
    }
  }
}
