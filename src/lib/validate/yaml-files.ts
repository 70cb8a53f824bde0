/**
 * Personal data in YAML files other than entries: every text of site.yaml (its phone is printed
 * in every footer, so a private mobile there is refused with a message of its own), and the whole
 * text of any other .yaml/.yml under the content root that no collection reads (rules.yaml and
 * figures.yaml are checked field by field with the entries).
 */
import fs from 'node:fs';
import path from 'node:path';
import { displayPath } from '../content/paths';
import { formatField, type Problem } from './problem';
import { findPersonalData } from './personal-data';
import { PERSONAL_MESSAGES, personalProblem } from './safety-messages';
import type { Content } from './schema-check';
import { lineAt } from './unsafe-markup';
import type { FieldPath } from '../content/yaml-doc';

const READ_AS_ENTRIES = new Set(['site.yaml', 'rules.yaml', 'figures.yaml']);

type Leaf = [path: Array<string | number>, text: string];
function leaves(value: unknown, at: Array<string | number> = [], out: Leaf[] = []): Leaf[] {
  if (typeof value === 'string') out.push([at, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, [...at, k], out);
  return out;
}

export function checkSiteFile(c: Content, siteLineOf: (p: FieldPath) => number | undefined, problems: Problem[]): void {
  for (const [at, text] of leaves(c.site)) {
    const field = formatField(at);
    for (const f of findPersonalData(text, c.site.email)) {
      const base = personalProblem(f);
      const message = field === 'phone' && f.kind === 'mobile' ? PERSONAL_MESSAGES.sitePhone(f.masked) : base.message;
      problems.push({ ...base, message, file: c.siteFile, line: siteLineOf(at), field });
    }
  }
}

export function checkOtherYamlFiles(contentRoot: string, email: string | undefined, problems: Problem[]): void {
  for (const full of yamlFiles(contentRoot)) {
    if (path.dirname(full) === contentRoot && READ_AS_ENTRIES.has(path.basename(full))) continue;
    const text = fs.readFileSync(full, 'utf8');
    for (const f of findPersonalData(text, email))
      problems.push({ ...personalProblem(f), file: displayPath(full), line: lineAt(text, f.index) });
  }
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yamlFiles(full, out);
    else if (e.isFile() && /\.ya?ml$/i.test(e.name)) out.push(full);
  }
  return out;
}
