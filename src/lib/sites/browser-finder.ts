/**
 * 「查找离我最近的阵地」, loaded only when the button is first pressed (runs in the reader's
 * browser; budget ≤ 4 KB compressed): asks for the position, fetches /sites/near.json from the
 * site itself, computes the distances here and lists the nearest sites. The position never leaves
 * the phone. Rows are copies of the page's row <template>, filled with textContent only; the
 * directory's script (browser-directory.ts) writes their 「今日开放」 on the bz-rows event.
 */
import type { NearData, NearSite } from './near-data';

interface Messages {
  locating: string;
  loading: string;
  found: string;
  denied: string;
  failed: string;
  error: string;
  metres: string;
  km: string;
}

const SHOWN = 5;
const RAD = Math.PI / 180;

/** Great-circle distance in metres (haversine). */
export function distance(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const a =
    Math.sin(((lat2 - lat1) * RAD) / 2) ** 2 +
    Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(((lng2 - lng1) * RAD) / 2) ** 2;
  return 12742e3 * Math.asin(Math.sqrt(a));
}

export function nearest(data: NearData, lat: number, lng: number, count = SHOWN): Array<[NearSite, number]> {
  return data.sites
    .map((s): [NearSite, number] => [s, distance(lat, lng, s[2], s[3])])
    .sort((a, b) => a[1] - b[1])
    .slice(0, count);
}

const locate = () =>
  new Promise<GeolocationPosition>((resolve, reject) =>
    navigator.geolocation.getCurrentPosition(resolve, reject, { timeout: 20e3, maximumAge: 3e5 }),
  );

export async function findNearest(root: HTMLElement): Promise<void> {
  const m = JSON.parse(root.dataset.bzMessages!) as Messages;
  const status = root.querySelector<HTMLElement>('[role=status]')!;
  const results = root.querySelector<HTMLElement>('[data-bz-results]')!;
  const template = root.querySelector<HTMLTemplateElement>('template[data-bz-row]')!;
  const say = (text: string) => (status.textContent = text);
  say(m.locating);
  let pos: GeolocationPosition;
  try {
    pos = await locate();
  } catch (e) {
    say((e as GeolocationPositionError).code === 1 ? m.denied : m.failed);
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
  const list = document.createElement('ol');
  list.className = 'bz-grid';
  for (const [[id, name, , , address, phone, hours, services, tel], metres] of nearest(
    data,
    pos.coords.latitude,
    pos.coords.longitude,
  )) {
    const row = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    const field = (f: string) => row.querySelector<HTMLElement>(`[data-f=${f}]`)!;
    const set = (f: string, text: string) => (text ? (field(f).textContent = text) : field(f).closest('p')!.remove());
    const link = field('name') as HTMLAnchorElement;
    link.href = `/sites/${id}/`;
    set('name', name);
    set(
      'distance',
      metres < 1000
        ? m.metres.replace('{n}', String(Math.round(metres / 10) * 10))
        : m.km.replace('{n}', (metres / 1000).toFixed(1)),
    );
    set('address', address);
    const [text, code] = data.hours[hours] ?? ['', ''];
    set('hours', text);
    if (code) field('today').dataset.bzToday = code;
    else field('today').remove();
    set('phone', phone);
    if (tel) (field('phone') as HTMLAnchorElement).href = tel;
    set('services', services);
    list.append(row);
  }
  const heading = results.querySelector('h2')!;
  heading.textContent = m.found.replace('{count}', String(list.children.length));
  results.querySelector('ol')?.remove();
  results.append(list);
  list.dispatchEvent(new Event('bz-rows', { bubbles: true }));
  results.hidden = false;
  say('');
  // The heading at the top of the screen, so the nearest site's phone shows without scrolling.
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
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
