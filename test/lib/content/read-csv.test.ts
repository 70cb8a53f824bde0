import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRACTICE_SITE_COLUMNS } from '../../../src/lib/schemas';
import { formatProblem } from '../../../src/lib/validate/problem';
import { validateContent } from '../../../src/lib/validate';
import { copyRoot, writeIn } from '../../helpers/content-root';

const TODAY = '2026-12-01';
const TEMPLATE = path.resolve('content/practice-sites.template.csv');

/** What Excel writes for 「CSV UTF-8（逗号分隔）」: a BOM, CRLF line ends, quotes only where a cell needs them. */
const EXCEL_CSV = '\uFEFF' + [
  PRACTICE_SITE_COLUMNS.join(','),
  'qc-zhongxin,谯城区新时代文明实践中心,中心,,谯城区,,"谯城区人民路1号,东楼",0558-1111111,"周一至周五 8:30-12:00，14:30-17:30",理论宣讲、志愿服务,33.84,115.78,',
  'qc-gujing-suo,"古井镇""新时代""文明实践所",所,qc-zhongxin,谯城区,古井镇,"古井镇政府院内\n（二楼）",,,,,,',
  'qc-gujing-a-zhan,甲村新时代文明实践站,站,qc-gujing-suo,谯城区,古井镇,甲村村委会,,,志愿服务,,,',
  '',
].join('\r\n');

describe('the practice-site directory as Excel saves it', () => {
  it('validates a CSV UTF-8 file with a BOM, CRLF line ends, quoted commas, doubled quotes and a line break in a cell', () => {
    const dir = copyRoot((d) => writeIn(d, 'practice-sites.csv', EXCEL_CSV));
    const result = validateContent(dir, { today: TODAY });
    expect(result.problems.map((p) => formatProblem(p))).toEqual([]);
    const sites = result.content!.practiceSites;
    expect(sites.map((s) => s.id)).toEqual(['qc-zhongxin', 'qc-gujing-suo', 'qc-gujing-a-zhan']);
    expect(sites[0]!.data.address).toBe('谯城区人民路1号,东楼');
    expect(sites[0]!.data.hours).toBe('周一至周五 8:30-12:00，14:30-17:30');
    expect(sites[1]!.data.name).toBe('古井镇"新时代"文明实践所');
    expect(sites[1]!.data.address).toBe('古井镇政府院内\n（二楼）');
    expect(sites.map((s) => s.lineOf([]))).toEqual([2, 3, 5]);
  });

  it('names the right line after a cell with a line break', () => {
    const dir = copyRoot((d) => writeIn(d, 'practice-sites.csv', EXCEL_CSV.replace('甲村村委会', '13812345678')));
    const lines = validateContent(dir, { today: TODAY }).problems.map((p) => formatProblem(p).replaceAll(dir, 'content'));
    expect(lines).toEqual(['content/practice-sites.csv:5 address：含有手机号码（138****5678）。公开网站不得发布个人手机号，请删除；如需留联系方式，请使用单位座机或 site.yaml 中的办公电话。']);
  });
});

describe('content/practice-sites.template.csv', () => {
  it('is saved the way Excel opens it as UTF-8: BOM, the full header and CRLF line ends', () => {
    const text = fs.readFileSync(TEMPLATE, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe(PRACTICE_SITE_COLUMNS.join(','));
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('validates when copied as the directory, its example row marked as a sample', () => {
    const dir = copyRoot((d) => fs.copyFileSync(TEMPLATE, path.join(d, 'practice-sites.csv')));
    const result = validateContent(dir, { today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.content!.practiceSites.map((s) => s.data.sample)).toEqual([true]);
  });

  it('is ignored by validate, even when broken', () => {
    const dir = copyRoot((d) => writeIn(d, 'practice-sites.template.csv', 'not,a,directory\r\n'));
    expect(validateContent(dir, { today: TODAY }).problems).toEqual([]);
  });
});
