/**
 * Finds tap targets smaller than 44 × 44 CSS px (WCAG 2.5.5, MIIT 适老化) on the page open in a
 * playwright page: every visible control, and every link except one inside running text (a link
 * in a sentence of an editor's body, `.bz-prose`, whose line the text around it sets).
 *
 * A target's size is its largest box (a link broken over two lines counts as its longest line).
 * A smaller element still passes when a box around it of at least 44 × 44 px is tappable as it: a
 * card whose whole surface opens its link. That is checked by hit-testing the box's centre and
 * corners, so a card that only looks tappable fails.
 */
import type { Page } from 'playwright-core';

export const TARGET_MIN = 44;

export interface SmallTarget {
  /** The element, as `a "姓名"` or `button "大字"`. */
  what: string;
  width: number;
  height: number;
}

const CONTROLS =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';

/** The targets of `page` (as it is scrolled and sized now) under `min` px in either direction. */
export async function smallTapTargets(page: Page, min = TARGET_MIN): Promise<SmallTarget[]> {
  // tsx and vitest compile with keepNames, which wraps the named helpers below in __name().
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(
    ({ selector, min }) => {
      const found: { what: string; width: number; height: number }[] = [];
      const BLOCK = 'p, li, dd, dt, td, th, blockquote, figcaption';
      const label = (el: Element) =>
        `${el.localName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}"`;
      const inRunningText = (el: Element) => {
        if (el.localName !== 'a' || !el.closest('.bz-prose')) return false;
        const block = el.parentElement?.closest(BLOCK);
        return !!block && (block.textContent ?? '').trim() !== (el.textContent ?? '').trim();
      };
      const largestBox = (el: Element) =>
        [...el.getClientRects()].reduce((a, r) => (r.width * r.height > a.width * a.height ? r : a), new DOMRect());
      const hitsOnly = (el: Element, box: DOMRect) => {
        const inset = 3;
        const points = [
          [box.left + box.width / 2, box.top + box.height / 2],
          [box.left + inset, box.top + inset],
          [box.right - inset, box.top + inset],
          [box.left + inset, box.bottom - inset],
          [box.right - inset, box.bottom - inset],
        ];
        return points.every(([x, y]) => {
          const hit = document.elementFromPoint(x!, y!);
          return !!hit && (hit === el || el.contains(hit) || hit.closest(selector) === el);
        });
      };
      for (const el of document.querySelectorAll(selector)) {
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || el.closest('[hidden], [aria-hidden="true"]')) continue;
        let box = largestBox(el);
        // Not laid out, clipped to a pixel (visually hidden) or parked off screen (the skip link until focused).
        if (box.width <= 1 || box.height <= 1 || box.bottom + window.scrollY < 0) continue;
        if (inRunningText(el)) continue;
        if (box.width >= min && box.height >= min) continue;
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
        box = largestBox(el);
        let card: Element | null = el.parentElement;
        let passes = false;
        for (let depth = 0; card && depth < 5 && !passes; depth++, card = card.parentElement) {
          const r = card.getBoundingClientRect();
          if (r.width >= min && r.height >= min && r.height < window.innerHeight) passes = hitsOnly(el, r);
        }
        if (!passes) found.push({ what: label(el), width: Math.round(box.width), height: Math.round(box.height) });
      }
      window.scrollTo(0, 0);
      return found;
    },
    { selector: CONTROLS, min },
  );
}
