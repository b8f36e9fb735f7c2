import type { FeatureCollection } from 'geojson';
import { drawHatchPattern, type PatternImage } from '../map/hatch-pattern.ts';
import type { PartyPalette } from './palette.ts';

/** Colours and hatch patterns of an article's inferred zones. */
export interface ZoneStyles {
  zones: FeatureCollection;
  /** Fill colour by zone id. */
  colour: Map<string, string>;
  /** Hatch pattern id by zone id (partial and contested zones only). */
  pattern: Map<string, string>;
  /** The colours of each hatch pattern, by pattern id: the zone's party, or both contesting parties. */
  patternColours: Map<string, string[]>;
  /** Number of places the zones were inferred from (the file's metadata). */
  inferredFrom: number;
  drawPattern(patternId: string, pixelRatio: number): PatternImage;
}

/**
 * Gives each zone its party's colour, and partial or contested zones a hatch in their parties'
 * colours, so "not full control" reads without colour too.
 */
export function createZoneStyles(zones: FeatureCollection, palette: PartyPalette): ZoneStyles {
  const colour = new Map<string, string>();
  const pattern = new Map<string, string>();
  const patterns = new Map<string, string[]>();
  for (const f of zones.features) {
    const p = f.properties ?? {};
    if (p.kind !== 'zone') continue;
    const id = String(f.id);
    const parties: string[] = p.status === 'contested' ? [...(p.parties as string[])].sort() : [p.party as string];
    const colours = parties.map((party) => palette.colour(party));
    colour.set(id, p.status === 'contested' ? palette.contested : (colours[0] as string));
    if (p.status === 'contested' || p.extent !== 'all') {
      const patternId = `cm-hatch-${parties.join('-')}`;
      pattern.set(id, patternId);
      patterns.set(patternId, colours);
    }
  }
  const metadata = (zones as FeatureCollection & { metadata?: { inferred_from?: number } }).metadata;
  return {
    zones,
    colour,
    pattern,
    patternColours: patterns,
    inferredFrom: metadata?.inferred_from ?? 0,
    drawPattern: (patternId, pixelRatio) => drawHatchPattern(patterns.get(patternId) ?? ['#6a6a6a'], { pixelRatio }),
  };
}
