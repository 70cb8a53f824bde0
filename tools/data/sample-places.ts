/**
 * What `npm run sample` knows of a few cities beyond the official divisions excerpt: real county
 * seats (the county government's position, WGS-84, to about 1 km; the disc radius in km round it
 * where sample 所 are put), a centre to lay made-up seats round, and the telephone area code of
 * the sample's made-up numbers. Any other city gets seats laid out round a centre picked from its
 * code (src/lib/sample/layout.ts) and the area code 0000; pass --centre for a better one.
 * Points, never outlines: no boundary data.
 */
import type { SamplePlaces } from '../../src/lib/sample/city';

export const SAMPLE_PLACES: Readonly<Record<string, SamplePlaces>> = {
  // 亳州市: the four county seats the bundled sample has always used.
  '341600': {
    areaCode: '0558',
    // As the bundled site.yaml: the pinyin library reads 涡 as wo.
    countyIds: [{ county: '涡阳县', id: 'guoyang' }],
    seats: {
      谯城区: { seat: [115.779, 33.876], radius: 22 },
      涡阳县: { seat: [116.209, 33.493], radius: 24 },
      蒙城县: { seat: [116.564, 33.266], radius: 22 },
      利辛县: { seat: [116.209, 33.145], radius: 22 },
    },
  },
  // 阜阳市: the city's coordinates as commonly given (32°53′N 115°49′E), seats laid out round them.
  '341200': { areaCode: '0558', centre: [115.817, 32.883] },
};
