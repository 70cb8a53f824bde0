// What the office installs (`npm ci --omit=dev`: the editors' start script and the pipelines'
// ci:install) must carry every package that editing, checking, building and publishing load. This
// walks the imports from those commands' entry points through the project's own files and fails on
// a package that only devDependencies bring, so a new import cannot break an editor's PC or a
// pipeline that a developer's full install would hide.
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

/** What `npm run build/validate/cms/new/deploy/sample`, the hooks, the province job and Astro start from. */
const ENTRIES = [
  'astro.config.mjs',
  'src/content.config.ts',
  ...['build', 'validate', 'cms', 'new', 'deploy', 'sample', 'pre-commit'].map((s) => `scripts/${s}.ts`),
  'scripts/require-node.cjs',
  'scripts/ci-install.mjs',
  'scripts/start-editor.cjs',
  'tools/province/cli.ts',
];

const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
};
/** Packages an `npm ci --omit=dev` leaves out, by name. */
const devOnly = new Set(
  Object.entries(lock.packages)
    .filter(([key, e]) => key.startsWith('node_modules/') && !key.slice(13).includes('node_modules/') && e.dev)
    .map(([key]) => key.slice(13)),
);

/** Specifiers a file loads at run time (type-only imports are erased and do not count). */
function runtimeSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of code.matchAll(/^\s*(import|export)\s+(?!type\s)([^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) out.push(m[3]!);
  for (const m of code.matchAll(/\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

const EXTENSIONS = ['', '.ts', '.mjs', '.cjs', '.js', '.astro', '/index.ts'];
function resolveLocal(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return EXTENSIONS.map((e) => base + e).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

/** Every package loaded from the entries, with the first file that loads it. */
function packagesReached(entries: string[]): Map<string, string> {
  const seen = new Set<string>();
  const found = new Map<string, string>();
  const queue = entries.map((e) => path.resolve(e));
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (seen.has(file) || !/\.(ts|mjs|cjs|js|astro)$/.test(file)) continue;
    seen.add(file);
    let text = fs.readFileSync(file, 'utf8');
    // An .astro file's imports are in its frontmatter and its <script> tags.
    if (file.endsWith('.astro'))
      text = [...text.matchAll(/^---\n([\s\S]*?)\n---|<script[^>]*>([\s\S]*?)<\/script>/gm)].map((m) => m[1] ?? m[2]).join('\n');
    // Packages read by folder rather than imported (the CMS's bundle, its fonts) are named in quotes.
    for (const m of text.matchAll(/['"]((?:@[a-z0-9-]+\/)?[a-z0-9.-]+)['"]/g))
      if (m[1]!.startsWith('@') && (devOnly.has(m[1]!) || lock.packages[`node_modules/${m[1]!}`]) && !found.has(m[1]!))
        found.set(m[1]!, path.relative(process.cwd(), file));
    for (const spec of runtimeSpecifiers(text)) {
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const local = resolveLocal(file, spec);
        if (local) queue.push(local);
      } else if (
        !spec.startsWith('node:') &&
        !builtinModules.includes(spec) &&
        !/^(astro|virtual):/.test(spec) &&
        !spec.includes('?')
      ) {
        const name = packageName(spec);
        if (!found.has(name)) found.set(name, path.relative(process.cwd(), file));
      }
    }
  }
  return found;
}

describe('the office install (npm ci --omit=dev)', () => {
  const reached = packagesReached(ENTRIES);

  it('holds every package that editing, checking, building and publishing load', () => {
    expect(reached.size).toBeGreaterThan(20);
    expect([...reached].filter(([name]) => devOnly.has(name)).map(([name, file]) => `${name} (loaded by ${file})`)).toEqual([]);
  });

  it('holds the programs the office’s npm scripts start (tsx, astro)', () => {
    const scripts = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    const office = ['build', 'validate', 'cms', 'new', 'deploy', 'sample', 'dev', 'preview', 'province:ci', 'province:assemble'];
    const programs = new Set(office.flatMap((s) => scripts[s]!.split('&&').map((c) => c.trim().split(/\s+/)[0]!)));
    expect([...programs].sort()).toEqual(['astro', 'node', 'tsx']);
    expect(['astro', 'tsx'].filter((p) => devOnly.has(p))).toEqual([]);
  });

  it('installs the web editor without second copies of packages the site already has', () => {
    // Sveltia CMS pins Shiki's grammars a few patch versions behind Astro's (13 MiB more); package.json's
    // `overrides` gives it the site's copy. When Astro moves on, this names what to update there.
    const top = (name: string) => lock.packages[`node_modules/${name}`] as { version?: string } | undefined;
    const nested = Object.entries(lock.packages)
      .filter(([key]) => key.startsWith('node_modules/@sveltia/cms/node_modules/'))
      .map(
        ([key, e]) => [key.slice('node_modules/@sveltia/cms/node_modules/'.length), (e as { version?: string }).version] as const,
      )
      .filter(([name]) => top(name))
      .map(([name, version]) => `${name} ${version} (the site has ${top(name)!.version})`);
    expect(nested).toEqual([]);
  });

  it('is what the editors’ start and the pipelines install', () => {
    expect(fs.readFileSync('scripts/start-editor.cjs', 'utf8')).toContain("args: ['ci', '--omit=dev',");
    expect(fs.readFileSync('scripts/ci-install.mjs', 'utf8')).toContain("['ci', '--omit=dev',");
  });

  it('would catch a development tool loaded by the build, a CLI or an Astro page', () => {
    expect(devOnly.has('typescript') && devOnly.has('vitest') && devOnly.has('playwright-core')).toBe(true);
    expect(
      runtimeSpecifiers(
        "import ts from 'typescript';\nimport type { X } from 'vitest';\nconst m = await import('playwright-core');",
      ),
    ).toEqual(['typescript', 'playwright-core']);
    expect(
      ['astro', 'pagefind', '@sveltia/cms', '@fontsource/noto-mono', 'isomorphic-git'].filter((n) => !reached.has(n)),
    ).toEqual([]);
  });
});
