/**
 * The archive map's view, computed once on the main thread so that the first paint (a 2D canvas)
 * and MapLibre show exactly the same thing: the page fits the claims' bounding box the way
 * MapLibre's `fitBounds` does, then hands MapLibre the explicit centre and zoom.
 *
 * Web Mercator as MapLibre has it: the world is a square of `512 · 2^zoom` CSS px, x from the
 * antimeridian eastwards, y from the north edge (about 85.05° N) southwards. Pure: no DOM.
 */

/** `[[west, south], [east, north]]`, degrees. */
export type LonLatBounds = [[number, number], [number, number]];

/** What the map shows. */
export interface ClaimsView {
  /** `[lon, lat]` at the centre of the map, degrees. */
  center: [number, number];
  /** MapLibre zoom: the world is `512 · 2^zoom` CSS px wide. */
  zoom: number;
  /** Map width, CSS px. */
  width: number;
  /** Map height, CSS px. */
  height: number;
}

/** Options of {@link fitClaimsView}. */
export interface FitClaimsViewOptions {
  /** Map width, CSS px. */
  width: number;
  /** Map height, CSS px. */
  height: number;
  /** Room kept free on every side, CSS px. @defaultValue 40 */
  padding?: number;
  /** Highest zoom the fit may reach (MapLibre's default `maxZoom`). @defaultValue 22 */
  maxZoom?: number;
}

/** Size of a MapLibre tile at its own zoom, CSS px (the world at zoom 0). */
export const WORLD_TILE_PX = 512;

/** Mercator x of a longitude in the unit square (0 at 180° W, 1 at 180° E). */
export function mercatorX(lon: number): number {
  return lon / 360 + 0.5;
}

/**
 * Mercator y of a latitude in the unit square (0 at the north edge, 1 at the south edge), the
 * formula MapLibre's `mercatorYfromLat` uses.
 */
export function mercatorY(lat: number): number {
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
}

/** Longitude of a Mercator x in the unit square, degrees. */
export function longitudeOf(x: number): number {
  return x * 360 - 180;
}

/** Latitude of a Mercator y in the unit square, degrees (MapLibre's `latFromMercatorY`). */
export function latitudeOf(y: number): number {
  const y2 = 180 - y * 360;
  return (360 / Math.PI) * Math.atan(Math.exp((y2 * Math.PI) / 180)) - 90;
}

/**
 * The view MapLibre's `fitBounds(bounds, { padding })` opens on with no bearing or pitch: the
 * largest zoom at which the box fits inside the map less the padding, centred on the middle of
 * the box in Mercator (not the middle of its latitudes).
 */
export function fitClaimsView(bounds: LonLatBounds, options: FitClaimsViewOptions): ClaimsView {
  const { width, height, padding, maxZoom } = { padding: 40, maxZoom: 22, ...options };
  const [[west, south], [east, north]] = bounds;
  const x0 = mercatorX(west);
  const x1 = mercatorX(east);
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const scaleX = (width - 2 * padding) / ((x1 - x0) * WORLD_TILE_PX);
  const scaleY = (height - 2 * padding) / ((y1 - y0) * WORLD_TILE_PX);
  const zoom = Math.min(Math.log2(Math.min(scaleX, scaleY)), maxZoom);
  return { center: [longitudeOf((x0 + x1) / 2), latitudeOf((y0 + y1) / 2)], zoom, width, height };
}

/** The zoom of the tiles MapLibre loads for a GeoJSON source (512 px tiles) at a map zoom. */
export function tileZoomOf(zoom: number): number {
  return Math.max(0, Math.floor(zoom));
}

/** Projects `[lon, lat]` to CSS px from the map's top left corner. */
export type ViewProjection = (lon: number, lat: number) => [number, number];

/** The projection of a view: where each longitude and latitude lands on the map, CSS px. */
export function projectionOf(view: ClaimsView): ViewProjection {
  const world = WORLD_TILE_PX * 2 ** view.zoom;
  const cx = mercatorX(view.center[0]) * world;
  const cy = mercatorY(view.center[1]) * world;
  return (lon, lat) => [mercatorX(lon) * world - cx + view.width / 2, mercatorY(lat) * world - cy + view.height / 2];
}

/** The longitudes and latitudes a view covers, `[west, south, east, north]`, degrees. */
export function boundsOf(view: ClaimsView): [number, number, number, number] {
  const world = WORLD_TILE_PX * 2 ** view.zoom;
  const cx = mercatorX(view.center[0]);
  const cy = mercatorY(view.center[1]);
  const dx = view.width / 2 / world;
  const dy = view.height / 2 / world;
  return [longitudeOf(cx - dx), latitudeOf(cy + dy), longitudeOf(cx + dx), latitudeOf(cy - dy)];
}

/** The bounding box of the claims, or `null` when there are none. */
export function boundsOfClaims(lon: ArrayLike<number>, lat: ArrayLike<number>): LonLatBounds | null {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < lon.length; i++) {
    const x = lon[i] as number;
    const y = lat[i] as number;
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < south) south = y;
    if (y > north) north = y;
  }
  return lon.length > 0 ? [[west, south], [east, north]] : null;
}
