/**
 * npm run sample -- [--city CODE] --scale N --out DIR [--seed S] [--centre LNG,LAT] [--force]
 * Writes a deterministic synthetic content root of about N entries (all marked sample) for the
 * prefecture-level city CODE (its official counties and 乡镇/街道 from the division data package),
 * or without --city for the city of the content root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, displayPath } from '../src/lib/content/paths';
import { readDivisions } from '../src/lib/divisions/townships';
import { sampleCity, type SampleCity } from '../src/lib/sample/city';
import { contentRootCity, generateSampleRoot, sampleShape } from '../src/lib/sample/generate';
import { defaultCentre, parseCentre } from '../src/lib/sample/layout';
import { SAMPLE_PLACES } from '../tools/data/sample-places';
import { generateDivisions } from '../tools/lib/division-source';

const USAGE =
  '用法：npm run sample -- [--city 地级市区划代码，例如 341200] --scale 条目数（≥100） --out 输出文件夹 [--seed 种子] [--centre 经度,纬度] [--force]';

function main(): number {
  const { values } = parseArgs({
    options: {
      city: { type: 'string' },
      scale: { type: 'string', default: '2000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '2019' },
      centre: { type: 'string' },
      force: { type: 'boolean' },
    },
  });
  const scale = Number(values.scale);
  if (!values.out || !Number.isInteger(scale) || scale < 100) {
    console.error(USAGE);
    return 2;
  }
  const centre = values.centre === undefined ? undefined : parseCentre(values.centre);
  if (values.centre !== undefined && !centre) {
    console.error(`--centre「${values.centre}」不是中国境内的经纬度：请写成 经度,纬度（WGS-84 十进制度），例如 115.82,32.88。`);
    return 2;
  }
  let city: SampleCity;
  try {
    // Without --city: the content root's city, with its site.yaml's county ids.
    const divisions = values.city ? generateDivisions(values.city) : readDivisions(contentDir());
    if (!divisions) {
      console.error(`${displayPath(contentDir())} 没有 divisions.json：请加 --city 区划代码，或先运行 npm run divisions。`);
      return 1;
    }
    const places = { ...SAMPLE_PLACES[divisions.code], ...(centre ? { centre } : {}) };
    city = values.city ? sampleCity(divisions, places) : contentRootCity(places);
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
  const out = path.resolve(values.out);
  if (fs.existsSync(out) && fs.readdirSync(out).length > 0) {
    if (!values.force) {
      console.error(`${displayPath(out)} 不是空文件夹，未写入。加 --force 可先清空再生成。`);
      return 1;
    }
    fs.rmSync(out, { recursive: true, force: true });
  }
  const files = generateSampleRoot(scale, Number(values.seed), city);
  for (const [rel, text] of files) {
    const file = path.join(out, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  const s = sampleShape(scale, city.counties.length);
  console.log(
    `已生成${city.name}的示例内容：${displayPath(out)}（${files.size} 个文件；实践中心 ${s.centres}、所 ${s.institutes}、站 ${s.stations}，好人 ${s.people}，新闻发布 ${s.releases}，文明条目 ${s.rules}）`,
  );
  const known = SAMPLE_PLACES[city.divisions.code];
  if (!known?.seats) {
    const [lng, lat] = centre ?? known?.centre ?? defaultCentre(city.divisions.code);
    console.log(
      `各县区的位置是示意的（围绕经度 ${lng}、纬度 ${lat} 排列，可用 --centre 指定），不是真实位置；正式名录请填写实测坐标。`,
    );
  }
  return 0;
}

process.exitCode = main();
