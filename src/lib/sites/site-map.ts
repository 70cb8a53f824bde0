/**
 * What the directory's SVG maps draw, computed at build time: county outlines, and each site with
 * coordinates as a dot. Dots are grouped by the page that lists them (a 站 with its 所, the
 * township's page), one link per group, so a county's 300 dots cost a few KB and every dot
 * leads to the row with its address, hours and phone.
 */
import { countyShapes, type CountyShape, type LngLat } from '../geo/counties';
import { frameAround, ringsPath, type Frame } from '../geo/frame';
import { homePage, townshipName, type SiteLike } from './directory';

export interface MapArea {
  name: string;
  d: string;
  /** Where the name is written, or undefined on a one-county map. */
  label?: [number, number];
  href?: string;
}
export interface DotGroup {
  href: string;
  title: string;
  /** Path data of zero-length segments, drawn as round dots. */
  d: string;
}
export interface MapModel {
  width: number;
  height: number;
  areas: MapArea[];
  groups: DotGroup[];
  /** The one site a site page is about. */
  mark?: [number, number];
  /** Sites drawn / sites without coordinates. */
  drawn: number;
  missing: number;
}

const located = (s: SiteLike) => s.data.lat !== undefined && s.data.lng !== undefined;
const at = (s: SiteLike): LngLat => [s.data.lng!, s.data.lat!];

/**
 * One link per page that lists the dots' sites: a 站 with its 所 (the township's page), a 所 on
 * its own page, a 中心 on its county's page (`centreHref`) or its own.
 */
function dotGroups(
  sites: readonly SiteLike[],
  frame: Frame,
  byId: ReadonlyMap<string, SiteLike>,
  centreHref?: (s: SiteLike) => string,
): DotGroup[] {
  const groups = new Map<string, { title: string; dots: string[] }>();
  for (const s of sites.filter(located)) {
    const [x, y] = frame.project(at(s));
    const home = byId.get(homePage(s)) ?? s;
    const href = s.data.level === '中心' && centreHref ? centreHref(s) : `/sites/${home.id}/`;
    const title = s.data.level === '中心' ? s.data.name : townshipName(home.data);
    const group = groups.get(href) ?? { title, dots: [] };
    group.dots.push(`M${x} ${y}h0`);
    groups.set(href, group);
  }
  return [...groups].map(([href, g]) => ({ href, title: g.title, d: g.dots.join('') }));
}

const shapesOf = (counties: readonly string[]) =>
  counties.map((c) => countyShapes().find((s) => s.name === c)).filter((s): s is CountyShape => !!s);

/** The whole city: each county a link to its page, every located site a dot. */
export function cityMap(
  sites: readonly SiteLike[],
  counties: readonly string[],
  countyHref: (c: string) => string,
): MapModel | undefined {
  const shapes = shapesOf(counties);
  if (shapes.length === 0) return undefined;
  const frame = frameAround(shapes.flatMap((s) => s.rings));
  const byId = new Map(sites.map((s) => [s.id, s]));
  return {
    width: frame.width,
    height: frame.height,
    areas: shapes.map((s) => ({
      name: s.name,
      d: ringsPath(s.rings, frame),
      label: frame.project(s.seat),
      href: countyHref(s.name),
    })),
    groups: dotGroups(sites, frame, byId, (s) => countyHref(s.data.county)),
    drawn: sites.filter(located).length,
    missing: sites.filter((s) => !located(s)).length,
  };
}

const outlines = new Map<string, { frame: Frame; area: MapArea } | undefined>();

/** A county's frame and outline, worked out once per build: every site page of the county uses them. */
function countyOutline(county: string) {
  if (!outlines.has(county)) {
    const [shape] = shapesOf([county]);
    const frame = shape && frameAround(shape.rings);
    outlines.set(county, shape && frame && { frame, area: { name: shape.name, d: ringsPath(shape.rings, frame) } });
  }
  return outlines.get(county);
}

/** One county, its sites as dots; with `mark`, the map of that one site's page (no dots). */
export function countyMap(sites: readonly SiteLike[], county: string, mark?: SiteLike): MapModel | undefined {
  const outline = countyOutline(county);
  if (!outline) return undefined;
  const { frame, area } = outline;
  const base = { width: frame.width, height: frame.height, areas: [area] };
  if (mark) return { ...base, groups: [], mark: located(mark) ? frame.project(at(mark)) : undefined, drawn: 0, missing: 0 };
  const inCounty = sites.filter((s) => s.data.county === county);
  return {
    ...base,
    groups: dotGroups(inCounty, frame, new Map(sites.map((s) => [s.id, s]))),
    drawn: inCounty.filter(located).length,
    missing: inCounty.filter((s) => !located(s)).length,
  };
}
