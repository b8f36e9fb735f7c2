import { compareCodeUnits } from './compare-code-units.ts';
import type { FrontLineFeature, ZoneFeature } from './types.ts';

const EXTENT_RANK = { all: 0, most: 1, half: 2, part: 3 } as const;
const STATUS_RANK = { control: 0, contested: 1 } as const;

/**
 * Output order of a zones file: zones before front lines (fills under lines when drawn in
 * order), then control before contested, then by party (or parties), then extent from `all`
 * to `part`, then first place id. Returns a new array.
 */
export function sortZoneFeatures(features: ReadonlyArray<ZoneFeature | FrontLineFeature>): Array<ZoneFeature | FrontLineFeature> {
  const rank = (f: ZoneFeature | FrontLineFeature): Array<string | number> => {
    const p = f.properties;
    return p.kind === 'zone'
      ? [0, STATUS_RANK[p.status], p.party ?? p.parties.join('+'), EXTENT_RANK[p.extent], p.place_ids[0] ?? '']
      : [1, STATUS_RANK[p.status], p.between.join('+'), 0, p.place_ids[0] ?? ''];
  };
  return [...features].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let k = 0; k < ra.length; k++) {
      const x = ra[k] as string | number;
      const y = rb[k] as string | number;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : compareCodeUnits(String(x), String(y));
      if (order !== 0) return order;
    }
    return 0;
  });
}
