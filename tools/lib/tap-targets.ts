/**
 * Tap-target sizes in the browser, for the browser suite: every control and every link outside
 * running text must be at least 44×44 CSS px (WCAG 2.5.5 Target Size, and MIIT's 适老化 guidance).
 * The exceptions are WCAG's own, each reported as such:
 * - inline: a link inside a sentence or a block of text (its block holds other text too);
 * - equivalent: a link whose address is also the address of a large-enough link on the page
 *   (the dots of the directory's maps, whose text equivalent is the 乡镇/街道 list).
 * Hidden elements (display none, a closed <details>, a <template>, visually hidden until focused)
 * are not targets. Usage:
 *
 *   const report = await measureTapTargets(page);            // the whole page, 44 px
 *   expect(report.small).toEqual([]);                         // e.g. ['a "首页" → /: 30×38']
 *   await measureTapTargets(page, { within: 'main', min: 48 });
 */
import type { Page } from 'playwright-core';

export interface TapTargetOptions {
  /** CSS selector of the part of the page to measure (default: the whole body). */
  within?: string;
  /** Smallest width and height in CSS px (default 44). */
  min?: number;
}

export interface TapTargetReport {
  /** Targets measured (excused ones included). */
  measured: number;
  /** Each target below the minimum, as `tag "text" → href: W×H`. */
  small: string[];
  /** Small targets excused as inline links or by an equivalent link, with the reason. */
  excused: string[];
}

/** The selector of everything a finger can press. */
export const TARGETS =
  'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [tabindex]:not([tabindex="-1"])';

export async function measureTapTargets(page: Page, options: TapTargetOptions = {}): Promise<TapTargetReport> {
  return page.evaluate(
    ({ within, min, targets }) => {
      const root = document.querySelector(within);
      if (!root) throw new Error(`no element matches ${within}`);
      const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '');
      const describe = (el: Element, r: DOMRect) => {
        const href = el.getAttribute('href');
        const label = text(el).slice(0, 24) || el.getAttribute('aria-label') || el.getAttribute('title') || '';
        return `${el.localName} "${label}"${href ? ` → ${href}` : ''}: ${Math.round(r.width)}×${Math.round(r.height)}`;
      };
      const rendered = (el: Element, r: DOMRect) => {
        // A one-dot SVG link has an empty geometric box; its drawing (the svg) decides.
        const box = el instanceof SVGElement && el.ownerSVGElement ? el.ownerSVGElement.getBoundingClientRect() : r;
        if (el.closest('template') || box.width <= 1 || box.height <= 1) return false;
        const style = getComputedStyle(el);
        return style.visibility !== 'hidden' && style.display !== 'none';
      };
      /** A link in running text: shown inline, in a block that holds more text than the link. */
      const inline = (el: Element) => {
        if (getComputedStyle(el).display !== 'inline') return false;
        let block = el.parentElement;
        while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
        return !!block && text(block).length > text(el).length;
      };
      const all = [...root.querySelectorAll(targets)].map((el) => ({ el, r: el.getBoundingClientRect() }));
      const shown = all.filter(({ el, r }) => rendered(el, r));
      // An SVG link's box spans all its shapes, not the area a finger can hit: it is never big.
      const big = (el: Element, r: DOMRect) => !(el instanceof SVGElement) && r.width >= min - 0.5 && r.height >= min - 0.5;
      const address = (el: Element) => {
        const href = el.localName === 'a' ? el.getAttribute('href') : null;
        return href === null ? null : new URL(href, location.href).href;
      };
      const bigHrefs = new Set(shown.filter(({ el, r }) => big(el, r)).map(({ el }) => address(el)));
      const small: string[] = [];
      const excused: string[] = [];
      for (const { el, r } of shown) {
        if (big(el, r)) continue;
        const resolved = address(el);
        if (!(el instanceof SVGElement) && inline(el)) excused.push(`inline: ${describe(el, r)}`);
        else if (resolved !== null && bigHrefs.has(resolved)) excused.push(`equivalent: ${describe(el, r)}`);
        else small.push(describe(el, r));
      }
      return { measured: shown.length, small, excused };
    },
    { within: options.within ?? 'body', min: options.min ?? 44, targets: TARGETS },
  );
}
