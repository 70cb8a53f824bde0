/** Shared by the browser suites: axe through the DevTools protocol, and a reader mode set before load. */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const AXE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** axe's WCAG 2.1 A/AA violations on the page as `rule: targets`. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: an injected <script> would (rightly) be refused by the CSP.
  await page.evaluate(AXE);
  const results = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } }),
  );
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Remembers a reader mode ('large', 'contrast') for every page the context opens. */
export async function setMode(context: BrowserContext, mode: string): Promise<void> {
  await context.addInitScript((m) => {
    try {
      localStorage.setItem('bz-modes', m);
    } catch {
      /* about:blank has no storage */
    }
  }, mode);
}
