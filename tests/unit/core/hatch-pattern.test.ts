import { describe, expect, it } from 'vitest';
import { drawHatchPattern } from '../../../src/core/hatch-pattern.ts';

const at = (img: ReturnType<typeof drawHatchPattern>, x: number, y: number) => Array.from(img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4));

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
  it('tiles seamlessly: stripes run along diagonals and wrap from the last column to the first', () => {
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
    expect(() => drawHatchPattern(['red'])).toThrow('colours[0]: expected a #rrggbb colour, found "red"');
  });
});
