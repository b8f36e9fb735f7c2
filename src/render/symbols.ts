/**
 * Status symbols: the icon each place gets on the map, in the legend and on the place card.
 *
 * The status is carried by the shape, not only the colour (a reader who cannot tell the party
 * colours apart still sees "held", "mostly held", "contested", "named only"):
 * - `all`: disc filled in the party colour, white outline;
 * - `most` / `half` / `part`: a pie filled ¾ / ½ / ¼ counter-clockwise from 12 o'clock (so `half`
 *   is the left half), white elsewhere, inside a ring in the party colour;
 * - `contested`: diagonal stripes alternating the parties' colours inside a dark ring;
 * - `disputed` (the sources disagree on who holds it): the disc split down the middle into the
 *   parties' colours, side by side with a white bar between them, inside a dark ring: two reports,
 *   two answers, and unlike the stripes of fighting;
 * - `none`: a grey ring around a white centre.
 *
 * Any of them can be `stale` (its latest report is older than the rule allows): the same symbol,
 * faded to {@link STALE_OPACITY} with its ring broken into dashes, so an old status reads as old
 * without colour.
 *
 * The same geometry is drawn twice: as RGBA pixels for MapLibre's `map.addImage`, computed
 * directly so it runs in Node, in a worker and in the page without a canvas, and as SVG for the
 * legend, the place card and static maps.
 */
import { rgb } from 'd3';
import type { Extent } from '../core/types.ts';
import { assertHexColour } from './hex-colour.ts';
import { CONTESTED_COLOUR, NONE_COLOUR, type PartyPalette } from './palette.ts';

/**
 * What a symbol shows: how much a party holds, or `contested`, or `disputed` (sources disagree),
 * or `none` (named, no claim).
 */
export type SymbolExtent = Extent | 'contested' | 'disputed' | 'none';

/** A status symbol to draw. */
export interface StatusSymbolSpec {
  /**
   * `#rrggbb` colours: the party colour for `all`/`most`/`half`/`part` (one), the parties'
   * colours for `contested` (one alternates with white) and `disputed` (the first two, left and
   * right; one is paired with white), ignored for `none`.
   */
  fill: readonly string[];
  extent: SymbolExtent;
  /**
   * Draw it as stale: faded to {@link STALE_OPACITY}, its ring dashed.
   * @defaultValue false
   */
  stale?: boolean;
  /**
   * Width and height of the symbol, CSS px.
   * @defaultValue 22
   */
  size?: number;
  /**
   * Device pixels per CSS px of the raster image (pass the same value to `map.addImage`).
   * @defaultValue 2
   */
  pixelRatio?: number;
  /**
   * `#rrggbb` colour of the outer ring.
   * @defaultValue white for `all`, the party colour for `most`/`half`/`part`,
   * {@link CONTESTED_COLOUR} for `contested` and `disputed`, {@link NONE_COLOUR} for `none`
   */
  ring?: string;
}

/** An image in the form MapLibre's `map.addImage(id, image, { pixelRatio })` accepts. */
export interface StatusSymbolImage {
  /** Device px. */
  width: number;
  /** Device px. */
  height: number;
  /** RGBA, 4 bytes per pixel, row by row from the top left, straight (not premultiplied) alpha. */
  data: Uint8ClampedArray;
  /** Device px per CSS px, to pass on to `map.addImage`. */
  pixelRatio: number;
}

/** Where the parts of a symbol are, in CSS px from the symbol's top-left corner. */
export interface StatusSymbolGeometry {
  /** Width and height, CSS px. */
  size: number;
  /** Centre, CSS px from the left and from the top. */
  centre: number;
  /** Outer radius of the ring, CSS px; half a pixel inside the box so the anti-aliased edge fits. */
  radius: number;
  /** Width of the ring, CSS px. */
  ringWidth: number;
  /** Radius of the area inside the ring (pie, stripes, centre), CSS px. */
  innerRadius: number;
  /** Width of one contested stripe, measured across the stripe, CSS px. */
  stripeWidth: number;
  /** Width of the white bar between a disputed symbol's halves, CSS px. */
  splitWidth: number;
}

/** Opacity of a stale symbol (its latest report is older than the rule allows). */
export const STALE_OPACITY = 0.4;
/** Dashes around a stale symbol's ring (as many gaps). */
export const STALE_DASHES = 8;

/** Share of the disc the pie fills for each extent. */
export const EXTENT_FRACTION: Readonly<Record<Extent, number>> = Object.freeze({ all: 1, most: 0.75, half: 0.5, part: 0.25 });

const WHITE = '#ffffff';
const SYMBOL_DEFAULTS = Object.freeze({ size: 22, pixelRatio: 2 });
/** Supersamples per device pixel along each axis: 4×4 = 16 samples for anti-aliasing. */
const SUPERSAMPLE = 4;
/** Larger images are a caller's mistake (e.g. size in device px times pixelRatio again). */
const MAX_DEVICE_PX = 1024;
const EXTENTS: readonly SymbolExtent[] = ['all', 'most', 'half', 'part', 'contested', 'disputed', 'none'];

interface ResolvedSpec {
  extent: SymbolExtent;
  stale: boolean;
  size: number;
  pixelRatio: number;
  ring: string;
  /** Colours inside the ring: the party colour, or the stripe colours in order. */
  inner: string[];
}

function resolveSpec(spec: StatusSymbolSpec): ResolvedSpec {
  const { fill, extent, size, pixelRatio, ring } = { ...SYMBOL_DEFAULTS, ...spec };
  const stale = spec.stale === true;
  if (!EXTENTS.includes(extent)) throw new TypeError(`extent: expected one of ${EXTENTS.join(', ')}, found ${JSON.stringify(extent)}`);
  if (!(Number.isFinite(size) && size > 0)) throw new RangeError(`size: expected a positive number of CSS px, found ${size}`);
  if (!(Number.isFinite(pixelRatio) && pixelRatio > 0)) throw new RangeError(`pixelRatio: expected a positive number, found ${pixelRatio}`);
  if (Math.round(size * pixelRatio) > MAX_DEVICE_PX) {
    throw new RangeError(`size × pixelRatio: expected at most ${MAX_DEVICE_PX} device px, found ${size * pixelRatio}`);
  }
  if (!Array.isArray(fill)) throw new TypeError(`fill: expected an array of hex colours, found ${JSON.stringify(fill)}`);
  fill.forEach((c, i) => assertHexColour(c, `fill[${i}]`));
  if (ring !== undefined) assertHexColour(ring, 'ring');
  if (extent !== 'none' && fill.length === 0) throw new RangeError(`fill: expected at least one colour for extent ${extent}, found none`);

  const party = fill[0] as string;
  switch (extent) {
    case 'none':
      return { extent, stale, size, pixelRatio, ring: ring ?? NONE_COLOUR, inner: [] };
    case 'contested':
      // One known party alternates with white, so the stripes still read as stripes.
      return { extent, stale, size, pixelRatio, ring: ring ?? CONTESTED_COLOUR, inner: fill.length === 1 ? [party, WHITE] : [...fill] };
    case 'disputed':
      // Two halves: the first two parties named (one is paired with white).
      return { extent, stale, size, pixelRatio, ring: ring ?? CONTESTED_COLOUR, inner: fill.length === 1 ? [party, WHITE] : fill.slice(0, 2) };
    case 'all':
      return { extent, stale, size, pixelRatio, ring: ring ?? WHITE, inner: [party] };
    default:
      return { extent, stale, size, pixelRatio, ring: ring ?? party, inner: [party] };
  }
}

/**
 * The geometry of a symbol of the given size, shared by the raster and the SVG so they match.
 *
 * @param size - width and height, CSS px.
 * @param stripes - number of distinct stripe colours (contested symbols).
 * @defaultValue stripes = 2
 */
export function statusSymbolGeometry(size: number, stripes = 2): StatusSymbolGeometry {
  const radius = size / 2 - 0.5;
  // A tenth of the size keeps the ring visible at 22 px (2.2 px) and in proportion in the legend.
  const ringWidth = Math.max(1.5, size / 10);
  const innerRadius = Math.max(0, radius - ringWidth);
  // n colours over 2n stripes with a boundary through the centre: for two parties, stripe k and
  // its mirror image -1-k have different colours, so each party covers exactly half the disc.
  const stripeWidth = innerRadius / Math.max(2, stripes);
  // Wide enough to read as a gap at 14 px in a list, narrow enough to leave the colours their halves.
  const splitWidth = Math.max(1.5, size / 11);
  return { size, centre: size / 2, radius, ringWidth, innerRadius, stripeWidth, splitWidth };
}

/** Which colour a point shows: an index into `[ring, white, ...inner]`, or -1 outside. */
function paintAt(dx: number, dy: number, s: ResolvedSpec, g: StatusSymbolGeometry): number {
  const r2 = dx * dx + dy * dy;
  if (r2 > g.radius * g.radius) return -1;
  if (r2 > g.innerRadius * g.innerRadius) {
    // A stale symbol's ring is dashed: every other of 2 × STALE_DASHES arcs is left out, counted
    // clockwise from 12 o'clock as SVG strokes a circle (see svgStatusSymbol).
    if (s.stale && Math.floor(((2 * Math.PI - angleFromTop(dx, dy)) / (2 * Math.PI)) * 2 * STALE_DASHES) % 2 === 1) return -1;
    return 0;
  }
  switch (s.extent) {
    case 'none':
      return 1;
    case 'disputed':
      if (Math.abs(dx) < g.splitWidth / 2) return 1;
      return dx < 0 ? 2 : 3;
    case 'all':
      return 2;
    case 'contested': {
      const n = s.inner.length;
      const k = Math.floor((dx + dy) / Math.SQRT2 / g.stripeWidth);
      return 2 + (((k % n) + n) % n);
    }
    default:
      return angleFromTop(dx, dy) < 2 * Math.PI * EXTENT_FRACTION[s.extent] ? 2 : 1;
  }
}

/** Angle counter-clockwise on screen from 12 o'clock (y points down), in [0, 2π). */
function angleFromTop(dx: number, dy: number): number {
  const a = Math.atan2(-dx, -dy);
  return a < 0 ? a + 2 * Math.PI : a;
}

/**
 * Draws a status symbol as RGBA pixels for `map.addImage(id, image, { pixelRatio })`.
 *
 * Each device pixel averages a 4×4 grid of samples: alpha is the share of samples inside the
 * disc and the colour is the mean of those samples only, which is what straight alpha means
 * (averaging transparent samples in would darken the edge).
 */
export function drawStatusSymbol(spec: StatusSymbolSpec): StatusSymbolImage {
  const s = resolveSpec(spec);
  const width = Math.max(1, Math.round(s.size * s.pixelRatio));
  const height = width;
  // Geometry of the bitmap actually produced, so the disc stays centred when size × pixelRatio
  // is not a whole number of device px.
  const g = statusSymbolGeometry(width / s.pixelRatio, s.inner.length);
  const colours = [s.ring, WHITE, ...s.inner].map((c) => rgb(c));
  const data = new Uint8ClampedArray(width * height * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      let covered = 0;
      let red = 0;
      let green = 0;
      let blue = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const dx = (px + (sx + 0.5) / SUPERSAMPLE) / s.pixelRatio - g.centre;
          const dy = (py + (sy + 0.5) / SUPERSAMPLE) / s.pixelRatio - g.centre;
          const i = paintAt(dx, dy, s, g);
          if (i < 0) continue;
          const c = colours[i] as { r: number; g: number; b: number };
          covered++;
          red += c.r;
          green += c.g;
          blue += c.b;
        }
      }
      if (covered === 0) continue;
      const o = (py * width + px) * 4;
      data[o] = Math.round(red / covered);
      data[o + 1] = Math.round(green / covered);
      data[o + 2] = Math.round(blue / covered);
      data[o + 3] = Math.round((255 * covered * (s.stale ? STALE_OPACITY : 1)) / samples);
    }
  }
  return { width, height, data, pixelRatio: s.pixelRatio };
}

/** A place's status, as in the places GeoJSON (`status`, `party`, `parties`, `extent`, `stale`). */
export interface PlaceStatus {
  status: 'control' | 'contested' | 'disputed' | 'none';
  party?: string | null;
  parties?: readonly string[] | null;
  extent?: Extent | null;
  /** Its latest report is older than the rule allows. @defaultValue false */
  stale?: boolean | null;
}

const PARTY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function symbolIdPart(partyId: string): string {
  if (typeof partyId !== 'string' || !PARTY_ID.test(partyId)) {
    throw new TypeError(`party: expected a kebab-case party id like lna, found ${JSON.stringify(partyId)}`);
  }
  // Hyphens inside an id are doubled, so `cm-sym-contested-a-b-c` cannot mean both
  // [a-b, c] and [a, b-c]. Ids without hyphens (lna, gna) read as they are.
  return partyId.replace(/-/g, '--');
}

function sortedParties(parties: readonly string[]): string[] {
  return [...new Set(parties)].sort();
}

/**
 * A stable image id for a status symbol: `cm-sym-lna-half`, `cm-sym-contested-gna-lna` (parties
 * sorted, so the order a claim lists them in does not matter), `cm-sym-disputed-gna-lna`,
 * `cm-sym-none`; a stale symbol's id ends in `_stale` (`cm-sym-lna-all_stale`: an underscore, which
 * no kebab-case party id contains, so no other id can end that way).
 *
 * @param status - the place's status.
 * @param party - the party id for `control`, the party ids for `contested` and `disputed`, ignored for `none`.
 * @param extent - how much the party holds, for `control`; ignored otherwise.
 * @param stale - whether its latest report is older than the rule allows.
 * @defaultValue extent = `'all'` when null or omitted; stale = false
 */
export function statusSymbolId(
  status: PlaceStatus['status'],
  party: string | readonly string[] | null,
  extent: Extent | null = null,
  stale = false,
): string {
  const id = baseSymbolId(status, party, extent);
  return stale ? `${id}_stale` : id;
}

function baseSymbolId(status: PlaceStatus['status'], party: string | readonly string[] | null, extent: Extent | null): string {
  switch (status) {
    case 'none':
      return 'cm-sym-none';
    case 'contested':
    case 'disputed': {
      const ids = typeof party === 'string' ? [party] : (party ?? []);
      if (ids.length === 0) throw new RangeError(`parties: expected at least one party id for a ${status} place, found none`);
      return `cm-sym-${status}-${sortedParties(ids).map(symbolIdPart).join('-')}`;
    }
    case 'control': {
      const id = typeof party === 'string' ? party : party?.length === 1 ? party[0] : undefined;
      if (id === undefined) throw new TypeError(`party: expected one party id for a controlled place, found ${JSON.stringify(party)}`);
      const e = extent ?? 'all';
      if (!Object.hasOwn(EXTENT_FRACTION, e)) throw new TypeError(`extent: expected all, most, half or part, found ${JSON.stringify(extent)}`);
      return `cm-sym-${symbolIdPart(id)}-${e}`;
    }
    default:
      throw new TypeError(`status: expected control, contested, disputed or none, found ${JSON.stringify(status)}`);
  }
}

/**
 * The image id and symbol spec of a place, with colours from the palette. Contested parties are
 * sorted like the id, so one id always stands for one image.
 *
 * @param place - the place's status fields.
 * @param palette - party colours.
 * @param options - size and pixel ratio of the symbol.
 */
export function resolveStatusSymbol(
  place: PlaceStatus,
  palette: PartyPalette,
  options: Pick<StatusSymbolSpec, 'size' | 'pixelRatio'> = {},
): { id: string; spec: StatusSymbolSpec } {
  const stale = place.stale === true;
  // Only a stale symbol carries the flag: the spec of a current one is as it always was.
  const faded = stale ? { stale } : {};
  switch (place.status) {
    case 'none':
      return { id: statusSymbolId('none', null, null, stale), spec: { ...options, fill: [], extent: 'none', ring: palette.none, ...faded } };
    case 'contested':
    case 'disputed': {
      const parties = sortedParties(place.parties ?? []);
      return {
        id: statusSymbolId(place.status, parties, null, stale),
        spec: { ...options, fill: parties.map((p) => palette.colour(p)), extent: place.status, ring: palette.contested, ...faded },
      };
    }
    case 'control': {
      const extent = place.extent ?? 'all';
      const party = place.party ?? null;
      const id = statusSymbolId('control', party, extent, stale);
      return { id, spec: { ...options, fill: [palette.colour(party as string)], extent, ...faded } };
    }
    default:
      // Let statusSymbolId word the error for an unknown status.
      return { id: statusSymbolId(place.status, null), spec: { fill: [], extent: 'none' } };
  }
}

/** A number for an SVG attribute: 3 decimals, no `-0`, no exponent. */
function num(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return String(r === 0 ? 0 : r);
}

/** A point at polar offset (angle counter-clockwise on screen from 12 o'clock, radians). */
function polar(g: StatusSymbolGeometry, r: number, a: number): [number, number] {
  return [g.centre - r * Math.sin(a), g.centre - r * Math.cos(a)];
}

function piePath(g: StatusSymbolGeometry, r: number, fraction: number): string {
  const [x0, y0] = polar(g, r, 0);
  const [x1, y1] = polar(g, r, 2 * Math.PI * fraction);
  // sweep-flag 0 = counter-clockwise on screen, the direction the raster fills in.
  return `M${num(g.centre)} ${num(g.centre)}L${num(x0)} ${num(y0)}A${num(r)} ${num(r)} 0 ${fraction > 0.5 ? 1 : 0} 0 ${num(x1)} ${num(y1)}Z`;
}

/** Stripe k (u from k·w to (k+1)·w across the stripes) clipped to a disc of radius r. */
function stripePath(g: StatusSymbolGeometry, r: number, u1: number, u2: number): string {
  // u runs along (1, 1)/√2 (down-right on screen), v along (1, -1)/√2, as in the raster.
  const at = (u: number, v: number): [number, number] => [g.centre + (u + v) / Math.SQRT2, g.centre + (u - v) / Math.SQRT2];
  const h1 = Math.sqrt(Math.max(0, r * r - u1 * u1));
  const h2 = Math.sqrt(Math.max(0, r * r - u2 * u2));
  const p = [at(u1, -h1), at(u1, h1), at(u2, h2), at(u2, -h2)] as const;
  // Each arc is the short way round; its direction on screen follows from the cross product.
  const sweep = (a: readonly [number, number], b: readonly [number, number]): number =>
    (a[0] - g.centre) * (b[1] - g.centre) - (a[1] - g.centre) * (b[0] - g.centre) > 0 ? 1 : 0;
  const pt = (q: readonly [number, number]): string => `${num(q[0])} ${num(q[1])}`;
  return (
    `M${pt(p[0])}L${pt(p[1])}A${num(r)} ${num(r)} 0 0 ${sweep(p[1], p[2])} ${pt(p[2])}` +
    `L${pt(p[3])}A${num(r)} ${num(r)} 0 0 ${sweep(p[3], p[0])} ${pt(p[0])}Z`
  );
}

/**
 * Draws a status symbol as an SVG string, with the same geometry as {@link drawStatusSymbol}.
 *
 * The markup is assembled from numbers and colours checked against `#rrggbb` only (anything else
 * throws), so it is safe to insert as HTML. It is `aria-hidden`: the legend or card that shows it
 * must say the status in words next to it.
 */
export function svgStatusSymbol(spec: StatusSymbolSpec): string {
  const s = resolveSpec(spec);
  const g = statusSymbolGeometry(s.size, s.inner.length);
  // Shapes inside the ring run to the middle of the ring's stroke, so no background shows
  // through an anti-aliased seam between them and the ring.
  const under = g.radius - g.ringWidth / 2;
  const c = `cx="${num(g.centre)}" cy="${num(g.centre)}"`;
  const party = s.inner[0] as string;
  const shapes: string[] = [];
  const base = s.extent === 'all' ? party : WHITE;
  shapes.push(`<circle ${c} r="${num(under)}" fill="${base}"/>`);
  if (s.extent === 'most' || s.extent === 'half' || s.extent === 'part') {
    shapes.push(`<path d="${piePath(g, under, EXTENT_FRACTION[s.extent])}" fill="${party}"/>`);
  } else if (s.extent === 'disputed') {
    shapes.push(`<path d="${halfDiscPath(g, under, -1)}" fill="${party}"/>`, `<path d="${halfDiscPath(g, under, 1)}" fill="${s.inner[1] as string}"/>`);
  } else if (s.extent === 'contested') {
    const n = s.inner.length;
    const w = g.stripeWidth;
    for (let k = Math.floor(-under / w); k * w < under; k++) {
      const u1 = Math.max(k * w, -under);
      const u2 = Math.min((k + 1) * w, under);
      if (u2 - u1 < 1e-9) continue;
      const colour = s.inner[((k % n) + n) % n] as string;
      shapes.push(`<path d="${stripePath(g, under, u1, u2)}" fill="${colour}"/>`);
    }
  }
  // A stale ring: 2 × STALE_DASHES arcs, every other one left out, starting at 12 o'clock like the raster.
  const dash = (Math.PI * under) / STALE_DASHES;
  const dashes = s.stale ? ` stroke-dasharray="${num(dash)} ${num(dash)}" transform="rotate(-90 ${num(g.centre)} ${num(g.centre)})"` : '';
  shapes.push(`<circle ${c} r="${num(under)}" fill="none" stroke="${s.ring}" stroke-width="${num(g.ringWidth)}"${dashes}/>`);
  const size = num(s.size);
  const body = s.stale ? `<g opacity="${STALE_OPACITY}">${shapes.join('')}</g>` : shapes.join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" ` +
    `aria-hidden="true" focusable="false">${body}</svg>`
  );
}

/**
 * The left (`side` -1) or right (`side` 1) half of a disc of radius r, short of the centre by half
 * the split's width: a disputed symbol's halves.
 */
function halfDiscPath(g: StatusSymbolGeometry, r: number, side: -1 | 1): string {
  const x = g.centre + (side * g.splitWidth) / 2;
  const h = Math.sqrt(Math.max(0, r * r - (g.splitWidth / 2) ** 2));
  // From the top of the cut down to its bottom, then round the outside back up: clockwise on
  // screen for the left half (sweep 1), counter-clockwise for the right one (sweep 0).
  return `M${num(x)} ${num(g.centre - h)}L${num(x)} ${num(g.centre + h)}A${num(r)} ${num(r)} 0 0 ${side < 0 ? 1 : 0} ${num(x)} ${num(g.centre - h)}Z`;
}
