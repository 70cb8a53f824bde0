/**
 * The sample directory: one 中心 per county at its seat, one 所 per official 乡镇/街道 (the seed's 96
 * at the seed's scale; fewer or repeated at other scales) scattered within
 * a disc round the seat, 站 round their 所, so the township index and the finder look as they
 * will with real rows. No boundary data: positions are only near the seats. Villages, addresses
 * and phone numbers are made up.
 */
import { officialTownships } from '../divisions/townships';
import type { SampleCity, SampleCounty } from './city';
import type { LngLat } from './layout';
import type { Random } from './random';
import { PLACE_FIRST, PLACE_SECOND, SERVICES } from './vocabulary';

type County = SampleCounty;
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

/** The official townships, the counties taken in turn, so any prefix covers every county. */
function townshipOrder(city: SampleCity): Array<{ county: County; name: string }> {
  const lists = city.counties.map((c) => ({ county: c, names: officialTownships(city.divisions).get(c.name) ?? [] }));
  const out: Array<{ county: County; name: string }> = [];
  for (let r = 0; out.length < lists.reduce((n, l) => n + l.names.length, 0); r++)
    for (const l of lists) if (r < l.names.length) out.push({ county: l.county, name: l.names[r]! });
  return out;
}

/** A random point within `km` of `around` (uniform over the disc). */
function pointNear(rng: Random, [lng, lat]: LngLat, km: number): LngLat {
  const r = km * Math.sqrt(rng.next());
  const a = rng.next() * 2 * Math.PI;
  return [lng + (r * Math.cos(a)) / (111.32 * Math.cos((lat * Math.PI) / 180)), lat + (r * Math.sin(a)) / 110.57];
}

const fixed = (p: LngLat) => ({ lng: p[0].toFixed(5), lat: p[1].toFixed(5) });

function services(rng: Random): string {
  const n = rng.int(2, 4);
  const out = new Set<string>();
  while (out.size < n) out.add(rng.pick(SERVICES));
  return [...out].join('、');
}

/** CSV rows (column → cell) and the townships made, for people's addresses. */
export function sampleSites(rng: Random, shape: { institutes: number; stations: number }, city: SampleCity) {
  const rows: Array<Record<string, string>> = [];
  const townships: SampleTownship[] = [];
  const where = new Map<string, LngLat>();
  const area = city.areaCode;
  for (const c of city.counties) {
    const seat = c.seat;
    rows.push({
      id: `${c.slug}-zhongxin`,
      name: `${c.name}新时代文明实践中心`,
      level: '中心',
      county: c.name,
      address: `${c.name}人民路${rng.int(1, 200)}号`,
      phone: `${area}-${rng.int(5000000, 5999999)}`,
      hours: rng.pick(HOURS.centre),
      services: '理论宣讲、志愿服务、文化活动',
      ...fixed(seat),
      sample: '1',
    });
  }
  const order = townshipOrder(city);
  if (order.length === 0) throw new Error(`${city.name}的区划数据中没有乡镇（街道），无法生成示例实践所。`);
  for (let i = 0; i < shape.institutes; i++) {
    const { county, name } = order[i % order.length]!;
    const again = Math.floor(i / order.length);
    const id = `${county.slug}-suo-${i + 1}`;
    // A township's second and later 所 (at scales above the seed's) stand near its first.
    const first = townships.find((t) => t.county === county && t.name === name);
    const p = first ? pointNear(rng, where.get(first.suo)!, 4) : pointNear(rng, county.seat, county.radius);
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
      phone: `${area}-${rng.int(6000000, 6999999)}`,
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
      phone: rng.chance(0.8) ? `${area}-${rng.int(7000000, 7999999)}` : '',
      hours: rng.pick(HOURS.station),
      services: services(rng),
      ...(rng.chance(0.75) ? fixed(pointNear(rng, where.get(town.suo)!, 5)) : {}),
      sample: '1',
    });
  }
  return { rows, townships };
}
