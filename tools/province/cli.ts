/**
 * npm run province:ci [-- --check] [--config province.yaml]
 *   writes the province repository's .gitlab-ci.yml from province.yaml (--check: only says
 *   what is wrong: a missing city folder, a city's address, a .gitlab-ci.yml out of date).
 * npm run province:assemble -- --sites sites --out province-dist [--config province.yaml]
 *   assembles the province site from the cities' builds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { assembleProvince } from './assemble';
import { CI_FILE, provinceProblems } from './check';
import { provinceCiYaml } from './ci-yaml';
import { loadProvince, type ProvinceConfig } from './config';

function ci(config: ProvinceConfig, configFile: string, check: boolean): number {
  if (!check) {
    fs.writeFileSync(CI_FILE, provinceCiYaml(config));
    console.log(`已生成 ${CI_FILE}：${config.cities.length} 个市，每个市一个构建作业。`);
    return 0;
  }
  const problems = provinceProblems(process.cwd(), config, configFile);
  for (const p of problems) console.error(p);
  if (!problems.length) console.log(`${configFile} 与 ${CI_FILE} 一致，${config.cities.length} 个市的内容文件夹都在。`);
  return problems.length ? 1 : 0;
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      config: { type: 'string', default: 'province.yaml' },
      check: { type: 'boolean' },
      sites: { type: 'string', default: 'sites' },
      out: { type: 'string', default: 'province-dist' },
    },
  });
  let config: ProvinceConfig;
  try {
    config = loadProvince(values.config);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    console.error(
      missing ? `找不到 ${values.config}：全省部署需要这个文件（见 README「全省部署」）。` : (error as Error).message,
    );
    return 1;
  }
  if (positionals[0] === 'ci') return ci(config, values.config, Boolean(values.check));
  if (positionals[0] === 'assemble') {
    try {
      const { cities, out } = await assembleProvince(config, path.resolve(values.sites), path.resolve(values.out));
      console.log(`全省网站已生成：${path.relative(process.cwd(), out) || out}/（${cities.length} 个市）`);
      return 0;
    } catch (error) {
      console.error((error as Error).message);
      return 1;
    }
  }
  console.error(
    '用法：npm run province:ci [-- --check]，或 npm run province:assemble -- --sites 各市构建结果文件夹 --out 输出文件夹',
  );
  return 2;
}

main().then((code) => (process.exitCode = code));
