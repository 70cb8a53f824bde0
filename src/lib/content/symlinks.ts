/**
 * No symbolic link anywhere under the content root: the build and the web server would follow
 * one to whatever it points at (a file outside the root, another office's folder), and a Windows
 * shortcut copied as a link is never what an editor meant to publish.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../validate/problem';
import { displayPath } from './paths';

/** Every symbolic link under `root` (not following any), sorted. */
export function symbolicLinks(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isSymbolicLink()) out.push(full);
      else if (e.isDirectory()) walk(full);
    }
  };
  walk(root);
  return out.sort();
}

export function checkSymbolicLinks(root: string, problems: Problem[]): void {
  for (const link of symbolicLinks(root)) {
    let target = '';
    try {
      target = fs.readlinkSync(link);
    } catch {
      // unreadable link: reported all the same
    }
    problems.push({
      severity: 'error',
      code: 'symbolic-link',
      file: displayPath(link),
      message: `这是一个符号链接（快捷方式）${target ? `，指向「${target}」` : ''}，不是文件本身。网站只发布内容文件夹里的真实文件：请删除这个链接，把要发布的文件本身复制到这里。`,
    });
  }
}
