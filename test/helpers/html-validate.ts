/** html-validate's recommended rules over every page of a build, as "file:line:column rule: message" lines. */
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Phone numbers keep their ASCII hyphen so that search and copy-paste find 0558-…; CSS keeps them on one line.
    'tel-non-breaking': 'off',
  },
});

/** `only` picks the pages to check by their path in dist/ (default: every page). */
export async function htmlProblems(
  dist: string,
  only: (file: string) => boolean = () => true,
): Promise<{ pages: number; problems: string[] }> {
  const pages = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && only(f));
  const problems: string[] = [];
  for (const f of pages) {
    const report = await validator.validateString(fs.readFileSync(path.join(dist, f), 'utf8'), f);
    for (const r of report.results)
      for (const m of r.messages) problems.push(`${f}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  return { pages: pages.length, problems };
}
