/**
 * The hatch of partial and contested zones, defined once and drawn two ways: as a raster tile for
 * MapLibre's `fill-pattern` ({@link drawHatchPattern}) and as an SVG `<pattern>` for the static map
 * ({@link svgHatchPattern}). Both come from {@link hatchBands}, so the two maps hatch alike.
 *
 * Geometry, in CSS px of a square tile of side `size`: a band is the set of points whose
 * `(x − y) mod size` lies in `[offset, offset + stripe)`. Bands therefore run along lines
 * `x − y = constant`: from the top left to the bottom right of the screen, at 45°.
 */
import { escapeAttribute } from '../render/escape.ts';
import { assertHexColour } from '../render/hex-colour.ts';

/** An RGBA pattern tile, straight alpha, as MapLibre's `map.addImage` takes it for `fill-pattern`. */
export interface PatternImage {
  /** Device px. */
  width: number;
  /** Device px. */
  height: number;
  data: Uint8ClampedArray;
  pixelRatio: number;
}

/** Options of {@link drawHatchPattern} and {@link svgHatchPattern}. */
export interface HatchOptions {
  /** Tile size, CSS px. @defaultValue 8 */
  size?: number;
  /** Stripe width, measured along x, CSS px. @defaultValue 2 */
  stripe?: number;
  /** Device px per CSS px (raster tile only). @defaultValue 2 */
  pixelRatio?: number;
  /** Alpha of the stripes, 0–1. @defaultValue 0.55 */
  alpha?: number;
}

/** Defaults of {@link HatchOptions}. */
export const HATCH_DEFAULTS: Readonly<Required<HatchOptions>> = Object.freeze({ size: 8, stripe: 2, pixelRatio: 2, alpha: 0.55 });

/** One stripe of the tile: its colour and where it starts along x − y, CSS px. */
export interface HatchBand {
  colour: string;
  /** Start of the band in `(x − y) mod size`, CSS px. */
  offset: number;
  /** Width of the band along x, CSS px. */
  width: number;
}

/**
 * The bands of a tile: one stripe in one colour, or, for two colours (a contested zone), the
 * second colour's stripe half a tile further, so the stripes alternate.
 */
export function hatchBands(colours: readonly string[], options: HatchOptions = {}): HatchBand[] {
  const { size, stripe } = { ...HATCH_DEFAULTS, ...options };
  if (colours.length === 0) throw new RangeError('colours: expected at least one #rrggbb colour, found none');
  colours.forEach((c, i) => assertHexColour(c, `colours[${i}]`));
  return colours.slice(0, 2).map((colour, i) => ({ colour, offset: (i * size) / 2, width: stripe }));
}

/**
 * Draws the raster tile: each device pixel whose centre lies in a band takes the band's colour.
 * The tile repeats seamlessly because the bands are periodic in x − y.
 */
export function drawHatchPattern(colours: readonly string[], options: HatchOptions = {}): PatternImage {
  const o = { ...HATCH_DEFAULTS, ...options };
  const bands = hatchBands(colours, o).map((b) => ({ ...b, rgb: [1, 3, 5].map((k) => parseInt(b.colour.slice(k, k + 2), 16)) }));
  const n = Math.round(o.size * o.pixelRatio);
  const data = new Uint8ClampedArray(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      // Pixel centres: ((x + ½) − (y + ½)) / ratio = (x − y) / ratio, taken mod the tile size.
      const t = ((((x - y) / o.pixelRatio) % o.size) + o.size) % o.size;
      const band = bands.find((b) => t >= b.offset && t < b.offset + b.width);
      if (!band) continue;
      const i = (y * n + x) * 4;
      data[i] = band.rgb[0] as number;
      data[i + 1] = band.rgb[1] as number;
      data[i + 2] = band.rgb[2] as number;
      data[i + 3] = Math.round(o.alpha * 255);
    }
  }
  return { width: n, height: n, data, pixelRatio: o.pixelRatio };
}

/**
 * The same tile as an SVG `<pattern>` in user units (one unit per CSS px of the raster tile): each
 * band is a parallelogram between the lines x − y = offset and x − y = offset + width, drawn once
 * and once a tile to the left, so that with the tile's clipping the band covers every point whose
 * `(x − y) mod size` is in it.
 */
export function svgHatchPattern(id: string, colours: readonly string[], options: HatchOptions = {}): string {
  const o = { ...HATCH_DEFAULTS, ...options };
  const s = o.size;
  const paths = hatchBands(colours, o).map((b) => {
    const d = [b.offset, b.offset - s].map((c) => `M${c},0h${b.width}l${s},${s}h${-b.width}z`).join('');
    return `<path d="${d}" fill="${b.colour}" fill-opacity="${o.alpha}"/>`;
  });
  return `<pattern id="${escapeAttribute(id)}" width="${s}" height="${s}" patternUnits="userSpaceOnUse">${paths.join('')}</pattern>`;
}
