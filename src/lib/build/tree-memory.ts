/**
 * Peak memory of a process and everything it starts (Pagefind runs as a separate binary, so a
 * process's own maxRSS misses it). Samples /proc on Linux; elsewhere reports nothing.
 */
import fs from 'node:fs';

const PAGE_SIZE = 4096;

/** Sum of resident memory, in bytes, of `pid` and all its descendants right now. */
export function treeRssBytes(pid: number): number {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(name), Number(fields[21]) * PAGE_SIZE);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Samples the tree of `pid` every `intervalMs` until stopped; returns the peak seen. */
export function watchTreeMemory(pid: number, intervalMs = 100): { stop(): number } {
  let peak = treeRssBytes(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssBytes(pid));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
