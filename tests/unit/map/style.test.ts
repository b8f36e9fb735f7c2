import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  APP_LAYERS_BEFORE_ID,
  ATTRIBUTIONS,
  FONT_FILES,
  FONT_NAME,
  createStyle,
} from '../../../src/map/style.ts';

const basemap = JSON.parse(
  readFileSync(new URL('../../../geo/basemap.geojson', import.meta.url), 'utf8'),
) as FeatureCollection;

const langs = ['ar', 'en'] as const;

function styleFor(lang: 'ar' | 'en') {
  return createStyle({
    basemap,
    lang,
    fontUrl: `/${FONT_FILES.arabic}`,
    latinFontUrl: `/${FONT_FILES.latin}`,
  });
}

describe('createStyle', () => {
  for (const lang of langs) {
    it(`createStyle({lang: '${lang}'}) validates against the MapLibre style spec with no errors`, () => {
      const errors = validateStyleMin(styleFor(lang));
      expect(errors.map((e) => e.message)).toEqual([]);
    });

    it(`createStyle({lang: '${lang}'}) contains no http(s) URL`, () => {
      const text = JSON.stringify(styleFor(lang));
      expect(text.match(/https?:\/\/[^"\s]*/g) ?? []).toEqual([]);
    });

    it(`createStyle({lang: '${lang}'}) prefixes every layer and source id with cm-`, () => {
      const style = styleFor(lang);
      for (const layer of style.layers) expect(layer.id).toMatch(/^cm-/);
      for (const id of Object.keys(style.sources)) expect(id).toMatch(/^cm-/);
    });
  }

  it('createStyle draws background, land, coastline, border and country labels in that order', () => {
    expect(styleFor('en').layers.map((l) => l.id)).toEqual([
      'cm-background',
      'cm-land',
      'cm-coastline',
      'cm-border',
      'cm-country-label',
    ]);
  });

  it('createStyle labels countries with name_ar for ar and name_en for en', () => {
    const field = (lang: 'ar' | 'en') => {
      const label = styleFor(lang).layers.find((l) => l.id === 'cm-country-label');
      if (label?.type !== 'symbol') throw new Error('cm-country-label is not a symbol layer');
      return label.layout?.['text-field'];
    };
    expect(field('ar')).toEqual(['coalesce', ['get', 'name_ar'], ['get', 'name_en']]);
    expect(field('en')).toEqual(['coalesce', ['get', 'name_en'], ['get', 'name_ar']]);
  });

  it('createStyle points text-font at the font-faces entry holding our font files', () => {
    const style = styleFor('ar');
    const faces = style['font-faces']?.[FONT_NAME];
    expect(Array.isArray(faces) && faces.map((f) => f.url)).toEqual([
      `/${FONT_FILES.arabic}`,
      `/${FONT_FILES.latin}`,
    ]);
    const label = style.layers.find((l) => l.id === 'cm-country-label');
    expect(label?.type === 'symbol' && label.layout?.['text-font']).toEqual([FONT_NAME]);
    expect(style.glyphs).toBeUndefined();
  });

  it('createStyle only sets glyphs when a fallback is given', () => {
    const style = createStyle({
      basemap,
      lang: 'en',
      fontUrl: '/fonts/a.woff2',
      glyphsFallback: '/glyphs/{fontstack}/{range}.pbf',
    });
    expect(style.glyphs).toBe('/glyphs/{fontstack}/{range}.pbf');
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('createStyle credits Natural Earth on the basemap source', () => {
    const source = styleFor('en').sources['cm-basemap'];
    expect(source?.type === 'geojson' && source.attribution).toContain('Natural Earth');
  });

  it('APP_LAYERS_BEFORE_ID names a layer of the style', () => {
    expect(styleFor('en').layers.some((l) => l.id === APP_LAYERS_BEFORE_ID)).toBe(true);
  });

  it('ATTRIBUTIONS credits Natural Earth, OpenStreetMap (ODbL) and GeoNames (CC BY 4.0)', () => {
    expect(ATTRIBUTIONS.map((a) => [a.id, a.licence])).toEqual([
      ['natural-earth', 'public domain'],
      ['openstreetmap', 'ODbL 1.0'],
      ['geonames', 'CC BY 4.0'],
    ]);
  });

  it('FONT_FILES and the font licence are in public/', () => {
    for (const file of [FONT_FILES.arabic, FONT_FILES.latin, 'fonts/OFL-noto-sans-arabic.txt']) {
      expect(readFileSync(new URL(`../../../public/${file}`, import.meta.url)).length).toBeGreaterThan(0);
    }
  });
});
