import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectPaths, runPipeline } from '../../../src/cli/project.ts';
import { svgHatchPattern } from '../../../src/map/hatch-pattern.ts';
import { createPlaceStyles } from '../../../src/render/place-styles.ts';
import { createZoneStyles } from '../../../src/render/zone-styles.ts';

// The static map of the seed article, as the pipeline renders it for the page's HTML.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = runPipeline(projectPaths(root));
const svg = run.pageData.get('svg/haftar-macron-2019-05-13.svg') ?? '';

/** Every number in every path's `d`. */
function pathNumbers(text: string): string[] {
  return [...text.matchAll(/ d="([^"]*)"/g)].flatMap((m) => (m[1] as string).match(/-?\d+(?:\.\d+)?/g) ?? []);
}

describe('renderSvgMap', () => {
  it('renderSvgMap writes path coordinates to a tenth of a unit', () => {
    const numbers = pathNumbers(svg);
    expect(numbers.length).toBeGreaterThan(1000);
    expect(numbers.filter((n) => /\.\d\d/.test(n))).toEqual([]);
  });

  it('renderSvgMap clips the basemap to what a container of any shape can show (the sea rectangle)', () => {
    const sea = /<rect x="(-?[\d.]+)" y="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg);
    expect(sea).not.toBeNull();
    const [x, y, w, h] = (sea as RegExpExecArray).slice(1).map(Number) as [number, number, number, number];
    const land = /<g class="cm-svg-land">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    const coords = pathNumbers(land).map(Number);
    expect(coords.length).toBeGreaterThan(100);
    for (let i = 0; i + 1 < coords.length; i += 2) {
      expect(coords[i]).toBeGreaterThanOrEqual(x - 0.1);
      expect(coords[i]).toBeLessThanOrEqual(x + w + 0.1);
      expect(coords[i + 1]).toBeGreaterThanOrEqual(y - 0.1);
      expect(coords[i + 1]).toBeLessThanOrEqual(y + h + 0.1);
    }
  });

  it('renderSvgMap keeps every place of the region, each once', () => {
    const ids = [...svg.matchAll(/data-place="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual(['ain-zara', 'al-hira', 'az-zahra', 'gharyan', 'qasr-bin-ghashir', 'suq-al-khamis', 'swani', 'tarhuna', 'tripoli', 'wadi-al-rabi']);
  });

  it('renderSvgMap draws everything but the defs in one view group, for the page to pan and zoom', () => {
    expect(svg).toMatch(/^<svg [^>]*><defs>.*?<\/defs><g class="cm-svg-view">.*<\/g><\/svg>\s*$/s);
  });

  it('renderSvgMap draws each place, ring label and the centre around its point (a pin the page keeps at its size)', () => {
    const pins = [...svg.matchAll(/<(\w+) class="[^"]*\bcm-svg-pin\b[^"]*"[^>]*>/g)].map((m) => m[0]);
    expect(pins.filter((p) => p.includes('data-place')).length).toBe(10);
    expect(pins.length).toBe(10 + 3 + 1);
    for (const pin of pins) expect(pin).toMatch(/ transform="translate\(-?\d+(\.\d)? -?\d+(\.\d)?\)"/);
    // Inside a pin, nothing is drawn at map coordinates: the halo at its origin, the symbol centred on it.
    expect(svg).toContain('<circle class="cm-svg-halo" r="17"');
    expect(svg).toContain('<g transform="translate(-11 -11)">');
  });

  it('renderSvgMap gives every stroked line outside the pins its width, which the page keeps on screen when zoomed', () => {
    const view = /<g class="cm-svg-view">(.*)<\/g><\/svg>\s*$/s.exec(svg)?.[1] ?? '';
    const withoutPins = view.replace(/<g class="cm-svg-place[^]*?<\/text><\/g>|<(text|circle) class="cm-svg-pin"[^>]*>/g, '');
    const stroked = [...withoutPins.matchAll(/<(path|g|circle|rect)\b[^>]*\bstroke="(?!none)[^"]*"[^>]*>/g)].map((m) => m[0]);
    expect(stroked.length).toBeGreaterThan(5);
    for (const element of stroked) expect(element, element.slice(0, 80)).toMatch(/ stroke-width="[\d.]+"/);
  });

  it('renderSvgMap leaves the basemap, the rings and the front line out of hit testing; zones answer by their area', () => {
    expect(svg).toMatch(/<g class="cm-svg-basemap" pointer-events="none"><rect [^>]*\/><g class="cm-svg-land">/);
    expect(svg).toContain('<g class="cm-svg-rings cm-svg-secondary" pointer-events="none">');
    expect(svg).toContain('<g class="cm-svg-zones cm-svg-secondary" pointer-events="visibleFill">');
    const frontLines = [...svg.matchAll(/<path [^>]*stroke="#111827" stroke-width="2.5"[^>]*>/g)].map((m) => m[0]);
    expect(frontLines.length).toBeGreaterThan(0);
    for (const line of frontLines) expect(line).toContain('pointer-events="none"');
  });

  it('renderSvgMap hatches each partial or contested zone with the WebGL map\'s pattern, drawn from the same bands', () => {
    const built = run.built.find((b) => b.article.id === 'haftar-macron-2019-05-13')!;
    const zonesFile = JSON.parse(run.geojson.get('geo/haftar-macron-2019-05-13.zones.geojson') ?? 'null');
    const zoneStyles = createZoneStyles(zonesFile, createPlaceStyles(built.places, run.parties).palette);
    expect(zoneStyles.pattern.size).toBeGreaterThan(0);
    for (const [zoneId, patternId] of zoneStyles.pattern) {
      const svgId = patternId.replace(/^cm-/, 'cm-svg-');
      expect(svg).toContain(svgHatchPattern(svgId, zoneStyles.patternColours.get(patternId)!));
      const zone = new RegExp(`<g data-zone="${zoneId}">(.*?)</g>`).exec(svg)?.[1] ?? '';
      expect(zone).toContain(`fill="url(#${svgId})"`);
    }
  });
});
