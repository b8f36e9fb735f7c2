import { describe, expect, it } from 'vitest';
import { checkPaletteDistinct, measurePaletteDistinctness, type VisionKind } from '../helpers/colour-vision.ts';
import { CONTESTED_COLOUR, NONE_COLOUR, OKABE_ITO, PARTY_COLOURS, createPartyPalette } from '../../../src/render/palette.ts';

// How far apart (ΔE00) the colours on the map must be. ΔE00 is scaled so that about 1 is a
// just-noticeable difference between large patches seen side by side; our symbols are 22 px discs,
// often far apart on the map, and small marks need many times that to be told apart. So:
// - up to 3 parties (the articles so far have 2), every colour in use must be ≥ 20 apart for
//   typical, deutan and protan vision: an order of magnitude above noticeable, the difference
//   between "another colour" and "a shade of the same one";
// - up to 7 parties, ≥ 11 for every kind of vision including tritanopia. The Okabe–Ito set cannot
//   do better: orange and yellow are ΔE00 ≈ 11.5 apart for deuteranopes. It is acceptable because
//   colour is never the only cue: the symbol's shape carries the status and the legend and place
//   card name the party in words.
const STRICT_MIN_DELTA_E = 20;
const STRICT_MAX_PARTIES = 3;
const MIN_DELTA_E = 11;
const STRICT_VISIONS: readonly VisionKind[] = ['normal', 'deuteranopia', 'protanopia'];

/** The colours a map with `n` parties shows: its party colours, contested and none. */
function coloursInUse(n: number): string[] {
  return [...PARTY_COLOURS.slice(0, n), CONTESTED_COLOUR, NONE_COLOUR];
}

describe('palette constants', () => {
  it('PARTY_COLOURS are seven distinct Okabe–Ito colours, without black', () => {
    const okabeIto = new Set<string>(Object.values(OKABE_ITO));
    expect(PARTY_COLOURS).toHaveLength(7);
    expect(new Set(PARTY_COLOURS).size).toBe(7);
    for (const c of PARTY_COLOURS) expect(okabeIto.has(c)).toBe(true);
    expect(PARTY_COLOURS).not.toContain(OKABE_ITO.black);
  });

  it('PARTY_COLOURS start with the blue/vermillion pair', () => {
    expect(PARTY_COLOURS.slice(0, 2)).toEqual([OKABE_ITO.blue, OKABE_ITO.vermillion]);
  });

  it('the palette constants cannot be changed at run time', () => {
    expect(Object.isFrozen(PARTY_COLOURS)).toBe(true);
    expect(Object.isFrozen(OKABE_ITO)).toBe(true);
  });
});

describe('palette distinctness', () => {
  for (let n = 2; n <= STRICT_MAX_PARTIES; n++) {
    it(`the first ${n} party colours, contested and none are ≥ ${STRICT_MIN_DELTA_E} apart for normal, deutan and protan vision`, () => {
      const report = checkPaletteDistinct(coloursInUse(n), { minDeltaE: STRICT_MIN_DELTA_E, visions: STRICT_VISIONS });
      for (const vision of STRICT_VISIONS) expect(report[vision]).toEqual([]);
    });
  }

  for (let n = 2; n <= PARTY_COLOURS.length; n++) {
    it(`the first ${n} party colours, contested and none are ≥ ${MIN_DELTA_E} apart for every kind of vision`, () => {
      const report = checkPaletteDistinct(coloursInUse(n), { minDeltaE: MIN_DELTA_E });
      expect(report).toEqual({ normal: [], deuteranopia: [], protanopia: [], tritanopia: [] });
    });
  }

  it('the closest pairs per vision kind are as measured when the palette was chosen', () => {
    // A record rather than a bar: if someone edits a colour, this diff shows what it cost.
    const rounded = (n: number) =>
      Object.fromEntries(
        Object.entries(measurePaletteDistinctness(coloursInUse(n))).map(([k, v]) => [k, Math.round((v?.deltaE ?? 0) * 10) / 10]),
      );
    expect(rounded(2)).toEqual({ normal: 22, deuteranopia: 22.4, protanopia: 21, tritanopia: 22.1 });
    expect(rounded(3)).toEqual({ normal: 22, deuteranopia: 22.4, protanopia: 20.9, tritanopia: 19.9 });
    expect(rounded(7)).toEqual({ normal: 21.1, deuteranopia: 11.5, protanopia: 12.7, tritanopia: 11.2 });
  });
});

describe('createPartyPalette', () => {
  it('createPartyPalette(ids) gives the parties the palette colours in order', () => {
    const palette = createPartyPalette(['lna', 'gna']);
    expect(palette.colour('lna')).toBe(OKABE_ITO.blue);
    expect(palette.colour('gna')).toBe(OKABE_ITO.vermillion);
    expect(palette.entries).toEqual([
      { id: 'lna', colour: OKABE_ITO.blue },
      { id: 'gna', colour: OKABE_ITO.vermillion },
    ]);
    expect(palette.contested).toBe(CONTESTED_COLOUR);
    expect(palette.none).toBe(NONE_COLOUR);
  });

  it('createPartyPalette gives the same colours for the same ids, whatever the lookup order', () => {
    const a = createPartyPalette(['lna', 'gna', 'tribes']);
    const b = createPartyPalette(['lna', 'gna', 'tribes']);
    expect(['tribes', 'gna', 'lna'].map((id) => b.colour(id))).toEqual(['tribes', 'gna', 'lna'].map((id) => a.colour(id)));
    expect(b.entries).toEqual(a.entries);
  });

  it('createPartyPalette throws for an unknown party instead of inventing a colour', () => {
    const palette = createPartyPalette(['lna', 'gna']);
    expect(() => palette.colour('isis')).toThrow(/expected one of lna, gna, found "isis"/);
    // The failed lookup must not have added the id (d3's implicit domain would).
    expect(palette.entries.map((e) => e.id)).toEqual(['lna', 'gna']);
    expect(() => palette.colour('constructor')).toThrow(/found "constructor"/);
  });

  it('createPartyPalette drops repeated ids', () => {
    expect(createPartyPalette(['lna', 'gna', 'lna']).entries.map((e) => e.id)).toEqual(['lna', 'gna']);
  });

  it('createPartyPalette({ fixed }) pins a party and keeps its colour away from the others', () => {
    const palette = createPartyPalette(['lna', 'gna', 'tribes'], { fixed: { gna: OKABE_ITO.blue } });
    expect(palette.colour('gna')).toBe(OKABE_ITO.blue);
    // The unpinned parties take the remaining colours in order, never the pinned one.
    expect(palette.colour('lna')).toBe(OKABE_ITO.vermillion);
    expect(palette.colour('tribes')).toBe(OKABE_ITO.skyBlue);
  });

  it('createPartyPalette({ fixed }) ignores pins for parties that are not listed', () => {
    const palette = createPartyPalette(['lna'], { fixed: { gna: '#123456' } });
    expect(palette.entries).toEqual([{ id: 'lna', colour: OKABE_ITO.blue }]);
  });

  it('createPartyPalette rejects colours that are not #rrggbb', () => {
    expect(() => createPartyPalette(['lna'], { fixed: { lna: 'red' } })).toThrow(/fixed\.lna: expected a hex colour/);
    expect(() => createPartyPalette(['lna'], { contested: '#444' })).toThrow(/contested/);
    expect(() => createPartyPalette(['lna'], { colours: [] })).toThrow(/at least one colour/);
  });

  it('createPartyPalette takes contested, none and colours from options', () => {
    const palette = createPartyPalette(['a', 'b'], { colours: ['#111111', '#222222'], contested: '#333333', none: '#444444' });
    expect(palette.entries.map((e) => e.colour)).toEqual(['#111111', '#222222']);
    expect([palette.contested, palette.none]).toEqual(['#333333', '#444444']);
  });

  it('createPartyPalette returns a frozen palette', () => {
    const palette = createPartyPalette(['lna']);
    expect(Object.isFrozen(palette)).toBe(true);
    expect(Object.isFrozen(palette.entries)).toBe(true);
  });
});
