/**
 * Privacy and markup safety checks over everything an entry publishes: Markdown and MDX bodies
 * (the markup allowlist, MDX program code, personal data), every text field of every entry and
 * every cell of the directory (personal data), and direction overrides anywhere. The office's
 * own e-mail (site.yaml) is the only address allowed.
 */
import { bidiControls, controlCharacter } from '../hidden-characters';
import type { Content, Entry } from './schema-check';
import type { Problem } from './problem';
import { findPersonalData } from './personal-data';
import { findMdxCode } from './mdx-code';
import { findBodyLimits, limitMessage } from './body-limits';
import { findDisallowedMarkup } from './markup-allowlist';
import { markupMessage, MDX_MESSAGES, PERSONAL_MESSAGES, personalProblem } from './safety-messages';
import { lineAt } from './unsafe-markup';
import { formatField } from './problem';

type TextLeaf = [path: Array<string | number>, text: string];

/** Every string in a parsed entry, with its field path. */
function textLeaves(value: unknown, path: Array<string | number> = [], out: TextLeaf[] = []): TextLeaf[] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => textLeaves(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) textLeaves(v, [...path, k], out);
  return out;
}

function checkBody(e: Entry<unknown>, email: string, problems: Problem[]): void {
  const body = e.body ?? '';
  const first = e.bodyLine ?? 1;
  const mdx = e.file.endsWith('.mdx');
  const limits = findBodyLimits(body);
  for (const f of limits) {
    const line = f.kind === 'size' ? undefined : first + f.line - 1;
    problems.push({ severity: 'error', code: `body-${f.kind}`, file: e.file, line, message: limitMessage(f) });
  }
  if (limits.length > 0) return;
  for (const f of findDisallowedMarkup(body, mdx)) {
    problems.push({
      severity: 'error',
      code: `unsafe-${f.kind}`,
      file: e.file,
      line: f.line === undefined ? undefined : first + f.line - 1,
      message: markupMessage(f),
    });
  }
  for (const f of findPersonalData(body, email)) {
    const line = first + lineAt(body, f.index) - 1;
    problems.push({ ...personalProblem(f), file: e.file, line });
  }
  if (mdx) {
    for (const f of findMdxCode(body)) {
      const line = first + lineAt(body, f.index) - 1;
      problems.push({ severity: 'error', code: `mdx-${f.kind}`, file: e.file, line, message: MDX_MESSAGES[f.kind] });
    }
  }
}

function checkFields(e: Entry<unknown>, email: string, problems: Problem[]): void {
  for (const [path, text] of textLeaves(e.data)) {
    const line = e.lineOf(path) ?? e.lineOf([]);
    const field = formatField(path);
    for (const f of findPersonalData(text, email)) problems.push({ ...personalProblem(f), file: e.file, line, field });
    for (const b of bidiControls(text).slice(0, 1))
      problems.push({
        severity: 'error',
        code: 'bidi-control',
        file: e.file,
        line,
        field,
        message: PERSONAL_MESSAGES.bidi(b.label),
      });
  }
}

export function checkSafety(c: Content, problems: Problem[]): void {
  const email = c.site.email;
  for (const e of [...c.releases, ...c.people, ...c.pages] as Entry<unknown>[]) {
    checkBody(e, email, problems);
    checkFields(e, email, problems);
    const body = e.body ?? '';
    const control = controlCharacter(body);
    if (control)
      problems.push({
        severity: 'error',
        code: 'control-character',
        file: e.file,
        line: (e.bodyLine ?? 1) + lineAt(body, control.index) - 1,
        message: PERSONAL_MESSAGES.control(control.label),
      });
    for (const b of bidiControls(body)) {
      const line = (e.bodyLine ?? 1) + lineAt(body, b.index) - 1;
      problems.push({ severity: 'error', code: 'bidi-control', file: e.file, line, message: PERSONAL_MESSAGES.bidi(b.label) });
    }
  }
  for (const e of [...c.rules, ...c.figures, ...c.practiceSites] as Entry<unknown>[]) checkFields(e, email, problems);
}
