/** The good fixture turned into a root of a second city, 阜阳市: its excerpt, counties, people and honours. */
import fs from 'node:fs';
import path from 'node:path';
import { formatDivisions } from '../../src/lib/divisions/excerpt';
import { copyRoot, replaceIn } from './content-root';

const fuyang = formatDivisions({
  code: '341200',
  name: '阜阳市',
  province: { code: '340000', name: '安徽省' },
  source: { package: 'p', version: '1', licence: 'WTFPL', edition: '2023', command: 'npm run divisions -- --code 341200' },
  counties: [
    { code: '341202', name: '颍州区', townships: [{ code: '341202100', name: '王店镇' }] },
    { code: '341221', name: '临泉县', townships: [] },
  ],
});

/** The good fixture as a root of 阜阳市: its counties, its excerpt, its people's counties and honours. */
export function fuyangRoot(edit?: (dir: string) => void): string {
  return copyRoot((d) => {
    fs.writeFileSync(path.join(d, 'divisions.json'), fuyang);
    replaceIn(d, 'site.yaml', "divisionCode: '341600'", "divisionCode: '341200'");
    replaceIn(d, 'site.yaml', /^counties: .*\ncountyIds: .*$/m, 'counties: [颍州区, 临泉县]');
    fs.writeFileSync(
      path.join(d, 'practice-sites.csv'),
      fs.readFileSync(path.join(d, 'practice-sites.csv'), 'utf8').replaceAll('谯城区', '颍州区').replaceAll('古井镇', '王店镇'),
    );
    replaceIn(d, 'people/zhang-san.md', 'county: 谯城区', 'county: 颍州区');
    replaceIn(d, 'people/zhang-san.md', 'township: 古井镇', 'township: 王店镇');
    replaceIn(d, 'people/zhang-san.md', 'title: 亳州好人', 'title: 阜阳好人');
    replaceIn(d, 'people/li-si.md', 'county: 蒙城县', 'county: 临泉县');
    replaceIn(d, 'people/li-si.md', 'title: 亳州好人', 'title: 阜阳好人');
    edit?.(d);
  });
}
