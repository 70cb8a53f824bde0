/**
 * What `npm run province:ci -- --check` (the pipeline's first job) finds wrong in a province
 * repository before any city is built: a city of province.yaml without its content folder, a city
 * whose site.yaml names another address than province.yaml, a .gitlab-ci.yml not generated from
 * the current province.yaml.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { provinceCiYaml } from './ci-yaml';
import { cityRoot, type ProvinceConfig } from './config';

export const CI_FILE = '.gitlab-ci.yml';

export function provinceProblems(dir: string, config: ProvinceConfig, configFile = 'province.yaml'): string[] {
  const problems: string[] = [];
  for (const c of config.cities) {
    const siteFile = path.join(dir, cityRoot(c.code), 'site.yaml');
    if (!fs.existsSync(siteFile)) {
      problems.push(
        `${configFile} 列出了 ${c.name}（${c.code}），但没有 ${cityRoot(c.code)}/site.yaml：请放入这个市的内容文件夹，或从 ${configFile} 删去它。`,
      );
      continue;
    }
    let url: unknown;
    try {
      url = (parse(fs.readFileSync(siteFile, 'utf8')) as { url?: unknown } | null)?.url;
    } catch {
      continue; // The city's build names what is wrong in its site.yaml, with the line.
    }
    if (typeof url === 'string' && url.replace(/\/$/, '') !== c.url.replace(/\/$/, ''))
      problems.push(
        `${configFile} 中 ${c.name} 的网址是 ${c.url}，而 ${cityRoot(c.code)}/site.yaml 的 url 是 ${url}：全省搜索的结果会链接到 ${configFile} 中的网址，请把两处改成一样。`,
      );
  }
  const ci = path.join(dir, CI_FILE);
  if (!fs.existsSync(ci) || fs.readFileSync(ci, 'utf8') !== provinceCiYaml(config))
    problems.push(`${CI_FILE} 不是由当前的 ${configFile} 生成的：请运行 npm run province:ci 重新生成并提交。`);
  return problems;
}
