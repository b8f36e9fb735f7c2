// The canvas map draws clusters with functions that evaluate the claims layers' expressions in
// plain code; here both are evaluated on the same clusters, the expressions by the style spec's
// own evaluator, so the two maps cannot drift apart.
import { expression, latest, type ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  clusterCountProperty,
  clusterOpacityOf,
  clusterRadiusOf,
  createClaimsLayers,
  majorityPartyOf,
} from '../../../src/archive/claims-layers.ts';

const parties = [
  { id: 'lna', colour: '#0072b2' },
  { id: 'gna', colour: '#d55e00' },
];
const [clusters] = createClaimsLayers(parties, 'en');

function evaluate(property: 'circle-radius' | 'circle-opacity' | 'circle-color', properties: Record<string, unknown>): unknown {
  const spec = (latest as unknown as Record<string, Record<string, unknown>>).paint_circle?.[property];
  const parsed = expression.createPropertyExpression(clusters.paint?.[property] as ExpressionSpecification, property, spec as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 7 }, { type: 'Point', properties } as never);
}

const cases = [
  [2, 1], [49, 25], [50, 50], [499, 300], [500, 250], [1999, 1999], [2000, 1000], [4999, 3000], [5000, 4999], [30733, 20000], [7, 0],
] as const;

describe('the canvas map\'s cluster rules', () => {
  it('clusterRadiusOf(count) equals the circle-radius step expression', () => {
    for (const [count, lna] of cases) {
      expect(clusterRadiusOf(count), String(count)).toBe(evaluate('circle-radius', { point_count: count, [clusterCountProperty('lna')]: lna, [clusterCountProperty('gna')]: count - lna }));
    }
  });

  it('clusterOpacityOf(majority share) equals the circle-opacity expression', () => {
    for (const [count, lna] of cases) {
      const share = Math.max(lna, count - lna) / count;
      expect(clusterOpacityOf(share), `${lna}/${count}`).toBeCloseTo(evaluate('circle-opacity', { point_count: count, n_lna: lna, n_gna: count - lna }) as number, 12);
    }
  });

  it('majorityPartyOf(counts) picks the circle-color expression\'s party, the first listed on a tie', () => {
    for (const [count, lna] of [...cases, [10, 5]] as const) {
      const colour = evaluate('circle-color', { point_count: count, n_lna: lna, n_gna: count - lna }) as { r: number; g: number; b: number };
      const hex = `#${[colour.r, colour.g, colour.b].map((c) => Math.round(c * 255).toString(16).padStart(2, '0')).join('')}`;
      expect(parties[majorityPartyOf([lna, count - lna])]?.colour, `${lna}/${count}`).toBe(hex);
    }
  });

  it('majorityPartyOf(byParty, offset, parties) reads one cluster out of a flat array', () => {
    expect(majorityPartyOf(new Uint32Array([9, 1, 2, 8, 5, 5]), 2, 2)).toBe(1);
    expect(majorityPartyOf(new Uint32Array([9, 1, 2, 8, 5, 5]), 4, 2)).toBe(0);
  });
});
