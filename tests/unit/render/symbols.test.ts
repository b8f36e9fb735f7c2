import { describe, expect, it } from 'vitest';
import { rgb } from 'd3';
import { CONTESTED_COLOUR, NONE_COLOUR, createPartyPalette } from '../../../src/render/palette.ts';
import {
  STALE_OPACITY,
  drawStatusSymbol,
  resolveStatusSymbol,
  statusSymbolGeometry,
  statusSymbolId,
  svgStatusSymbol,
  type StatusSymbolImage,
  type StatusSymbolSpec,
} from '../../../src/render/symbols.ts';

const BLUE = '#0072B2';
const VERMILLION = '#D55E00';
const WHITE = '#ffffff';

/** RGBA of the device pixel at (x, y). */
function pixel(img: StatusSymbolImage, x: number, y: number): [number, number, number, number] {
  const o = (y * img.width + x) * 4;
  return [img.data[o] as number, img.data[o + 1] as number, img.data[o + 2] as number, img.data[o + 3] as number];
}

function hexOf(p: readonly number[]): string {
  return rgb(p[0] as number, p[1] as number, p[2] as number).formatHex();
}

/** Squared RGB distance, to say which of two colours an anti-aliased pixel is nearer to. */
function rgbDistance2(p: readonly number[], hex: string): number {
  const c = rgb(hex);
  return ((p[0] as number) - c.r) ** 2 + ((p[1] as number) - c.g) ** 2 + ((p[2] as number) - c.b) ** 2;
}

/** Device pixels whose centre lies within `radius` CSS px of the symbol's centre. */
function pixelsWithin(img: StatusSymbolImage, radius: number): Array<[number, number]> {
  const centre = img.width / 2;
  const r = radius * img.pixelRatio;
  const out: Array<[number, number]> = [];
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (Math.hypot(x + 0.5 - centre, y + 0.5 - centre) <= r) out.push([x, y]);
    }
  }
  return out;
}

/** Share of the area inside the ring that is nearer to `colour` than to white. */
function fillFraction(spec: StatusSymbolSpec, colour: string): number {
  const img = drawStatusSymbol(spec);
  const inside = pixelsWithin(img, statusSymbolGeometry(spec.size ?? 22).innerRadius);
  const filled = inside.filter(([x, y]) => {
    const p = pixel(img, x, y);
    return rgbDistance2(p, colour) < rgbDistance2(p, WHITE);
  });
  return filled.length / inside.length;
}

describe('drawStatusSymbol', () => {
  const g = statusSymbolGeometry(22);

  it('drawStatusSymbol defaults to 22 CSS px at pixel ratio 2: a 44×44 RGBA image', () => {
    const img = drawStatusSymbol({ fill: [BLUE], extent: 'all' });
    expect([img.width, img.height, img.pixelRatio]).toEqual([44, 44, 2]);
    expect(img.data).toBeInstanceOf(Uint8ClampedArray);
    expect(img.data.length).toBe(44 * 44 * 4);
  });

  it('drawStatusSymbol honours size and pixelRatio', () => {
    const img = drawStatusSymbol({ fill: [BLUE], extent: 'all', size: 30, pixelRatio: 1 });
    expect([img.width, img.height, img.pixelRatio]).toEqual([30, 30, 1]);
  });

  it('drawStatusSymbol is deterministic', () => {
    const spec: StatusSymbolSpec = { fill: [BLUE, VERMILLION], extent: 'contested' };
    expect(drawStatusSymbol(spec).data).toEqual(drawStatusSymbol(spec).data);
  });

  it('drawStatusSymbol(half) fills the left half with the party colour and leaves the right half white', () => {
    const img = drawStatusSymbol({ fill: [BLUE], extent: 'half' });
    // 5 CSS px left and right of the centre, on the horizontal axis: well inside each half.
    expect(hexOf(pixel(img, 12, 22))).toBe(BLUE.toLowerCase());
    expect(pixel(img, 12, 22)[3]).toBe(255);
    expect(hexOf(pixel(img, 32, 22))).toBe(WHITE);
    expect(pixel(img, 32, 22)[3]).toBe(255);
    // The ring is in the party colour on the white side too.
    expect(hexOf(pixel(img, 22 + 19, 22))).toBe(BLUE.toLowerCase());
  });

  it('drawStatusSymbol(all) is the party colour everywhere inside the ring, with a white outline', () => {
    const img = drawStatusSymbol({ fill: [BLUE], extent: 'all' });
    const inside = pixelsWithin(img, g.innerRadius - 0.5);
    expect(inside.length).toBeGreaterThan(700);
    for (const [x, y] of inside) expect(hexOf(pixel(img, x, y))).toBe(BLUE.toLowerCase());
    // Middle of the outline, on the horizontal axis.
    const ringX = Math.floor((g.centre + g.radius - g.ringWidth / 2) * 2);
    expect(pixel(img, ringX, 22)).toEqual([255, 255, 255, 255]);
  });

  it('drawStatusSymbol(none) has a white centre inside a grey ring', () => {
    const img = drawStatusSymbol({ fill: [], extent: 'none' });
    expect(pixel(img, 22, 22)).toEqual([255, 255, 255, 255]);
    const ringX = Math.floor((g.centre + g.radius - g.ringWidth / 2) * 2);
    expect(hexOf(pixel(img, ringX, 22))).toBe(NONE_COLOUR.toLowerCase());
    expect(hexOf(pixel(img, 22, 43 - ringX))).toBe(NONE_COLOUR.toLowerCase());
  });

  it('drawStatusSymbol is transparent outside the disc and anti-aliased at its edge', () => {
    const img = drawStatusSymbol({ fill: [BLUE], extent: 'all' });
    expect(pixel(img, 0, 0)[3]).toBe(0);
    expect(pixel(img, 43, 43)[3]).toBe(0);
    const alphas = new Set<number>();
    for (let i = 3; i < img.data.length; i += 4) alphas.add(img.data[i] as number);
    // 4×4 supersampling gives partial coverage in steps of 1/16.
    expect([...alphas].some((a) => a > 0 && a < 255)).toBe(true);
  });

  it('drawStatusSymbol uses straight alpha: edge pixels keep the ring colour, only alpha drops', () => {
    const img = drawStatusSymbol({ fill: [], extent: 'none' });
    const grey = rgb(NONE_COLOUR);
    let edgePixels = 0;
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width; x++) {
        const p = pixel(img, x, y);
        const r = Math.hypot(x + 0.5 - 22, y + 0.5 - 22);
        // Outer edge only: there every covered sample is ring, so premultiplying would darken it.
        if (p[3] > 0 && p[3] < 255 && r > 20) {
          edgePixels++;
          expect(p.slice(0, 3)).toEqual([grey.r, grey.g, grey.b]);
        }
      }
    }
    expect(edgePixels).toBeGreaterThan(20);
  });

  it.each([
    ['most', '75%', 0.75],
    ['part', '25%', 0.25],
    ['half', '50%', 0.5],
    ['all', '100%', 1],
  ] as const)('drawStatusSymbol(%s) fills %s of the disc inside the ring, ±5 points', (extent, _label, expected) => {
    expect(Math.abs(fillFraction({ fill: [BLUE], extent }, BLUE) - expected)).toBeLessThanOrEqual(0.05);
  });

  it('drawStatusSymbol(part) fills the top-left quarter and most leaves the top-right quarter white', () => {
    const part = drawStatusSymbol({ fill: [VERMILLION], extent: 'part' });
    expect(hexOf(pixel(part, 14, 14))).toBe(VERMILLION.toLowerCase());
    expect(hexOf(pixel(part, 30, 14))).toBe(WHITE);
    expect(hexOf(pixel(part, 14, 30))).toBe(WHITE);
    const most = drawStatusSymbol({ fill: [VERMILLION], extent: 'most' });
    expect(hexOf(pixel(most, 30, 14))).toBe(WHITE);
    for (const [x, y] of [[14, 14], [14, 30], [30, 30]] as const) expect(hexOf(pixel(most, x, y))).toBe(VERMILLION.toLowerCase());
  });

  it('drawStatusSymbol(contested) shows both parties in about equal shares inside a dark ring', () => {
    const img = drawStatusSymbol({ fill: [BLUE, VERMILLION], extent: 'contested' });
    const inside = pixelsWithin(img, g.innerRadius - 0.5).map(([x, y]) => hexOf(pixel(img, x, y)));
    const blue = inside.filter((c) => c === BLUE.toLowerCase()).length;
    const red = inside.filter((c) => c === VERMILLION.toLowerCase()).length;
    expect(blue).toBeGreaterThan(0.4 * inside.length);
    expect(red).toBeGreaterThan(0.4 * inside.length);
    expect(Math.abs(blue - red)).toBeLessThan(0.05 * inside.length);
    const ringX = Math.floor((g.centre + g.radius - g.ringWidth / 2) * 2);
    expect(hexOf(pixel(img, ringX, 22))).toBe(CONTESTED_COLOUR.toLowerCase());
  });

  it('drawStatusSymbol(contested) differs from every control symbol of either party', () => {
    const contested = drawStatusSymbol({ fill: [BLUE, VERMILLION], extent: 'contested' });
    for (const colour of [BLUE, VERMILLION]) {
      for (const extent of ['all', 'most', 'half', 'part'] as const) {
        const control = drawStatusSymbol({ fill: [colour], extent });
        let differing = 0;
        for (let i = 0; i < control.data.length; i += 4) {
          if (rgbDistance2([...contested.data.subarray(i, i + 3)], hexOf([...control.data.subarray(i, i + 3)])) > 3000) differing++;
        }
        expect(differing).toBeGreaterThan(200);
      }
    }
  });

  it('drawStatusSymbol(contested) with one known party alternates it with white', () => {
    const img = drawStatusSymbol({ fill: [BLUE], extent: 'contested' });
    const inside = new Set(pixelsWithin(img, g.innerRadius - 0.5).map(([x, y]) => hexOf(pixel(img, x, y))));
    expect(inside.has(BLUE.toLowerCase())).toBe(true);
    expect(inside.has(WHITE)).toBe(true);
  });

  it('drawStatusSymbol(disputed) splits the disc into the two parties, left and right, with a white bar between them, inside a dark ring', () => {
    const img = drawStatusSymbol({ fill: [BLUE, VERMILLION], extent: 'disputed' });
    // 5 CSS px left and right of the centre, above and below the horizontal axis.
    for (const y of [14, 22, 30]) {
      expect(hexOf(pixel(img, 12, y))).toBe(BLUE.toLowerCase());
      expect(hexOf(pixel(img, 32, y))).toBe(VERMILLION.toLowerCase());
    }
    // The bar down the middle is white from top to bottom.
    for (const y of [10, 22, 34]) expect(hexOf(pixel(img, 22, y))).toBe(WHITE);
    const ringX = Math.floor((g.centre + g.radius - g.ringWidth / 2) * 2);
    expect(hexOf(pixel(img, ringX, 22))).toBe(CONTESTED_COLOUR.toLowerCase());
  });

  it('drawStatusSymbol(disputed) differs from the contested symbol of the same parties', () => {
    const disputed = drawStatusSymbol({ fill: [BLUE, VERMILLION], extent: 'disputed' });
    const contested = drawStatusSymbol({ fill: [BLUE, VERMILLION], extent: 'contested' });
    let differing = 0;
    for (let i = 0; i < disputed.data.length; i += 4) {
      if (rgbDistance2([...disputed.data.subarray(i, i + 3)], hexOf([...contested.data.subarray(i, i + 3)])) > 3000) differing++;
    }
    expect(differing).toBeGreaterThan(200);
  });

  it('drawStatusSymbol(stale) is the same symbol faded, with its ring broken into dashes', () => {
    const current = drawStatusSymbol({ fill: [BLUE], extent: 'all' });
    const stale = drawStatusSymbol({ fill: [BLUE], extent: 'all', stale: true });
    // Inside the ring: the same colour, at STALE_OPACITY.
    expect(pixel(stale, 22, 22)).toEqual([...pixel(current, 22, 22).slice(0, 3), Math.round(255 * STALE_OPACITY)]);
    // Around the ring's middle, some arcs are drawn and some left out.
    const r = (g.radius - g.ringWidth / 2) * 2;
    const alphas = Array.from({ length: 64 }, (_, k) => {
      const a = (k / 64) * 2 * Math.PI;
      return pixel(stale, Math.floor(22 + r * Math.sin(a)), Math.floor(22 - r * Math.cos(a)))[3];
    });
    expect(alphas.filter((a) => a === 0).length).toBeGreaterThan(16);
    expect(alphas.filter((a) => a > 0).length).toBeGreaterThan(16);
    expect(Math.max(...alphas)).toBeLessThanOrEqual(Math.round(255 * STALE_OPACITY));
  });

  it('drawStatusSymbol draws the ring in the colour asked for', () => {
    const img = drawStatusSymbol({ fill: [BLUE], extent: 'half', ring: '#000000' });
    const ringX = Math.floor((g.centre + g.radius - g.ringWidth / 2) * 2);
    expect(hexOf(pixel(img, ringX, 22))).toBe('#000000');
  });

  it('drawStatusSymbol rejects bad colours, extents and sizes', () => {
    expect(() => drawStatusSymbol({ fill: ['blue'], extent: 'all' })).toThrow(/fill\[0\]: expected a hex colour/);
    expect(() => drawStatusSymbol({ fill: [BLUE], extent: 'all', ring: 'none' })).toThrow(/ring/);
    expect(() => drawStatusSymbol({ fill: [], extent: 'half' })).toThrow(/at least one colour/);
    expect(() => drawStatusSymbol({ fill: [BLUE], extent: 'some' as 'all' })).toThrow(/extent/);
    expect(() => drawStatusSymbol({ fill: [BLUE], extent: 'all', size: 0 })).toThrow(/size/);
    expect(() => drawStatusSymbol({ fill: [BLUE], extent: 'all', size: 22, pixelRatio: 100 })).toThrow(/device px/);
  });
});

describe('statusSymbolId', () => {
  it('statusSymbolId names control symbols by party and extent', () => {
    expect(statusSymbolId('control', 'lna', 'half')).toBe('cm-sym-lna-half');
    expect(statusSymbolId('control', 'gna', 'most')).toBe('cm-sym-gna-most');
    expect(statusSymbolId('control', 'gna', null)).toBe('cm-sym-gna-all');
  });

  it('statusSymbolId sorts contested parties, so their order does not matter', () => {
    expect(statusSymbolId('contested', ['lna', 'gna'], null)).toBe('cm-sym-contested-gna-lna');
    expect(statusSymbolId('contested', ['gna', 'lna'], 'half')).toBe('cm-sym-contested-gna-lna');
  });

  it('statusSymbolId(none) is one id for every unclaimed place', () => {
    expect(statusSymbolId('none', null, null)).toBe('cm-sym-none');
    expect(statusSymbolId('none', 'lna', 'all')).toBe('cm-sym-none');
  });

  it('statusSymbolId names disputed symbols apart from contested ones, parties sorted', () => {
    expect(statusSymbolId('disputed', ['lna', 'gna'])).toBe('cm-sym-disputed-gna-lna');
    expect(statusSymbolId('disputed', ['lna', 'gna'])).not.toBe(statusSymbolId('contested', ['lna', 'gna']));
  });

  it('statusSymbolId marks stale symbols with a suffix no current symbol can end in', () => {
    expect(statusSymbolId('control', 'lna', 'all', true)).toBe('cm-sym-lna-all_stale');
    expect(statusSymbolId('disputed', ['gna', 'lna'], null, true)).toBe('cm-sym-disputed-gna-lna_stale');
    expect(statusSymbolId('none', null, null, true)).toBe('cm-sym-none_stale');
    expect(() => statusSymbolId('control', 'lna_stale', 'all')).toThrow(/kebab-case/);
  });

  it('statusSymbolId keeps hyphenated party ids unambiguous', () => {
    expect(statusSymbolId('contested', ['a-b', 'c'])).not.toBe(statusSymbolId('contested', ['a', 'b-c']));
    expect(statusSymbolId('control', 'misrata-brigades', 'part')).toBe('cm-sym-misrata--brigades-part');
  });

  it('statusSymbolId rejects ids that are not kebab-case and missing parties', () => {
    expect(() => statusSymbolId('control', 'LNA forces', 'all')).toThrow(/kebab-case/);
    expect(() => statusSymbolId('control', null, 'all')).toThrow(/party/);
    expect(() => statusSymbolId('contested', [], null)).toThrow(/at least one party/);
    expect(() => statusSymbolId('control', 'lna', 'toString' as 'all')).toThrow(/extent/);
  });
});

describe('resolveStatusSymbol', () => {
  const palette = createPartyPalette(['lna', 'gna']);

  it('resolveStatusSymbol gives a contested place sorted colours matching its id', () => {
    const { id, spec } = resolveStatusSymbol({ status: 'contested', parties: ['lna', 'gna'] }, palette);
    expect(id).toBe('cm-sym-contested-gna-lna');
    expect(spec).toMatchObject({ extent: 'contested', fill: [palette.colour('gna'), palette.colour('lna')], ring: palette.contested });
  });

  it('resolveStatusSymbol gives a controlled place its party colour and extent', () => {
    const { id, spec } = resolveStatusSymbol({ status: 'control', party: 'gna', extent: 'part' }, palette, { size: 16 });
    expect(id).toBe('cm-sym-gna-part');
    expect(spec).toEqual({ size: 16, fill: [palette.colour('gna')], extent: 'part' });
  });

  it('resolveStatusSymbol throws for an unknown status or party', () => {
    expect(() => resolveStatusSymbol({ status: 'held' as 'control', party: 'lna' }, palette)).toThrow(/status/);
    expect(() => resolveStatusSymbol({ status: 'control', party: 'isis' }, palette)).toThrow(/isis/);
  });

  it('resolveStatusSymbol gives a disputed place both parties\' colours and a stale one the stale flag', () => {
    const disputed = resolveStatusSymbol({ status: 'disputed', parties: ['lna', 'gna'] }, palette);
    expect(disputed.id).toBe('cm-sym-disputed-gna-lna');
    expect(disputed.spec).toMatchObject({ extent: 'disputed', fill: [palette.colour('gna'), palette.colour('lna')], ring: palette.contested });
    const stale = resolveStatusSymbol({ status: 'control', party: 'lna', extent: 'most', stale: true }, palette);
    expect(stale).toEqual({ id: 'cm-sym-lna-most_stale', spec: { fill: [palette.colour('lna')], extent: 'most', stale: true } });
  });

  it('resolveStatusSymbol gives an unclaimed place the none symbol', () => {
    const { id, spec } = resolveStatusSymbol({ status: 'none', party: null, parties: [], extent: null }, palette);
    expect(id).toBe('cm-sym-none');
    expect(spec).toMatchObject({ extent: 'none', ring: palette.none });
  });
});

describe('svgStatusSymbol', () => {
  /** Tags and nothing else, balanced, attributes free of quotes and brackets: XML-ish enough. */
  function expectWellFormed(svg: string): void {
    const tags = svg.match(/<[^<>]*>/g) ?? [];
    expect(tags.join('')).toBe(svg);
    const open: string[] = [];
    for (const tag of tags) {
      const m = /^<(\/?)([a-z]+)((?:\s+[a-zA-Z-]+="[^"<>&]*")*)\s*(\/?)>$/.exec(tag);
      expect(m, tag).not.toBeNull();
      const [, closing, name, , selfClosing] = m as RegExpExecArray;
      if (closing) expect(open.pop()).toBe(name);
      else if (!selfClosing) open.push(name as string);
    }
    expect(open).toEqual([]);
  }

  it.each([false, true].flatMap((stale) => (['all', 'most', 'half', 'part', 'contested', 'disputed', 'none'] as const).map((extent) => [extent, stale] as const)))('svgStatusSymbol(%s, stale %s) is well-formed SVG', (extent, stale) => {
    const svg = svgStatusSymbol({ fill: [BLUE, VERMILLION], extent, stale });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expectWellFormed(svg);
    if (extent !== 'none') expect(svg).toContain(`fill="${BLUE}"`);
  });

  it('svgStatusSymbol is sized in CSS px', () => {
    expect(svgStatusSymbol({ fill: [BLUE], extent: 'all' })).toContain('width="22" height="22" viewBox="0 0 22 22"');
    expect(svgStatusSymbol({ fill: [BLUE], extent: 'all', size: 16 })).toContain('viewBox="0 0 16 16"');
  });

  it('svgStatusSymbol(half) draws the pie from 12 o’clock counter-clockwise to 6 o’clock, like the raster', () => {
    const svg = svgStatusSymbol({ fill: [BLUE], extent: 'half' });
    const d = /<path d="([^"]+)"/.exec(svg)?.[1] ?? '';
    // M centre, L top, A r r 0 large-arc=0 sweep=0 (counter-clockwise on screen) to the bottom.
    expect(d).toMatch(/^M11 11L11 1\.6A9\.4 9\.4 0 0 0 11 20\.4Z$/);
  });

  it('svgStatusSymbol(contested) alternates the two colours in stripes', () => {
    const svg = svgStatusSymbol({ fill: [BLUE, VERMILLION], extent: 'contested' });
    const fills = [...svg.matchAll(/<path d="[^"]+" fill="(#[0-9A-Fa-f]{6})"/g)].map((m) => m[1]);
    expect(fills.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < fills.length; i++) expect(fills[i]).not.toBe(fills[i - 1]);
    expect(svg).toContain(`stroke="${CONTESTED_COLOUR}"`);
  });

  it('svgStatusSymbol(disputed) draws a left half and a right half, like the raster', () => {
    const svg = svgStatusSymbol({ fill: [BLUE, VERMILLION], extent: 'disputed' });
    const halves = [...svg.matchAll(/<path d="M([\d.]+) [^"]+" fill="(#[0-9A-Fa-f]{6})"/g)].map((m) => [Number(m[1]), m[2]]);
    expect(halves).toEqual([[expect.any(Number), BLUE], [expect.any(Number), VERMILLION]]);
    expect((halves[0]![0] as number) < 11 && (halves[1]![0] as number) > 11).toBe(true);
  });

  it('svgStatusSymbol(stale) fades the symbol and dashes its ring', () => {
    const svg = svgStatusSymbol({ fill: [BLUE], extent: 'all', stale: true });
    expect(svg).toContain(`<g opacity="${STALE_OPACITY}">`);
    expect(svg).toMatch(/stroke-dasharray="[\d.]+ [\d.]+"/);
    expect(svgStatusSymbol({ fill: [BLUE], extent: 'all' })).not.toContain('opacity');
  });

  it('svgStatusSymbol refuses a colour that would break out of its attribute', () => {
    expect(() => svgStatusSymbol({ fill: ['red" onload="x'], extent: 'all' })).toThrow(/hex colour/);
    expect(() => svgStatusSymbol({ fill: [BLUE], extent: 'half', ring: '#fff"/><script>' })).toThrow(/hex colour/);
    expect(() => svgStatusSymbol({ fill: ['#0072B2 '], extent: 'all' })).toThrow(/hex colour/);
  });
});
