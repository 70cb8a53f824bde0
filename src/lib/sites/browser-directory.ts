/**
 * The directory's only script loaded with the page (runs in the reader's browser; keep it tiny):
 * writes 「今日开放 … · 现在开放」 beside each site's opening hours, and shows the
 * 「查找离我最近的阵地」 button. The finder's own script (browser-finder.ts) sits in a <template>,
 * where the browser does not fetch it; the first press puts it into the page, which loads it.
 * Without JavaScript the pages read the same, with the hours as the editor wrote them.
 */
import { todayLine, type TodayWords } from '../hours/today';

/** Fills every [data-bz-today] under `root` with today's line for its encoded hours. */
export function fillToday(root: ParentNode, words: TodayWords, now = new Date()): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-bz-today]')) {
    const line = todayLine(el.dataset.bzToday!, now, words);
    el.textContent = line.text;
    if (line.openNow !== undefined) el.dataset.open = String(line.openNow);
  }
}

export function startDirectory(doc: Document = document): void {
  const holder = doc.querySelector<HTMLElement>('[data-bz-words]');
  if (!holder) return;
  const words = holder.dataset.bzWords!.split('|') as TodayWords;
  fillToday(doc, words);
  // Rows the finder adds announce themselves with this event.
  doc.addEventListener('bz-rows', (e) => fillToday(e.target as Element, words));
  const near = doc.querySelector<HTMLElement>('[data-bz-near]');
  const finder = near?.querySelector<HTMLTemplateElement>('template[data-bz-finder]');
  if (!near || !finder || !('geolocation' in navigator)) return;
  near.querySelector('[hidden]')?.removeAttribute('hidden');
  near.querySelector('button')!.addEventListener('click', () => near.append(finder.content.cloneNode(true)), { once: true });
}
