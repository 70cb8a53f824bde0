/**
 * `npm run new` writes 【待填写】 where the editor has to write. A draft may keep it; an entry
 * that is about to be published (draft: false) may not.
 */
import { PLACEHOLDER } from '../new-entry/templates';
import { lineAt } from './unsafe-markup';
import type { Content, Entry } from './schema-check';
import type { Problem } from './problem';

export function checkPlaceholders(c: Content, problems: Problem[]): void {
  const entries: Entry<{ draft?: boolean }>[] = [...c.releases, ...c.people, ...c.pages];
  for (const e of entries) {
    if (e.data.draft) continue;
    const index = e.text?.indexOf(PLACEHOLDER) ?? -1;
    if (index === -1) continue;
    problems.push({
      severity: 'error',
      code: 'placeholder',
      file: e.file,
      line: lineAt(e.text!, index),
      message: '还有「【待填写】」的地方没有写完。请换成实际内容；还没写完时，请保留 draft: true（草稿不会正式发布）。',
    });
  }
}
