import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { projectPaths, runPipeline } from '../../../../src/cli/project.ts';
import { serializeGeoJson } from '../../../../src/core/geojson/serialize-geojson.ts';
import { buildClaimsCollection } from '../../../../src/core/time/build-claims-collection.ts';
import { ROOT } from '../../helpers/project.ts';

const run = runPipeline(projectPaths(ROOT));
const collection = buildClaimsCollection({ articles: run.built, gazetteer: run.gazetteer });

describe('buildClaimsCollection on content/', () => {
  it('gives the committed geo/claims.geojson, valid RFC 7946', () => {
    const text = serializeGeoJson(collection);
    expect(() => check(text)).not.toThrow();
    expect(text).toBe(readFileSync(join(ROOT, 'geo/claims.geojson'), 'utf8'));
  });
  it('has one Point per claim of every article, with the claim\'s place, party, extent, change, date, article, outlet and quotes', () => {
    const claims = run.built.flatMap((b) => b.claims.map((c) => ({ article: b.article, claim: c })));
    expect(collection.features).toHaveLength(claims.length);
    for (const { article, claim } of claims) {
      const f = collection.features.find((x) => x.id === `${article.id}/${claim.place}`)!;
      expect(f.properties).toMatchObject({ place: claim.place, status: claim.status, party: claim.party ?? null, extent: claim.extent, change: claim.change, as_of: claim.asOf, article: article.id, article_date: article.date, outlet: article.outlet });
      const place = run.gazetteer.places.find((p) => p.id === claim.place)!;
      expect(f.geometry.coordinates).toEqual([Math.round(place.lon * 1e6) / 1e6, Math.round(place.lat * 1e6) / 1e6]);
      const blocks = new Map(article.texts[0]!.blocks.map((b) => [b.id, b.text]));
      expect(f.properties.evidence).toHaveLength(claim.evidence.length);
      for (const e of f.properties.evidence) expect(blocks.get(e.paragraph)!.slice(e.start, e.end)).toBe(e.quote);
    }
  });
  it('keeps a claim with several quotes as one feature with an evidence array (Gharyan in the seed)', () => {
    expect(collection.features.find((f) => f.properties.place === 'gharyan')!.properties.evidence.map((e) => e.paragraph)).toEqual(['p4', 'p3']);
  });
  it('sorts features by as_of, place and article, and describes itself in metadata', () => {
    const keys = collection.features.map((f) => `${f.properties.as_of} ${f.properties.place} ${f.properties.article}`);
    expect(keys).toEqual([...keys].sort());
    expect(collection.metadata).toMatchObject({ articles: run.built.length, claims: collection.features.length, first_as_of: '2019-05-13', last_as_of: '2019-05-13' });
    expect(Object.keys(collection.features[0]!.properties)).toEqual(['place', 'name_ar', 'name_en', 'kind', 'in_region', 'precision_km', 'precision_code', 'source', 'as_of', 'status', 'party', 'parties', 'extent', 'change', 'note', 'article', 'article_date', 'outlet', 'evidence']);
  });
  it('is the same whatever order the articles come in', () => {
    expect(serializeGeoJson(buildClaimsCollection({ articles: [...run.built].reverse(), gazetteer: run.gazetteer }))).toBe(serializeGeoJson(collection));
  });
});
