export * from './types.ts';
export * from './errors.ts';
export * from './text/normalise.ts';
export * from './geoparser/index.ts';
export { distanceKm } from './geo/distance-km.ts';
export { resolveMatches, isInRegion } from './resolve/resolve-matches.ts';
