/**
 * 「查找离我最近的阵地」, loaded only when the button is first pressed (runs in the reader's
 * browser; budget ≤ 4 KB compressed): asks for the position, fetches /sites/near.json from the
 * site itself, computes the distances here and lists the nearest sites. The position never leaves
 * the phone. Rows are copies of the page's row <template>, filled with textContent only; the
 * directory's script (browser-directory.ts) writes their 「今日开放」 on the bz-rows event.
 * Every press ends in results or a message: a site may lack any optional field, and anything
 * unexpected is reported in the status line instead of leaving 「正在……」 on the screen.
 */
import type { NearData, NearSite } from './near-data';

interface Messages {
  locating: string;
  loading: string;
  found: string;
  denied: string;
  unavailable: string;
  timeout: string;
  failed: string;
  error: string;
  far: string;
  none: string;
  metres: string;
  km: string;
}

const SHOWN = 5;
const RAD = Math.PI / 180;
/** Beyond this from every site, a position is reported as outside the city (its list still shown). */
const FAR = 30e3;
/** How far (in degrees, about 11 km) outside the box the sites span a position still counts as inside. */
const MARGIN = 0.1;
/** The browser's own timeout once it may locate; the guard also covers a prompt nobody answers. */
const TIMEOUT = 20e3;

/** Great-circle distance in metres (haversine). */
export function distance(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const a =
    Math.sin(((lat2 - lat1) * RAD) / 2) ** 2 +
    Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(((lng2 - lng1) * RAD) / 2) ** 2;
  return 12742e3 * Math.asin(Math.sqrt(a));
}

export function nearest(data: NearData, lat: number, lng: number, count = SHOWN): Array<[NearSite, number]> {
  return data.sites
    .filter((s) => Number.isFinite(s[2]) && Number.isFinite(s[3]))
    .map((s): [NearSite, number] => [s, distance(lat, lng, s[2], s[3])])
    .sort((a, b) => a[1] - b[1])
    .slice(0, count);
}

/** Whether a position lies clearly outside the area the sites cover. */
export function isFar(data: NearData, lat: number, lng: number, metres: number): boolean {
  if (metres > FAR) return true;
  const lats = data.sites.map((s) => s[2]);
  const lngs = data.sites.map((s) => s[3]);
  return (
    lat < Math.min(...lats) - MARGIN ||
    lat > Math.max(...lats) + MARGIN ||
    lng < Math.min(...lngs) - MARGIN ||
    lng > Math.max(...lngs) + MARGIN
  );
}

export const formatDistance = (metres: number, m: Pick<Messages, 'metres' | 'km'>): string =>
  metres < 1000 ? m.metres.replace('{n}', String(Math.round(metres / 10) * 10)) : m.km.replace('{n}', (metres / 1000).toFixed(1));

/** The message for a failed GeolocationPositionError code (1 denied, 2 unavailable, 3 timeout). */
export function locateMessage(code: number | undefined, m: Messages): string {
  return code === 1 ? m.denied : code === 2 ? m.unavailable : code === 3 ? m.timeout : m.failed;
}

const locate = () =>
  new Promise<GeolocationPosition>((resolve, reject) => {
    const guard = setTimeout(() => reject({ code: 3 }), TIMEOUT + 25e3);
    navigator.geolocation.getCurrentPosition(
      (p) => (clearTimeout(guard), resolve(p)),
      (e) => (clearTimeout(guard), reject(e)),
      { timeout: TIMEOUT, maximumAge: 3e5 },
    );
  });

/** Fills a copy of the row template; a field the site lacks takes its whole line with it. */
export function fillRow(row: HTMLElement, site: NearSite, metres: number, data: NearData, m: Messages): void {
  const [id, name, , , address, phone, hours, services, tel] = site;
  const field = (f: string) => row.querySelector<HTMLElement>(`[data-f=${f}]`);
  const set = (f: string, text: string | undefined) => {
    const el = field(f);
    if (el && text) el.textContent = text;
    else (el?.closest('p') ?? el)?.remove();
  };
  const [text, code] = data.hours[hours] ?? ['', ''];
  // Before the hours line, which holds the today marker and may go.
  const today = field('today');
  if (today && text && code) today.dataset.bzToday = code;
  else today?.remove();
  field('name')?.setAttribute('href', `/sites/${id}/`);
  set('name', name || id);
  set('distance', formatDistance(metres, m));
  set('address', address);
  set('hours', text);
  set('phone', phone);
  if (tel) field('phone')?.setAttribute('href', tel);
  set('services', services);
}

async function find(root: HTMLElement, m: Messages, say: (text: string) => void): Promise<void> {
  const results = root.querySelector<HTMLElement>('[data-bz-results]')!;
  const template = root.querySelector<HTMLTemplateElement>('template[data-bz-row]')!;
  say(m.locating);
  let pos: GeolocationPosition;
  try {
    pos = await locate();
  } catch (e) {
    say(locateMessage((e as { code?: number } | undefined)?.code, m));
    return;
  }
  say(m.loading);
  let data: NearData;
  try {
    const response = await fetch(root.dataset.bzNear!);
    if (!response.ok) throw new Error(String(response.status));
    data = (await response.json()) as NearData;
  } catch {
    say(m.error);
    return;
  }
  const { latitude: lat, longitude: lng } = pos.coords;
  const found = nearest(data, lat, lng);
  if (!found.length) {
    say(m.none);
    return;
  }
  const list = document.createElement('ol');
  list.className = 'bz-grid';
  for (const [site, metres] of found) {
    const row = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    fillRow(row, site, metres, data, m);
    list.append(row);
  }
  const heading = results.querySelector('h2')!;
  heading.textContent = m.found.replace('{count}', String(list.children.length));
  results.querySelector('ol')?.remove();
  results.append(list);
  list.dispatchEvent(new Event('bz-rows', { bubbles: true }));
  results.hidden = false;
  const closest = found[0]![1];
  say(isFar(data, lat, lng, closest) ? m.far.replace('{distance}', formatDistance(closest, m)) : '');
  // The heading at the top of the screen, so the nearest site's phone shows without scrolling.
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

export async function findNearest(root: HTMLElement): Promise<void> {
  const m = JSON.parse(root.dataset.bzMessages!) as Messages;
  const status = root.querySelector<HTMLElement>('[role=status]')!;
  const say = (text: string) => (status.textContent = text);
  try {
    await find(root, m, say);
  } catch {
    say(m.error);
  }
}

/** Runs on load (the first press put this script into the page) and on every later press. */
export function startFinder(doc: Document = document): void {
  const root = doc.querySelector<HTMLElement>('[data-bz-near]');
  const button = root?.querySelector('button');
  if (!root || !button) return;
  const run = () => {
    button.disabled = true;
    void findNearest(root).finally(() => (button.disabled = false));
  };
  button.addEventListener('click', run);
  run();
}
