import { geoCircle, geoMercator, geoPath, type GeoProjection } from 'd3';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { BASEMAP_COLORS } from './basemap-colours.ts';
import { escapeAttribute, escapeText } from './escape.ts';
import type { PlacesCollection } from '../core/geojson/build-places-collection.ts';
import type { PlaceStyles } from './place-styles.ts';
import type { ZoneStyles } from './zone-styles.ts';
import { svgHatchPattern } from '../map/hatch-pattern.ts';

/** The view a static map shows, so the WebGL map can open on exactly the same one. */
export interface SvgMapView {
  /** Width and height of the viewBox, SVG user units. */
  width: number;
  height: number;
  /** [lon, lat] at the centre of the viewBox, degrees. */
  center: [number, number];
  /** The Mercator projection's scale: SVG units per radian. */
  scale: number;
}

/** Options of {@link renderSvgMap}. */
export interface SvgMapOptions {
  /** ViewBox width, units. @defaultValue 1000 */
  width?: number;
  /** ViewBox height, units. @defaultValue 750 */
  height?: number;
  /**
   * Room around the places, units: the left side leaves space for the legend, which sits over
   * the map's top left corner (about 310 px wide at the viewBox's usual scale of 0.74).
   * @defaultValue `{ top: 60, right: 70, bottom: 60, left: 430 }`
   */
  padding?: { top: number; right: number; bottom: number; left: number };
  /** Distance rings around the centre, km. @defaultValue [10, 25, 50] */
  ringsKm?: readonly number[];
  /** The point the rings are centred on, [lon, lat]. */
  centre: [number, number];
  /** Symbol size, units. @defaultValue 22 */
  symbolSize?: number;
}

const DEFAULTS = { width: 1000, height: 750, padding: { top: 60, right: 70, bottom: 60, left: 430 }, ringsKm: [10, 25, 50], symbolSize: 22 };
const EARTH_RADIUS_KM = 6371.0088;
/** What the static map draws beyond the basemap: distance rings and place labels. */
const COLOURS = { ...BASEMAP_COLORS, ring: '#6b7280', placeLabel: '#111827' };

/**
 * Renders an article's map as SVG with d3-geo, for the first paint, for readers without WebGL,
 * for printing and as the social preview: the same basemap extract, places, symbols, rings and
 * zones as the WebGL map, in Web Mercator (the WebGL map's projection), fitted to the places in
 * the region. Every place is a focusable group with `data-place`, so the page can link it to the
 * text like the WebGL map; names are written in Arabic and English (`lang` on each label), for
 * the page to show one. All text is escaped; colours come from the palette's checked values.
 * Zones and distance rings are in groups of class `cm-svg-secondary`, which the page can paint a
 * frame after the places (see `.cm-static-map--progressive` in src/ui/styles.css).
 *
 * For the page to pan and zoom it (src/map/svg-renderer.ts), everything but the `<defs>` is in one
 * group, `cm-svg-view`, whose transform moves the geography; what keeps its size on screen (the
 * places with their symbols and labels, the ring labels, the centre) is of class `cm-svg-pin` and
 * drawn around the origin, with its point as the element's only transform, `translate(x y)`.
 * Every stroked shape of the geography carries its `stroke-width`, for the page to keep lines as
 * thin as they are drawn.
 */
export function renderSvgMap(
  input: { basemap: FeatureCollection; places: PlacesCollection; styles: PlaceStyles; zones: Pick<ZoneStyles, 'zones' | 'colour' | 'pattern' | 'patternColours'> | null; title: string; article: string },
  options: SvgMapOptions,
): { svg: string; view: SvgMapView } {
  const o = { ...DEFAULTS, ...options };
  const inRegion = input.places.features.filter((f) => f.properties.in_region);
  const projection = geoMercator().fitExtent(
    [[o.padding.left, o.padding.top], [o.width - o.padding.right, o.height - o.padding.bottom]],
    { type: 'MultiPoint', coordinates: inRegion.map((f) => f.geometry.coordinates) },
  );
  // A lone place (or places very close together) must not zoom in beyond what the WebGL map
  // allows when fitting (zoom 11: 512 · 2^11 px around the world).
  const maxScale = (512 * 2 ** 11) / (2 * Math.PI);
  if (projection.scale() > maxScale) projection.scale(maxScale);
  const centre = projection.invert?.([o.width / 2, o.height / 2]) as [number, number];
  projection.center(centre).translate([o.width / 2, o.height / 2]);
  // Only what a container of any shape can show (the sea rectangle's extent), to a tenth of a unit
  // (a tenth of a pixel at most): the map is inlined in every page load, and the browser parses and
  // lays out every coordinate before it can paint.
  projection.clipExtent([[-o.width * 2, -o.height * 2], [o.width * 3, o.height * 3]]);
  const path = geoPath(projection).digits(1);
  const d = (g: Geometry | Feature): string => path(windForD3(g) as never) ?? '';
  const r = (n: number): string => String(Math.round(n * 10) / 10);

  const byLayer = (layer: string): Feature[] => input.basemap.features.filter((f) => f.properties?.layer === layer);
  const parts: string[] = [];
  // The sea is the background, drawn far beyond the viewBox so a wider container still shows it.
  // The basemap and the rings answer no pointer: every mouse move over the map would otherwise
  // hit-test the land's long outlines and stroked coasts (slow in the browser, and for nothing).
  parts.push(
    `<g class="cm-svg-basemap" pointer-events="none">` +
      `<rect x="${-o.width * 2}" y="${-o.height * 2}" width="${o.width * 5}" height="${o.height * 5}" fill="${COLOURS.sea}"/>` +
      `<g class="cm-svg-land">${byLayer('land').map((f) => `<path d="${d(f)}" fill="${COLOURS.land}"/>`).join('')}</g>` +
      `<g fill="none" stroke="${COLOURS.coastline}" stroke-width="1">${byLayer('coastline').map((f) => `<path d="${d(f)}"/>`).join('')}</g>` +
      `<g fill="none" stroke="${COLOURS.border}" stroke-width="1" stroke-dasharray="4 3">${byLayer('border').map((f) => `<path d="${d(f)}"/>`).join('')}</g>` +
      `</g>`,
  );

  const patterns = new Set<string>();
  const zoneStyles = input.zones;
  if (zoneStyles) {
    const zones = zoneStyles.zones.features.filter((f) => f.properties?.kind === 'zone');
    const front = zoneStyles.zones.features.filter((f) => f.properties?.kind === 'front-line');
    parts.push(
      // Zones are clicked by their area, as on the WebGL map (its fill layer): their outlines and
      // the front line are not hit-tested.
      `<g class="cm-svg-zones cm-svg-secondary" pointer-events="visibleFill">${zones
        .map((f) => {
          const id = String(f.id);
          const colour = zoneStyles.colour.get(id) ?? '#6a6a6a';
          const pattern = zoneStyles.pattern.get(id);
          const full = pattern === undefined;
          if (pattern) patterns.add(pattern);
          const hatch = full ? '' : `<path d="${d(f)}" fill="url(#${svgPatternId(pattern)})" stroke="none"/>`;
          return `<g data-zone="${escapeAttribute(String(f.id))}"><path d="${d(f)}" fill="${colour}" fill-opacity="${full ? 0.2 : 0.07}" stroke="${colour}" stroke-opacity="0.8" stroke-width="0.8"/>${hatch}</g>`;
        })
        .join('')}${front.map((f) => `<path d="${d(f)}" fill="none" stroke="#111827" stroke-width="2.5" stroke-dasharray="5 4" stroke-linecap="round" pointer-events="none"/>`).join('')}</g>`,
    );
  }

  // Distance rings: geodesic circles, like turf's on the WebGL map.
  const rings: string[] = [];
  for (const km of o.ringsKm) {
    const ring = geoCircle().center(o.centre).radius((km / EARTH_RADIUS_KM) * (180 / Math.PI)).precision(1)();
    const label = projection([o.centre[0], o.centre[1] - (km / EARTH_RADIUS_KM) * (180 / Math.PI)]) as [number, number];
    rings.push(
      `<path d="${d(ring)}" fill="none" stroke="${COLOURS.ring}" stroke-opacity="0.7" stroke-width="1" stroke-dasharray="6 4"/>` +
        `<text class="cm-svg-pin" transform="translate(${r(label[0])} ${r(label[1])})" font-size="11" fill="#4b5563" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3">${km} km</text>`,
    );
  }
  const [cx, cy] = projection(o.centre) as [number, number];
  rings.push(`<circle class="cm-svg-pin" transform="translate(${r(cx)} ${r(cy)})" r="4" fill="#111827" stroke="#fff" stroke-width="2"/>`);
  parts.push(`<g class="cm-svg-rings cm-svg-secondary" pointer-events="none">${rings.join('')}</g>`);

  const half = o.symbolSize / 2;
  for (const f of inRegion) {
    const p = f.properties;
    const [x, y] = projection(f.geometry.coordinates as [number, number]) as [number, number];
    const symbol = input.styles.byPlace.get(p.id)?.symbol;
    const icon = symbol ? input.styles.svg(symbol, o.symbolSize) : '';
    const label = (lang: 'ar' | 'en', text: string): string =>
      `<text class="cm-svg-label" lang="${lang}" x="${r(half + 3)}" y="4" font-size="13" fill="${COLOURS.placeLabel}" paint-order="stroke" stroke="#fff" stroke-width="3.2">${escapeText(text)}</text>`;
    // Drawn around the place's point (the group's translation), so the page can keep symbols and
    // labels at their size when the reader zooms the geography (src/map/svg-renderer.ts).
    parts.push(
      `<g class="cm-svg-place cm-svg-pin" data-place="${escapeAttribute(p.id)}" tabindex="-1" transform="translate(${r(x)} ${r(y)})">` +
        `<circle class="cm-svg-halo" r="17" fill="none" stroke="none" stroke-width="3"/>` +
        `<g transform="translate(${-half} ${-half})">${icon}</g>${label('ar', p.name_ar)}${label('en', p.name_en)}</g>`,
    );
  }
  // The WebGL map's hatch patterns, drawn from the same bands (src/map/hatch-pattern.ts).
  const hatch = `<defs>${[...patterns].map((id) => svgHatchPattern(svgPatternId(id), zoneStyles?.patternColours.get(id) ?? ['#6a6a6a'])).join('')}</defs>`;
  const view: SvgMapView = { width: o.width, height: o.height, center: [round6(centre[0]), round6(centre[1])], scale: round6(projection.scale()) };
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="cm-svg-map" viewBox="0 0 ${o.width} ${o.height}" preserveAspectRatio="xMidYMid meet" overflow="visible" ` +
    `direction="ltr" role="img" aria-label="${escapeAttribute(input.title)}" data-article="${escapeAttribute(input.article)}" data-center="${view.center.join(',')}" data-scale="${view.scale}" data-width="${o.width}" data-height="${o.height}" font-family="'Noto Sans Arabic', sans-serif">` +
    `${hatch}<g class="cm-svg-view">${parts.join('')}</g></svg>`;
  return { svg, view };
}

type Ring = Array<[number, number]>;

/**
 * d3-geo reads polygons on the sphere: an exterior ring must run clockwise, or the polygon is
 * the rest of the world. GeoJSON (RFC 7946) winds exteriors counter-clockwise, so rings are set
 * to d3's winding here, by their planar signed area (the extents here are small).
 */
export function windForD3<T extends Geometry | Feature>(g: T): T {
  const feature = (g as Feature).type === 'Feature' ? (g as Feature) : null;
  const geometry = feature ? feature.geometry : (g as Geometry);
  const wind = (ring: Ring, exterior: boolean): Ring => {
    let area = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += ((ring[j] as [number, number])[0] - (ring[i] as [number, number])[0]) * ((ring[j] as [number, number])[1] + (ring[i] as [number, number])[1]);
    // area > 0: counter-clockwise in lon/lat (y up). Exteriors clockwise, holes counter-clockwise.
    return (area < 0) === exterior ? ring : [...ring].reverse();
  };
  let wound: Geometry = geometry;
  if (geometry.type === 'Polygon') wound = { type: 'Polygon', coordinates: geometry.coordinates.map((r, i) => wind(r as Ring, i === 0)) };
  else if (geometry.type === 'MultiPolygon') wound = { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map((r, i) => wind(r as Ring, i === 0))) };
  return (feature ? { ...feature, geometry: wound } : wound) as T;
}

/** The static map's id of a zone hatch pattern (the WebGL map's id, in the SVG's own namespace). */
function svgPatternId(patternId: string): string {
  return `cm-svg-${patternId.replace(/^cm-/, '')}`;
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Zoom of a Web Mercator map with 512 px tiles showing the view at `pixelsPerUnit` screen px per SVG unit. */
export function zoomForView(view: SvgMapView, pixelsPerUnit: number): number {
  return Math.log2((2 * Math.PI * view.scale * pixelsPerUnit) / 512);
}

export type { GeoProjection };
