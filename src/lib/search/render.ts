/** Renders the search page's status line, result list and "no match" suggestions (browser only). */
import type { Piece } from './excerpt';
import type { ShownResult } from './results';

export type Messages = Record<'busy' | 'count' | 'empty' | 'none' | 'error' | 'more' | 'tryCount', string>;
type State = 'busy' | 'empty' | 'found' | 'none' | 'error';
interface Ui {
  section: HTMLElement;
  messages: Messages;
  q: string;
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** 2019-05-06 → 2019年5月6日, 2019-04 → 2019年4月 (a 好人's latest honour). */
function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return d ? `${y}年${m}月${d}日` : `${y}年${m}月`;
}

/** A phone number, a time or a span of times (0558-1111111, 9:00-17:00): read whole, never broken. */
const UNBROKEN = /\d[\d:.-]*[-:][\d:.-]*\d/g;

/**
 * Text pieces into an element, matches as <mark>; never parsed as HTML. Each phone number or
 * time goes whole into a .bz-nowrap span, marks and all (a match of 0558 splits 0558-1111111
 * into a mark and a text, which a browser would break after the hyphen).
 */
export function appendPieces(parent: HTMLElement, pieces: Piece[]): void {
  const runs = [
    ...pieces
      .map((p) => p.text)
      .join('')
      .matchAll(UNBROKEN),
  ].map((m): [number, number] => [m.index, m.index + m[0].length]);
  let start = 0;
  let run = 0;
  let span: HTMLElement | undefined;
  for (const p of pieces) {
    for (let i = 0; i < p.text.length;) {
      const [from, to] = runs[run] ?? [Infinity, Infinity];
      let end = p.text.length;
      if (start + i < from) end = Math.min(end, from - start);
      else {
        if (!span) {
          span = document.createElement('span');
          span.className = 'bz-nowrap';
          parent.append(span);
        }
        end = Math.min(end, to - start);
      }
      const text = p.text.slice(i, end);
      const into = span ?? parent;
      if (p.mark) {
        const mark = document.createElement('mark');
        mark.textContent = text;
        into.append(mark);
      } else into.append(text);
      i = end;
      if (start + i >= to) {
        span = undefined;
        run++;
      }
    }
    start += p.text.length;
  }
}

/**
 * A result's title as one <span>. A link alone in a heading is an inline-flex tap target
 * (global.css), where each text run and each <mark> would be a flex item of its own: the
 * title stood in columns around its match and lost the spaces beside it.
 */
export function titleText(pieces: Piece[]): HTMLSpanElement {
  const span = document.createElement('span');
  appendPieces(span, pieces);
  return span;
}

function item(d: ShownResult): HTMLLIElement {
  const li = document.createElement('li');
  li.setAttribute('data-search-result', '');
  const meta = document.createElement('p');
  meta.className = 'bz-search__meta';
  meta.textContent = d.type;
  if (d.date) {
    const time = document.createElement('time');
    time.dateTime = d.date;
    time.textContent = formatDate(d.date);
    meta.append(' · ', time);
  }
  const h2 = document.createElement('h2');
  const a = document.createElement('a');
  a.href = d.url;
  a.append(titleText(d.title));
  h2.append(a);
  const excerpt = document.createElement('p');
  excerpt.className = 'bz-search__excerpt';
  appendPieces(excerpt, d.excerpt);
  li.append(h2, meta, excerpt);
  return li;
}

/** Shorter queries that do find something, as links, in the 「没有找到」 suggestions. */
export function showTries(ui: Ui, tries: Array<{ q: string; count: number; href: string }>): void {
  const li = ui.section.querySelector<HTMLElement>('[data-search-try]')!;
  const list = li.querySelector<HTMLElement>('[data-search-try-list]')!;
  list.replaceChildren();
  tries.forEach(({ q, count, href }, i) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = q;
    list.append(...(i ? ['、'] : []), a, fill(ui.messages.tryCount, { count }));
  });
  if (tries.length) list.append('；');
  li.hidden = tries.length === 0;
}

export interface ShowOptions {
  /** Add to the results shown (the next one of a page, or 「显示更多结果」) instead of replacing them. */
  append?: boolean;
  /** The page of results is complete: [data-search-status] becomes "done" (default: yes). */
  complete?: boolean;
}

export function showResults(
  ui: Ui,
  state: State,
  items: ShownResult[],
  total = 0,
  more?: () => Promise<void>,
  { append = false, complete = true }: ShowOptions = {},
): void {
  const { section, messages, q } = ui;
  const status = section.querySelector<HTMLElement>('[role="status"]')!;
  const list = section.querySelector<HTMLOListElement>('[data-search-list]')!;
  const none = section.querySelector<HTMLElement>('[data-search-none]')!;
  const button = section.querySelector<HTMLButtonElement>('[data-search-more]')!;
  if (!append) list.replaceChildren();
  list.append(...items.map(item));
  none.hidden = state !== 'none';
  section.querySelector<HTMLElement>('[data-search-error]')!.hidden = state !== 'error';
  const text = {
    busy: messages.busy,
    empty: messages.empty,
    none: fill(messages.none, { q }),
    error: messages.error,
    found: fill(messages.count, { count: total, q }),
  }[state];
  // The same text again would be announced again.
  if (status.textContent !== text) status.textContent = text;
  button.hidden = !more;
  button.onclick = more
    ? async () => {
        const first = list.childElementCount;
        section.dataset.searchStatus = 'busy-more';
        await more();
        list.children[first]?.querySelector('a')?.focus();
      }
    : null;
  if (state !== 'busy' && complete) section.dataset.searchStatus = 'done';
}
