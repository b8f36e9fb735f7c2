/** A planar frame for Voronoi computations, and its inverse. */
export interface LocalFrame {
  /** Latitude of true scale, degrees. */
  lat0: number;
  /** [lon, lat] degrees → [x, y] in degrees of latitude (north-south scale kept). */
  project(position: readonly number[]): [number, number];
  /** The inverse of `project`. */
  unproject(position: readonly number[]): [number, number];
}

/**
 * A local equirectangular frame: x = lon · cos(lat0), y = lat.
 *
 * Why not Voronoi directly in lon/lat (what turf `voronoi` does): at Tripoli's latitude a degree
 * of longitude is 16% shorter than a degree of latitude, so lon/lat bisectors tilt and a
 * front line would sit kilometres closer to one side. In this frame distances are true to within
 * about 1% across the ±1° of latitude the region's places span, so each cell edge is the line
 * of points equally far from its two places, as the reader is told. The map is affine, so
 * straight cell edges stay straight after `unproject` and shared edges stay exactly shared.
 *
 * @param lat0 - latitude of true scale, degrees (use the sites' mean latitude)
 */
export function createLocalFrame(lat0: number): LocalFrame {
  const k = Math.cos((lat0 * Math.PI) / 180);
  return {
    lat0,
    project: (p) => [(p[0] as number) * k, p[1] as number],
    unproject: (p) => [(p[0] as number) / k, p[1] as number],
  };
}
