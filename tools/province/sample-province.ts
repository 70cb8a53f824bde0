/**
 * A province's repository in a temporary folder, as a province would hold it (for the pipeline
 * test and npm run bench:province): this project's files (the working tree, committed or not),
 * province.yaml, one sample content root per city under cities/<code>/ (written by the project's
 * own `npm run sample --city`: its official counties and townships, its own names), the .gitlab-ci.yml generated from province.yaml, committed on main.
 * Samples are unmarked (publishable: main builds for production), and node_modules/ is a
 * hard-linked copy of this checkout's, stamped as npm run ci:install leaves it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { copyCheckout, initRepo, linkInstall } from '../lib/office-repo';
import { unmarkSamples } from '../lib/unmark-samples';
import { provinceCiYaml } from './ci-yaml';
import { cityRoot, type ProvinceConfig } from './config';

export interface SampleProvince {
  dir: string;
  config: ProvinceConfig;
  git(...args: string[]): string;
  remove(): void;
}

/**
 * Writes a sample content root for `city` into `out` with the project's own `npm run sample
 * --city`, at the address province.yaml gives it (the sample makes one up from the city's name).
 */
export function writeCitySample(city: ProvinceConfig['cities'][number], scale: number, seed: number, out: string): void {
  const args = ['--city', city.code, '--scale', String(scale), '--out', out, '--seed', String(seed), '--force'];
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/sample.ts', ...args], { stdio: 'pipe' });
  const file = path.join(out, 'site.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^url: .*$/m, `url: ${city.url}`));
}

export function createSampleProvince(config: ProvinceConfig, options: { scale: number; publishable?: boolean }): SampleProvince {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bz-province-'));
  copyCheckout(dir, (file) => file.startsWith('content/') || file === '.gitlab-ci.yml');
  config.cities.forEach((city, i) => {
    const root = path.join(dir, cityRoot(city.code));
    writeCitySample(city, options.scale, 2019 + i, root);
    if (options.publishable !== false) unmarkSamples(root);
  });
  fs.writeFileSync(path.join(dir, 'province.yaml'), stringify(config, { defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' }));
  fs.writeFileSync(path.join(dir, '.gitlab-ci.yml'), provinceCiYaml(config));
  fs.appendFileSync(path.join(dir, '.gitignore'), "\n# The province pipeline's builds\nsites/\nprovince-dist/\n");
  linkInstall(dir);
  const git = initRepo(dir, '全省示例内容');
  return { dir, config, git, remove: () => execFileSync('rm', ['-rf', dir]) };
}
