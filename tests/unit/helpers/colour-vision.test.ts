import { describe, expect, it } from 'vitest';
import {
  checkPaletteDistinct,
  colourDistance,
  deltaE2000,
  measurePaletteDistinctness,
  simulateColourVision,
} from './colour-vision.ts';

// Sharma, Wu & Dalal (2005), Table 1: the 34 supplementary test pairs for CIEDE2000
// (L1, a1, b1, L2, a2, b2, ΔE00). They exercise the hue wrap-around at 0°/360°, achromatic
// colours and the blue-region rotation term, which simpler test data would not reach.
const SHARMA_2005: ReadonlyArray<readonly [number, number, number, number, number, number, number]> = [
  [50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425],
  [50, 3.1571, -77.2803, 50, 0, -82.7485, 2.8615],
  [50, 2.8361, -74.02, 50, 0, -82.7485, 3.4412],
  [50, -1.3802, -84.2814, 50, 0, -82.7485, 1.0],
  [50, -1.1848, -84.8006, 50, 0, -82.7485, 1.0],
  [50, -0.9009, -85.5211, 50, 0, -82.7485, 1.0],
  [50, 0, 0, 50, -1, 2, 2.3669],
  [50, -1, 2, 50, 0, 0, 2.3669],
  [50, 2.49, -0.001, 50, -2.49, 0.0009, 7.1792],
  [50, 2.49, -0.001, 50, -2.49, 0.001, 7.1792],
  [50, 2.49, -0.001, 50, -2.49, 0.0011, 7.2195],
  [50, 2.49, -0.001, 50, -2.49, 0.0012, 7.2195],
  [50, -0.001, 2.49, 50, 0.0009, -2.49, 4.8045],
  [50, -0.001, 2.49, 50, 0.001, -2.49, 4.8045],
  [50, -0.001, 2.49, 50, 0.0011, -2.49, 4.7461],
  [50, 2.5, 0, 50, 0, -2.5, 4.3065],
  [50, 2.5, 0, 73, 25, -18, 27.1492],
  [50, 2.5, 0, 61, -5, 29, 22.8977],
  [50, 2.5, 0, 56, -27, -3, 31.903],
  [50, 2.5, 0, 58, 24, 15, 19.4535],
  [50, 2.5, 0, 50, 3.1736, 0.5854, 1.0],
  [50, 2.5, 0, 50, 3.2972, 0, 1.0],
  [50, 2.5, 0, 50, 1.8634, 0.5757, 1.0],
  [50, 2.5, 0, 50, 3.2592, 0.335, 1.0],
  [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
  [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
  [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
  [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
  [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
  [36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
  [90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
  [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
  [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
  [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
];

describe('deltaE2000', () => {
  it.each(SHARMA_2005.map((row, i) => [i + 1, ...row] as const))(
    'deltaE2000 matches Sharma et al. pair %i to 4 decimals',
    (_pair, l1, a1, b1, l2, a2, b2, expected) => {
      const x = { l: l1, a: a1, b: b1 };
      const y = { l: l2, a: a2, b: b2 };
      expect(deltaE2000(x, y).toFixed(4)).toBe(expected.toFixed(4));
      // The formula is symmetric; the paper's pairs 7/8 check it, this checks every pair.
      expect(deltaE2000(y, x).toFixed(4)).toBe(expected.toFixed(4));
    },
  );

  it('deltaE2000 of a colour with itself is 0', () => {
    expect(deltaE2000({ l: 40, a: 20, b: -30 }, { l: 40, a: 20, b: -30 })).toBe(0);
  });
});

describe('colourDistance', () => {
  it('colourDistance(a, b) is 0 for the same colour, in either case', () => {
    expect(colourDistance('#0072B2', '#0072b2')).toBe(0);
  });
  it('colourDistance(black, white) is 100, the full lightness range', () => {
    expect(colourDistance('#000000', '#ffffff')).toBeCloseTo(100, 1);
  });
  it('colourDistance refuses anything but #rrggbb', () => {
    expect(() => colourDistance('red', '#ffffff')).toThrow(/hex colour/);
    expect(() => colourDistance('#fff', '#ffffff')).toThrow(/hex colour/);
  });
});

describe('simulateColourVision', () => {
  const kinds = ['deuteranopia', 'protanopia', 'tritanopia'] as const;

  it.each(kinds)('simulateColourVision(grey, %s) leaves greys grey', (kind) => {
    // Each matrix row sums to 1, so any mistyped coefficient shows up here as a tint.
    for (const grey of ['#000000', '#222222', '#6a6a6a', '#808080', '#bbbbbb', '#ffffff']) {
      const out = simulateColourVision(grey, kind);
      expect(colourDistance(out, grey)).toBeLessThan(0.5);
    }
  });

  it('simulateColourVision(red, deuteranopia) and green end up much closer than for normal vision', () => {
    const normal = colourDistance('#ff0000', '#00ff00');
    const deutan = colourDistance(simulateColourVision('#ff0000', 'deuteranopia'), simulateColourVision('#00ff00', 'deuteranopia'));
    expect(normal).toBeGreaterThan(80);
    expect(deutan).toBeLessThan(normal / 3);
  });

  it('simulateColourVision turns both red and green yellowish for deuteranopia', () => {
    // The textbook deutan confusion: both lose their red/green opponent signal and keep only
    // lightness and the blue/yellow axis, so the blue channel ends well under the red one.
    const red = simulateColourVision('#ff0000', 'deuteranopia');
    const green = simulateColourVision('#00ff00', 'deuteranopia');
    for (const c of [red, green]) expect(parseInt(c.slice(5, 7), 16)).toBeLessThan(parseInt(c.slice(1, 3), 16) / 2);
  });

  it('simulateColourVision brings blue and bluish green closer for tritanopia than for deuteranopia', () => {
    const d = (kind: (typeof kinds)[number]) =>
      colourDistance(simulateColourVision('#0072B2', kind), simulateColourVision('#009E73', kind));
    expect(d('deuteranopia')).toBeGreaterThan(d('tritanopia'));
  });

  it('simulateColourVision with severity 0 returns the colour unchanged', () => {
    expect(simulateColourVision('#d55e00', 'protanopia', 0)).toBe('#d55e00');
  });

  it('simulateColourVision with severity 0.5 lies between the colour and its dichromat version', () => {
    const full = simulateColourVision('#d55e00', 'protanopia');
    const half = simulateColourVision('#d55e00', 'protanopia', 0.5);
    expect(colourDistance(half, '#d55e00')).toBeLessThan(colourDistance(full, '#d55e00'));
    expect(colourDistance(half, full)).toBeLessThan(colourDistance(full, '#d55e00'));
  });

  it('simulateColourVision rejects a bad severity, kind or colour', () => {
    expect(() => simulateColourVision('#ffffff', 'deuteranopia', 2)).toThrow(/severity/);
    expect(() => simulateColourVision('#ffffff', 'achromatopsia' as 'deuteranopia')).toThrow(/kind/);
    expect(() => simulateColourVision('white', 'deuteranopia')).toThrow(/hex colour/);
  });
});

describe('checkPaletteDistinct', () => {
  it("checkPaletteDistinct reports d3's category10 red/green as a deuteranopia conflict only", () => {
    // ΔE00 ≈ 70 for normal vision, ≈ 5 for deuteranopia. Protanopes keep them apart by lightness
    // (red looks dark to them), so only the deutan list has the pair.
    const report = checkPaletteDistinct(['#d62728', '#2ca02c'], { minDeltaE: 20 });
    expect(report.normal).toEqual([]);
    expect(report.deuteranopia).toHaveLength(1);
    expect(report.deuteranopia?.[0]).toMatchObject({ i: 0, j: 1, a: '#d62728', b: '#2ca02c', vision: 'deuteranopia' });
    expect(report.deuteranopia?.[0]?.deltaE).toBeLessThan(10);
    expect(report.protanopia).toEqual([]);
    expect(report.tritanopia).toEqual([]);
  });

  it('checkPaletteDistinct checks only the visions asked for', () => {
    const report = checkPaletteDistinct(['#000000', '#ffffff'], { visions: ['normal'] });
    expect(Object.keys(report)).toEqual(['normal']);
  });

  it('checkPaletteDistinct flags identical colours for every kind of vision', () => {
    const report = checkPaletteDistinct(['#0072B2', '#0072b2']);
    for (const kind of ['normal', 'deuteranopia', 'protanopia', 'tritanopia'] as const) {
      expect(report[kind]?.[0]?.deltaE).toBeCloseTo(0, 6);
    }
  });

  it('measurePaletteDistinctness returns the closest pair per vision', () => {
    const closest = measurePaletteDistinctness(['#000000', '#101010', '#ffffff'], { visions: ['normal'] });
    expect(closest.normal).toMatchObject({ i: 0, j: 1 });
  });
});
