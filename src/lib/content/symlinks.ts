/**
 * No symbolic link anywhere under the content root: the build and the web server would follow
 * one to whatever it points at (a file outside the root, another office's folder), and a Windows
 * shortcut copied as a link is never what an editor meant to publish.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../validate/problem';
import { displayPath } from './paths';

interface Odd {
  links: string[];
  /** Pipes, sockets, devices: reading one could block validate for ever. */
  special: string[];
  unreadable: string[];
}

/** Every symbolic link and special file under `root` (not following any link), sorted. */
export function oddEntries(root: string): Odd {
  const odd: Odd = { links: [], special: [], unreadable: [] };
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      odd.unreadable.push(dir);
      return;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isSymbolicLink()) odd.links.push(full);
      // A content root that is a git checkout of its own: git's folder is never published.
      else if (e.isDirectory()) {
        if (e.name !== '.git') walk(full);
      }
      else if (!e.isFile()) odd.special.push(full);
    }
  };
  walk(root);
  return { links: odd.links.sort(), special: odd.special.sort(), unreadable: odd.unreadable.sort() };
}

/** True when `file` is a regular file itself, not a link to one (the walk above reports the rest). */
export const isPlainFile = (file: string) => fs.lstatSync(file, { throwIfNoEntry: false })?.isFile() === true;

export function checkSymbolicLinks(root: string, problems: Problem[]): void {
  const { links, special, unreadable } = oddEntries(root);
  for (const file of special)
    problems.push({ severity: 'error', code: 'special-file', file: displayPath(file), message: '这不是普通文件（而是管道、设备等特殊文件），不能发布。请删除它。' });
  for (const dir of unreadable)
    problems.push({ severity: 'error', code: 'unreadable-folder', file: displayPath(dir), message: '无法打开这个文件夹（没有读取权限）。请检查文件夹的权限，或把其中的文件复制到一个新文件夹。' });
  for (const link of links) {
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
