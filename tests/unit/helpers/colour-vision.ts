/**
 * Colour-vision deficiency simulation and perceptual colour difference, so the palette can be
 * checked by a test rather than by eye: a party colour that only a reader with typical colour
 * vision can tell apart from its neighbour fails a third of the readers it matters to.
 */
import { lab, rgb } from 'd3';
import { assertHexColour } from '../../../src/render/hex-colour.ts';

/** A colour-vision deficiency the simulation knows. */
export type ColourVisionDeficiency = 'deuteranopia' | 'protanopia' | 'tritanopia';

/** Typical colour vision plus the simulated deficiencies, as reported by {@link checkPaletteDistinct}. */
export type VisionKind = 'normal' | ColourVisionDeficiency;

/** Every {@link VisionKind}, in report order. */
export const VISION_KINDS: readonly VisionKind[] = Object.freeze(['normal', 'deuteranopia', 'protanopia', 'tritanopia'] as const);

/** A 3×3 matrix, row-major, applied to a linear-RGB column vector. */
type Matrix3 = readonly [number, number, number, number, number, number, number, number, number];

/**
 * Simulation matrices for severity 1.0 (dichromacy), from Machado, Oliveira & Fernandes (2009),
 * "A Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE Transactions
 * on Visualization and Computer Graphics 15(6):1291–1298: the severity-1.0 rows of the authors'
 * published table of matrices (linear RGB). Each row sums to 1, which is why greys are left
 * unchanged; the unit tests use that to catch a mistyped coefficient.
 */
const MACHADO_2009: Readonly<Record<ColourVisionDeficiency, Matrix3>> = Object.freeze({
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
});


function decodeSrgb(channel255: number): number {
  const c = channel255 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function encodeSrgb(linear: number): number {
  const c = Math.min(1, Math.max(0, linear));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
}

/**
 * Simulates how a colour looks to a reader with a colour-vision deficiency.
 *
 * The Machado et al. (2009) severity-1.0 matrix is applied in linear RGB (sRGB gamma decoded
 * first, re-encoded after), as the model works on light intensities, not on gamma-encoded values.
 * Results outside the sRGB gamut are clipped.
 *
 * Intermediate severities are a linear blend between the identity and the severity-1.0 matrix.
 * That is an approximation: the paper tabulates its own matrices for 0.1…0.9, which are close to
 * but not exactly on that line. The palette checks only use severity 1, the worst case.
 *
 * @param hex - `#rrggbb` colour.
 * @param kind - the deficiency to simulate.
 * @param severity - 0 (typical vision) to 1 (dichromacy), unitless.
 * @defaultValue severity = 1
 * @returns the simulated colour as lower-case `#rrggbb`.
 */
export function simulateColourVision(hex: string, kind: ColourVisionDeficiency, severity = 1): string {
  assertHexColour(hex);
  const m = MACHADO_2009[kind];
  if (!m) throw new TypeError(`kind: expected deuteranopia, protanopia or tritanopia, found ${JSON.stringify(kind)}`);
  if (!(severity >= 0 && severity <= 1)) throw new RangeError(`severity: expected a number from 0 to 1, found ${severity}`);
  const c = rgb(hex);
  const r = decodeSrgb(c.r);
  const g = decodeSrgb(c.g);
  const b = decodeSrgb(c.b);
  const s = severity;
  const mix = (row: number, own: number): number =>
    (1 - s) * own + s * ((m[row * 3] as number) * r + (m[row * 3 + 1] as number) * g + (m[row * 3 + 2] as number) * b);
  return rgb(encodeSrgb(mix(0, r)), encodeSrgb(mix(1, g)), encodeSrgb(mix(2, b))).formatHex();
}

/** A CIELAB colour: `l` lightness 0–100, `a` green–red and `b` blue–yellow axes, unitless. */
export interface LabColour {
  l: number;
  a: number;
  b: number;
}

const DEG = Math.PI / 180;
const POW25_7 = 25 ** 7;

/**
 * CIEDE2000 colour difference between two CIELAB colours, with the parametric factors
 * kL = kC = kH = 1. Implemented after Sharma, Wu & Dalal (2005), "The CIEDE2000 Color-Difference
 * Formula: Implementation Notes, Supplementary Test Data, and Mathematical Observations",
 * Color Research & Application 30(1):21–30 — including their notes on hue angle wrap-around and
 * on the mean hue when one colour is achromatic, which naive implementations get wrong.
 *
 * @returns ΔE00, unitless; about 1 is a just-noticeable difference for large side-by-side patches.
 */
export function deltaE2000(x: LabColour, y: LabColour): number {
  const c1 = Math.hypot(x.a, x.b);
  const c2 = Math.hypot(y.a, y.b);
  const cMean7 = ((c1 + c2) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + POW25_7)));
  const a1 = (1 + g) * x.a;
  const a2 = (1 + g) * y.a;
  const cp1 = Math.hypot(a1, x.b);
  const cp2 = Math.hypot(a2, y.b);
  const hue = (b: number, a: number): number => {
    if (a === 0 && b === 0) return 0;
    const h = Math.atan2(b, a) / DEG;
    return h < 0 ? h + 360 : h;
  };
  const hp1 = hue(x.b, a1);
  const hp2 = hue(y.b, a2);

  const dL = y.l - x.l;
  const dC = cp2 - cp1;
  const chromatic = cp1 * cp2 !== 0;
  let dh = 0;
  if (chromatic) {
    dh = hp2 - hp1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin((dh / 2) * DEG);

  const lMean = (x.l + y.l) / 2;
  const cpMean = (cp1 + cp2) / 2;
  let hMean = hp1 + hp2;
  if (chromatic) {
    if (Math.abs(hp1 - hp2) <= 180) hMean /= 2;
    else hMean = hMean < 360 ? (hMean + 360) / 2 : (hMean - 360) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos((hMean - 30) * DEG) +
    0.24 * Math.cos(2 * hMean * DEG) +
    0.32 * Math.cos((3 * hMean + 6) * DEG) -
    0.2 * Math.cos((4 * hMean - 63) * DEG);
  const dTheta = 30 * Math.exp(-(((hMean - 275) / 25) ** 2));
  const cpMean7 = cpMean ** 7;
  const rc = 2 * Math.sqrt(cpMean7 / (cpMean7 + POW25_7));
  const l50 = (lMean - 50) ** 2;
  const sl = 1 + (0.015 * l50) / Math.sqrt(20 + l50);
  const sc = 1 + 0.045 * cpMean;
  const sh = 1 + 0.015 * cpMean * t;
  const rt = -Math.sin(2 * dTheta * DEG) * rc;
  const tl = dL / sl;
  const tc = dC / sc;
  const th = dH / sh;
  return Math.sqrt(tl * tl + tc * tc + th * th + rt * tc * th);
}

/**
 * CIEDE2000 difference between two hex colours. CIELAB comes from d3's `lab()` (D50 white point,
 * Bradford-adapted from sRGB), the usual reference for print and screen comparisons.
 *
 * @param a - `#rrggbb` colour.
 * @param b - `#rrggbb` colour.
 * @returns ΔE00, unitless.
 */
export function colourDistance(a: string, b: string): number {
  assertHexColour(a, 'a');
  assertHexColour(b, 'b');
  const x = lab(a);
  const y = lab(b);
  return deltaE2000({ l: x.l, a: x.a, b: x.b }, { l: y.l, a: y.a, b: y.b });
}

/** A pair of palette colours that are too close for one kind of vision. */
export interface PaletteConflict {
  vision: VisionKind;
  /** Indices into the checked list, `i < j`. */
  i: number;
  j: number;
  /** The colours as given (not simulated). */
  a: string;
  b: string;
  /** ΔE00 between the two colours as this kind of vision sees them, unitless. */
  deltaE: number;
}

/** Options of {@link checkPaletteDistinct} and {@link measurePaletteDistinctness}. */
export interface PaletteCheckOptions {
  /**
   * Smallest acceptable ΔE00 between any two colours, unitless. 20 is about twenty times a
   * just-noticeable difference between large patches, because map symbols are small (a 22 px
   * disc), often not side by side, and small marks need far larger differences to be told apart.
   * @defaultValue 20
   */
  minDeltaE?: number;
  /**
   * Which kinds of vision to check.
   * @defaultValue {@link VISION_KINDS} (normal, deuteranopia, protanopia, tritanopia)
   */
  visions?: readonly VisionKind[];
}

const CHECK_DEFAULTS: Required<PaletteCheckOptions> = Object.freeze({ minDeltaE: 20, visions: VISION_KINDS });

function seenAs(colour: string, vision: VisionKind): string {
  return vision === 'normal' ? colour : simulateColourVision(colour, vision);
}

function pairDistances(colours: readonly string[], vision: VisionKind): PaletteConflict[] {
  colours.forEach((c, i) => assertHexColour(c, `colours[${i}]`));
  const seen = colours.map((c) => seenAs(c, vision));
  const pairs: PaletteConflict[] = [];
  for (let i = 0; i < colours.length; i++) {
    for (let j = i + 1; j < colours.length; j++) {
      pairs.push({ vision, i, j, a: colours[i] as string, b: colours[j] as string, deltaE: colourDistance(seen[i] as string, seen[j] as string) });
    }
  }
  return pairs;
}

/**
 * Finds the pairs of colours that fall closer than `minDeltaE` for each kind of vision, after
 * simulating each deficiency at severity 1.
 *
 * @param colours - `#rrggbb` colours, e.g. the party colours followed by the contested and none colours.
 * @returns the offending pairs by vision kind, each list sorted by `i` then `j`; empty lists when all is well.
 */
export function checkPaletteDistinct(
  colours: readonly string[],
  options: PaletteCheckOptions = {},
): Partial<Record<VisionKind, PaletteConflict[]>> {
  const { minDeltaE, visions } = { ...CHECK_DEFAULTS, ...options };
  const report: Partial<Record<VisionKind, PaletteConflict[]>> = {};
  for (const vision of visions) report[vision] = pairDistances(colours, vision).filter((p) => p.deltaE < minDeltaE);
  return report;
}

/**
 * The closest pair of colours for each kind of vision, for reports and for choosing a threshold.
 *
 * @param colours - at least two `#rrggbb` colours.
 * @returns the closest pair by vision kind (only `visions` from the options are measured).
 */
export function measurePaletteDistinctness(
  colours: readonly string[],
  options: Pick<PaletteCheckOptions, 'visions'> = {},
): Partial<Record<VisionKind, PaletteConflict>> {
  const { visions } = { ...CHECK_DEFAULTS, ...options };
  if (colours.length < 2) throw new RangeError(`colours: expected at least 2 colours, found ${colours.length}`);
  const report: Partial<Record<VisionKind, PaletteConflict>> = {};
  for (const vision of visions) {
    report[vision] = pairDistances(colours, vision).reduce((min, p) => (p.deltaE < min.deltaE ? p : min));
  }
  return report;
}
