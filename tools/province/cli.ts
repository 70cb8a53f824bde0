/**
 * npm run province:ci [-- --check] [--config province.yaml]
 *   writes the province repository's .gitlab-ci.yml from province.yaml (--check: only says
 *   whether it is in sync, and whether every city's content folder is there).
 * npm run province:assemble -- --sites sites --out province-dist [--config province.yaml]
 *   assembles the province site from the cities' builds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { assembleProvince } from './assemble';
import { provinceCiYaml } from './ci-yaml';
import { cityRoot, loadProvince } from './config';

const CI_FILE = '.gitlab-ci.yml';

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
  let config;
  try {
    config = loadProvince(values.config);
  } catch (error) {
    console.error(
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `找不到 ${values.config}：全省部署需要这个文件（见 README「全省部署」）。`
        : (error as Error).message,
    );
    return 1;
  }
  if (positionals[0] === 'ci') {
    const yaml = provinceCiYaml(config);
    if (!values.check) {
      fs.writeFileSync(CI_FILE, yaml);
      console.log(`已生成 ${CI_FILE}：${config.cities.length} 个市，每个市一个构建作业。`);
      return 0;
    }
    const problems = config.cities
      .filter((c) => !fs.existsSync(path.join(cityRoot(c.code), 'site.yaml')))
      .map(
        (c) =>
          `${values.config} 列出了 ${c.name}（${c.code}），但没有 ${cityRoot(c.code)}/site.yaml：请放入这个市的内容文件夹，或从 ${values.config} 删去它。`,
      );
    const current = fs.existsSync(CI_FILE) ? fs.readFileSync(CI_FILE, 'utf8') : '';
    if (current !== yaml) problems.push(`${CI_FILE} 与 ${values.config} 不一致：请运行 npm run province:ci 重新生成并提交。`);
    for (const p of problems) console.error(p);
    if (!problems.length) console.log(`${values.config} 与 ${CI_FILE} 一致，${config.cities.length} 个市的内容文件夹都在。`);
    return problems.length ? 1 : 0;
  }
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
