/** Renders the search page's status line, result list and "no match" suggestions (browser only). */
export interface ResultData { url: string; excerpt: string; meta: Record<string, string> }
export type Messages = Record<'busy' | 'count' | 'empty' | 'none' | 'error' | 'more', string>;
type State = 'busy' | 'empty' | 'found' | 'none' | 'error';
interface Ui { section: HTMLElement; messages: Messages; q: string }

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** 2019-05-06 → 2019年5月6日, 2019-04 → 2019年4月 (a 好人's latest honour). */
function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return d ? `${y}年${m}月${d}日` : `${y}年${m}月`;
}

/** Excerpts are desegmented Pagefind output: escape everything, then allow back only <mark>. */
const safeExcerpt = (html: string) =>
  html.replace(/&(?!(?:amp|lt|gt|quot|#39);)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');

/**
 * Records end with a second copy of the title (records.ts); an excerpt that reaches the end of
 * a record would show it. Removes a trailing 「。」 followed by the title or the start of it.
 */
export function dropTitleTail(html: string, title: string): string {
  const plain = html.replace(/<\/?mark>/g, '');
  const cut = plain.lastIndexOf('。');
  const tail = plain.slice(cut + 1);
  if (cut < 0 || !tail || !title.startsWith(tail)) return html;
  let i = html.length;
  for (let removed = 0; i > 0 && removed <= tail.length; ) {
    if (html[i - 1] === '>') i = html.lastIndexOf('<', i - 1);
    else {
      i--;
      removed++;
    }
  }
  const out = html.slice(0, i);
  return (out.match(/<mark>/g)?.length ?? 0) > (out.match(/<\/mark>/g)?.length ?? 0) ? `${out}</mark>` : out;
}

function item(d: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.setAttribute('data-search-result', '');
  const meta = document.createElement('p');
  meta.className = 'bz-search__meta';
  meta.textContent = d.meta.type ?? '';
  if (d.meta.date) {
    const time = document.createElement('time');
    time.dateTime = d.meta.date;
    time.textContent = formatDate(d.meta.date);
    meta.append(' · ', time);
  }
  const h2 = document.createElement('h2');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  h2.append(a);
  const excerpt = document.createElement('p');
  excerpt.className = 'bz-search__excerpt';
  excerpt.innerHTML = safeExcerpt(d.excerpt);
  li.append(h2, meta, excerpt);
  return li;
}

export function showResults(ui: Ui, state: State, items: ResultData[], total = 0, more?: () => Promise<void>): void {
  const { section, messages, q } = ui;
  const status = section.querySelector<HTMLElement>('[role="status"]')!;
  const list = section.querySelector<HTMLOListElement>('[data-search-list]')!;
  const none = section.querySelector<HTMLElement>('[data-search-none]')!;
  const button = section.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const appending = state === 'found' && list.childElementCount > 0 && list.dataset.q === q && items.length > 0 && section.dataset.searchStatus === 'busy-more';
  if (!appending) list.replaceChildren();
  list.dataset.q = q;
  list.append(...items.map(item));
  none.hidden = state !== 'none';
  status.textContent = { busy: messages.busy, empty: messages.empty, none: fill(messages.none, { q }), error: messages.error, found: fill(messages.count, { count: total, q }) }[state];
  button.hidden = !more;
  button.onclick = more
    ? async () => {
        const first = list.childElementCount;
        section.dataset.searchStatus = 'busy-more';
        await more();
        list.children[first]?.querySelector('a')?.focus();
      }
    : null;
  if (state !== 'busy') section.dataset.searchStatus = 'done';
}
