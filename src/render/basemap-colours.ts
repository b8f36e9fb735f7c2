/**
 * The basemap's colours, one set for every renderer: the WebGL style, the static SVG map and the
 * archive's canvas map.
 */

/** Colours of the basemap, CSS colour strings. */
export interface BasemapColors {
  /** Sea, drawn as the background. */
  sea: string;
  /** Land fill. */
  land: string;
  /** Coastline stroke. */
  coastline: string;
  /** International border stroke. */
  border: string;
  /** Country name text. */
  label: string;
  /** Halo around country names. */
  labelHalo: string;
}

/**
 * Muted, low-contrast defaults: the places and areas drawn on top carry the colour, the basemap
 * only gives orientation.
 */
export const BASEMAP_COLORS: Readonly<BasemapColors> = {
  sea: '#dde5ea',
  land: '#f4f2ee',
  coastline: '#a7b6c0',
  border: '#a39aa6',
  label: '#77707a',
  labelHalo: '#f4f2ee',
};
