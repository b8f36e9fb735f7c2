/** An RGBA pattern tile, straight alpha, as MapLibre's `map.addImage` takes it for `fill-pattern`. */
export interface PatternImage {
  /** Device px. */
  width: number;
  /** Device px. */
  height: number;
  data: Uint8ClampedArray;
  pixelRatio: number;
}

/** Options of {@link drawHatchPattern}. */
export interface HatchOptions {
  /** Tile size, CSS px. @defaultValue 8 */
  size?: number;
  /** Stripe width, CSS px. @defaultValue 2 */
  stripe?: number;
  /** Device px per CSS px. @defaultValue 2 */
  pixelRatio?: number;
  /** Alpha of the stripes, 0–1. @defaultValue 0.55 */
  alpha?: number;
}

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

/**
 * Draws a seamless tile of diagonal stripes (45°, lower left to upper right) in one or two
 * colours, for zones of partial or contested control: the hatch says "not full control" without
 * relying on colour. With two colours the stripes alternate.
 */
export function drawHatchPattern(colours: readonly string[], options: HatchOptions = {}): PatternImage {
  const { size, stripe, pixelRatio, alpha } = { size: 8, stripe: 2, pixelRatio: 2, alpha: 0.55, ...options };
  if (colours.length === 0) throw new RangeError('colours: expected at least one #rrggbb colour, found none');
  const rgb = colours.map((c, i) => {
    const m = HEX.exec(c);
    if (!m) throw new TypeError(`colours[${i}]: expected a #rrggbb colour, found ${JSON.stringify(c)}`);
    return [parseInt(m[1] as string, 16), parseInt(m[2] as string, 16), parseInt(m[3] as string, 16)] as const;
  });
  const n = Math.round(size * pixelRatio);
  const width = Math.max(1, Math.round(stripe * pixelRatio));
  const data = new Uint8ClampedArray(n * n * 4);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      // (x + y) mod n is constant along each anti-diagonal, so the tile repeats seamlessly.
      const d = (x + (n - 1 - y)) % n;
      if (d >= width && !(rgb.length > 1 && d >= n / 2 && d < n / 2 + width)) continue;
      const colour = rgb.length > 1 && d >= n / 2 ? (rgb[1] as readonly number[]) : (rgb[0] as readonly number[]);
      const i = (y * n + x) * 4;
      data[i] = colour[0] as number;
      data[i + 1] = colour[1] as number;
      data[i + 2] = colour[2] as number;
      data[i + 3] = Math.round(alpha * 255);
    }
  }
  return { width: n, height: n, data, pixelRatio };
}
