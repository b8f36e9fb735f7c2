import { describe, expect, it } from 'vitest';
import { createGeoparser } from '../../../../src/core/geoparser/index.ts';
import { geoparseBlocks } from '../../../../src/core/pipeline/geoparse-blocks.ts';
import { resolveMatches } from '../../../../src/core/resolve/resolve-matches.ts';
import type { Gazetteer, Place } from '../../../../src/core/types.ts';
import { projectGazetteer } from '../../helpers/project.ts';

const curated = projectGazetteer();
/** Generated-layer villages, as the OpenStreetMap import will add them. */
const osm = (id: string, ar: string, lat: number, lon: number, extra: Partial<Place> = {}): Place => ({
  id, ar: [ar], en: [], lat, lon, kind: 'village', admin: 'libya', precisionKm: 2, precisionCode: 1, source: `osm:node/${id.length}`, layer: 'osm', ...extra,
});
const gazetteer: Gazetteer = {
  ...curated,
  places: [
    ...curated.places,
    osm('kliba', 'الكليبة', 32.2, 13.05),
    osm('jandouba', 'جندوبة', 32.1, 13.0),
    osm('buzidan', 'بوزيدان', 32.12, 13.05),
    osm('ramla-village', 'الرملة', 32.15, 13.02),
    osm('mansura-village', 'المنصورة', 31.0, 15.0),
    osm('far-village', 'تاقرفت', 29.0, 16.0),
    osm('osm-gharyan', 'غريان', 32.17, 13.02, { kind: 'city', population: 100000 }),
  ],
};
const parser = createGeoparser(gazetteer.places);

function locate(...paragraphs: string[]): { places: string[]; evidence: Array<[string, string | undefined]>; warnings: string[] } {
  const blocks = paragraphs.map((text, i) => ({ id: `p${i + 1}`, text }));
  const { matches, warnings, context } = geoparseBlocks(parser, gazetteer, blocks);
  const { resolved } = resolveMatches(matches, gazetteer, context);
  return {
    places: [...new Set(resolved.map((r) => r.placeId))].sort(),
    evidence: resolved.filter((r) => r.match.evidence !== undefined).map((r) => [r.match.text, r.match.evidence]),
    warnings: warnings.map((w) => `${w.text}: ${w.reason}`),
  };
}

describe('weighEvidence decides on names that need evidence', () => {
  it('keeps a trigger-only name listed with a place the text names (منطقتي الفرناج وصلاح الدين)', () => {
    const r = locate('يتقدم نحو منطقتي الفرناج وصلاح الدين.');
    expect(r.places).toEqual(['al-firnaj', 'salah-al-din']);
    expect(r.evidence).toEqual([['صلاح الدين', 'listed with "الفرناج"']]);
  });
  it('keeps a name the text confirms elsewhere (محور صلاح الدين … جوازات صلاح الدين)', () => {
    const r = locate('هجوم في محور صلاح الدين جنوبي طرابلس.', 'نافيا السيطرة على مقر جوازات صلاح الدين.');
    expect(r.evidence).toEqual([
      ['صلاح الدين', 'after "محور"'],
      ['صلاح الدين', 'the text names it as a place elsewhere'],
    ]);
  });
  it('leaves out a curated common word with no evidence, without a warning (السراج, Fayez al-Sarraj)', () => {
    const r = locate('قال فايز السراج إن الحكومة باقية.');
    expect(r.places).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
  it('keeps a generated-layer village near a place the text names, and says how near', () => {
    const r = locate('اشتباكات في غريان وقصف على بوزيدان أمس.');
    expect(r.places).toEqual(['buzidan', 'gharyan']);
    expect(r.evidence).toEqual([['بوزيدان', expect.stringMatching(/^\d+ km from gharyan, which the text names$/)]]);
  });
  it('does not keep a generated-layer name shaped like a common word by closeness alone (الرملة)', () => {
    const r = locate('اشتباكات في غريان وسط الرملة الكثيفة.');
    expect(r.places).toEqual(['gharyan']);
    expect(r.warnings).toEqual([]);
  });
  it('warns about a distinctive generated-layer name left out for lack of evidence', () => {
    const r = locate('وصلت القوات إلى تاقرفت أمس.');
    expect(r.places).toEqual([]);
    expect(r.warnings).toEqual([expect.stringMatching(/^تاقرفت: may be far-village \(village, OpenStreetMap\), but nothing confirms it/)]);
  });
  it('keeps a village after a trigger and the villages listed with it (مناطق الكليبة وجندوبة)', () => {
    expect(locate('انسحبت من مناطق الكليبة وجندوبة التابعتين لبلدية غريان').places).toEqual(['gharyan', 'jandouba', 'kliba']);
  });
  it('takes a name after a trigger in a text about other countries as the namesake abroad (مدينة المنصورة … القاهرة)', () => {
    const r = locate('تقع مدينة المنصورة على بعد 120 كم عن القاهرة.');
    expect(r.places).toEqual(['cairo']);
    // A name shaped like a common word is no likely missing place: no warning.
    expect(r.warnings).toEqual([]);
    // A distinctive one is, and the warning says why it was left out.
    expect(locate('تقع مدينة تاقرفت على بعد 120 كم عن القاهرة.').warnings).toEqual([expect.stringMatching(/^تاقرفت: may be far-village .* but the text is about places in egypt$/)]);
  });
  it('lets a curated place stand for a generated duplicate of the same name nearby', () => {
    expect(locate('دخلت القوات غريان.').places).toEqual(['gharyan']);
  });
});

describe('resolveMatches with the countries a text names', () => {
  it('resolves Tripoli to Lebanon when the text names Lebanon and no place in the region', () => {
    expect(locate('اشتباكات في مدينة طرابلس شمال لبنان.').places).toEqual(['tripoli-lebanon']);
    expect(locate("Protests erupted across Lebanon, and Tripoli became the bride of the movement.").places).toEqual(['tripoli-lebanon']);
  });
  it('keeps the Libyan Tripoli when the text also names Libyan places', () => {
    expect(locate('من بيروت في لبنان إلى طرابلس وغريان وترهونة').places).toContain('tripoli');
  });
});
