import { describe, expect, it } from 'vitest';
import { drawHatchPattern, hatchBands, svgHatchPattern } from '../../../src/map/hatch-pattern.ts';

type Image = ReturnType<typeof drawHatchPattern>;
const at = (img: Image, x: number, y: number) => Array.from(img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4));

/** The parallelograms of an SVG pattern from svgHatchPattern, with their fill colours. */
function parsePattern(svg: string): Array<{ fill: string; polygons: Array<Array<[number, number]>> }> {
  return [...svg.matchAll(/<path d="([^"]+)" fill="(#[0-9a-f]{6})"/g)].map((m) => ({
    fill: m[2] as string,
    polygons: (m[1] as string).split('z').filter(Boolean).map((part) => {
      // M x,y h w l s,s h -w: absolute start, then relative moves.
      const [x, y, w, dx, dy] = (part.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number) as [number, number, number, number, number];
      return [[x, y], [x + w, y], [x + w + dx, y + dy], [x + dx, y + dy]] as Array<[number, number]>;
    }),
  }));
}

/** Even-odd point-in-polygon test. */
function inside(point: [number, number], polygon: Array<[number, number]>): boolean {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as [number, number];
    const [xj, yj] = polygon[j] as [number, number];
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

describe('drawHatchPattern', () => {
  it('drawHatchPattern(["#0072b2"]) draws diagonal stripes in the colour on a transparent tile', () => {
    const img = drawHatchPattern(['#0072b2'], { size: 8, stripe: 2, pixelRatio: 1, alpha: 1 });
    expect([img.width, img.height]).toEqual([8, 8]);
    expect(at(img, 0, 7)).toEqual([0, 0x72, 0xb2, 255]);
    expect(at(img, 4, 3)).toEqual([0, 0x72, 0xb2, 255]);
    expect(at(img, 4, 7)[3]).toBe(0);
    const painted = Array.from({ length: 64 }, (_, k) => at(img, k % 8, Math.floor(k / 8))[3]).filter((a) => a! > 0).length;
    expect(painted).toBe(16);
  });
  it('tiles seamlessly: stripes run from top left to bottom right and wrap from the last column to the first', () => {
    const img = drawHatchPattern(['#d55e00'], { pixelRatio: 1 });
    for (let y = 0; y < 7; y++) for (let x = 0; x < 7; x++) expect(at(img, x, y)[3]).toBe(at(img, x + 1, y + 1)[3]);
    for (let y = 0; y < 8; y++) expect(at(img, 7, y)[3]).toBe(at(img, 0, (y + 1) % 8)[3]);
  });
  it('alternates two colours for contested zones', () => {
    const img = drawHatchPattern(['#0072b2', '#d55e00'], { pixelRatio: 1, alpha: 1 });
    const colours = new Set<string>();
    for (let k = 0; k < 64; k++) {
      const p = at(img, k % 8, Math.floor(k / 8));
      if (p[3]) colours.add(p.slice(0, 3).join(','));
    }
    expect([...colours].sort()).toEqual(['0,114,178', '213,94,0']);
  });
  it('refuses colours that are not #rrggbb', () => {
    expect(() => drawHatchPattern(['red'])).toThrow('colours[0]: expected a hex colour like #0072b2, found "red"');
    expect(() => svgHatchPattern('x', ['url(#evil)'])).toThrow(/colours\[0\]/);
  });
});

describe('svgHatchPattern', () => {
  for (const colours of [['#0072b2'], ['#0072b2', '#d55e00']]) {
    for (const pixelRatio of [1, 2, 3]) {
      it(`svgHatchPattern(${colours.join(', ')}) covers exactly the raster tile's pixels, in the same colours (pixel ratio ${pixelRatio})`, () => {
        const img = drawHatchPattern(colours, { pixelRatio });
        const svg = svgHatchPattern('cm-svg-hatch-test', colours);
        const bands = parsePattern(svg);
        expect(bands.map((b) => b.fill)).toEqual(colours);
        let painted = 0;
        for (let y = 0; y < img.height; y++) {
          for (let x = 0; x < img.width; x++) {
            // The pixel's centre in the pattern's user units (CSS px), nudged off the band edges
            // where a centre lies exactly on one (the raster's rule: start inclusive, end exclusive).
            const centre: [number, number] = [(x + 0.5) / pixelRatio + 1e-6, (y + 0.5) / pixelRatio];
            const svgColour = bands.find((b) => b.polygons.some((poly) => inside(centre, poly)))?.fill ?? null;
            const p = at(img, x, y);
            const rasterColour = p[3] ? `#${p.slice(0, 3).map((c) => c!.toString(16).padStart(2, '0')).join('')}` : null;
            expect(svgColour, `pixel ${x},${y}`).toBe(rasterColour);
            if (rasterColour) painted++;
          }
        }
        expect(painted).toBe(Math.round((img.width * img.height * 2 * colours.length) / 8));
      });
    }
  }
  it('writes a user-space tile with the hatch alpha and no rotation: the geometry itself is the direction', () => {
    const svg = svgHatchPattern('cm-svg-hatch-lna', ['#d55e00']);
    expect(svg).toMatch(/^<pattern id="cm-svg-hatch-lna" width="8" height="8" patternUnits="userSpaceOnUse">/);
    expect(svg).not.toMatch(/patternTransform/);
    expect(svg).toContain('fill-opacity="0.55"');
    expect(hatchBands(['#d55e00', '#0072b2'])).toEqual([
      { colour: '#d55e00', offset: 0, width: 2 },
      { colour: '#0072b2', offset: 4, width: 2 },
    ]);
  });
});
