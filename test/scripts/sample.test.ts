/** `npm run sample` as an office runs it: a city by its code, a centre, and the mistakes it refuses in Chinese. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-script';

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bz-sample-cli-')), 'content');

describe('npm run sample', () => {
  it('writes a root for the city given by --city, its made-up seats round --centre, and says they are made up', async () => {
    const out = tmp();
    const r = await runScript('sample.ts', ['--city', '341100', '--scale', '100', '--out', out, '--centre', '118.3,32.3']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('已生成滁州市的示例内容');
    expect(r.stdout).toContain('各县区的位置是示意的（围绕经度 118.3、纬度 32.3 排列');
    expect(fs.readFileSync(path.join(out, 'site.yaml'), 'utf8')).toContain('name: 滁州文明网（示例）');
    const rows = parseCsv(fs.readFileSync(path.join(out, 'practice-sites.csv')), { bom: true, columns: true }) as Array<
      Record<string, string>
    >;
    for (const row of rows.filter((x) => x.lat)) {
      expect(Math.abs(Number(row.lng) - 118.3), row.id).toBeLessThan(1);
      expect(Math.abs(Number(row.lat) - 32.3), row.id).toBeLessThan(1);
    }
  });

  it('refuses a code that is no prefecture-level city, a centre outside China and a folder that is not empty', async () => {
    const out = tmp();
    const province = await runScript('sample.ts', ['--city', '340000', '--scale', '100', '--out', out]);
    expect(province.code).toBe(1);
    expect(province.stderr).toContain('中没有区划代码为 340000 的地级市');
    const short = await runScript('sample.ts', ['--city', '3412', '--scale', '100', '--out', out]);
    expect(short.stderr).toContain('「3412」不是地级市的 6 位区划代码');
    const centre = await runScript('sample.ts', ['--city', '341200', '--scale', '100', '--out', out, '--centre', '32.9,115.8']);
    expect(centre.code).toBe(2);
    expect(centre.stderr).toContain('--centre「32.9,115.8」不是中国境内的经纬度');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'keep.txt'), 'x');
    const full = await runScript('sample.ts', ['--city', '341200', '--scale', '100', '--out', out]);
    expect(full.code).toBe(1);
    expect(full.stderr).toContain('不是空文件夹，未写入。加 --force 可先清空再生成。');
    expect(fs.readdirSync(out)).toEqual(['keep.txt']);
  });
});
