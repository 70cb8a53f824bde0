/**
 * File and folder names under the content root: a name becomes an entry's id, hence a web
 * address, an open-data field and a search result, and a file in files/ or images/ keeps its
 * name when published. A name that holds an ID, mobile, bank card or QQ/WeChat number is refused
 * (the rules of personal-data.ts, each part of the path read on its own).
 */
import fs from 'node:fs';
import path from 'node:path';
import { displayPath } from '../content/paths';
import { findPersonalData } from './personal-data';
import type { Problem } from './problem';
import { PERSONAL_MESSAGES } from './safety-messages';

const KINDS = {
  'id-number': '居民身份证号码',
  mobile: '手机号码',
  'bank-card': '银行卡号',
  qq: 'QQ 号',
  wechat: '微信号',
  email: '电子邮箱',
};

export function checkFileNames(contentRoot: string, problems: Problem[]): void {
  for (const full of listNames(contentRoot)) {
    const name = path.basename(full);
    const found = findPersonalData(name.replace(/\.[A-Za-z0-9]{1,5}$/, '')).find((f) => f.severity === 'error');
    if (!found) continue;
    problems.push({
      severity: 'error',
      code: 'personal-file-name',
      file: displayPath(full),
      message: PERSONAL_MESSAGES.fileName(KINDS[found.kind], found.masked),
    });
  }
}

/** Every file and folder below `dir` except dot files, without following links. */
function listNames(dir: string, out: string[] = []): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    out.push(full);
    if (e.isDirectory()) listNames(full, out);
  }
  return out;
}
