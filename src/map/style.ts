/**
 * The MapLibre style of the offline basemap: sea, land, coastline, borders and country names,
 * all from the inline `geo/basemap.geojson`, with labels drawn from a font file we ship.
 *
 * Nothing here points outside the page's own origin: the map must work offline and must not
 * leak readers' interest to a tile or glyph server.
 */
import type { FeatureCollection } from 'geojson';
import type { FontFacesSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../core/types.ts';
import { BASEMAP_COLORS, type BasemapColors } from '../render/basemap-colours.ts';

/** Options of {@link createStyle}. */
export interface CreateStyleOptions {
  /** The contents of `geo/basemap.geojson`: features with a `layer` property. */
  basemap: FeatureCollection;
  /**
   * Language of the country names (`name_ar` or `name_en`).
   * @defaultValue `'en'`
   */
  lang: Lang;
  /**
   * URL of the Arabic-script font file, e.g. `fonts/noto-sans-arabic-arabic-400-normal.woff2`
   * resolved against the page (see {@link FONT_FILES}). Must be served by our own origin.
   */
  fontUrl: string;
  /**
   * URL of the Latin font file of the same family (see {@link FONT_FILES}). Without it, Latin
   * characters are drawn with whatever local font the browser picks.
   * @defaultValue `undefined`
   */
  latinFontUrl?: string;
  /**
   * A local glyphs URL template (`…/{fontstack}/{range}.pbf`) for characters neither font file
   * covers. Without it such characters are drawn with local fonts.
   * @defaultValue `undefined`
   */
  glyphsFallback?: string;
  /**
   * Colour overrides, merged over {@link BASEMAP_COLORS}.
   * @defaultValue `{}`
   */
  colors?: Partial<BasemapColors>;
}

/** One data source the application credits. */
export interface Attribution {
  /** Stable id, kebab-case. */
  id: string;
  /** Text shown to readers. */
  text: string;
  /** Licence of the data. */
  licence: string;
  /** Page to link the credit to (a link only: nothing is fetched from it). */
  url: string;
}

/**
 * Every data source the application shows a credit for: the basemap, the gazetteer's
 * coordinates from OpenStreetMap, and GeoNames.
 */
export const ATTRIBUTIONS: readonly Attribution[] = [
  {
    id: 'natural-earth',
    text: 'Natural Earth',
    licence: 'public domain',
    url: 'https://www.naturalearthdata.com/about/terms-of-use/',
  },
  {
    id: 'openstreetmap',
    text: '© OpenStreetMap contributors',
    licence: 'ODbL 1.0',
    url: 'https://www.openstreetmap.org/copyright',
  },
  {
    id: 'geonames',
    text: 'GeoNames',
    licence: 'CC BY 4.0',
    url: 'https://www.geonames.org/',
  },
];

/**
 * The font files in `public/fonts/`, relative to the site root. Resolve them against the page's
 * base (`import.meta.env.BASE_URL`) to get {@link CreateStyleOptions.fontUrl} and
 * {@link CreateStyleOptions.latinFontUrl}.
 */
export const FONT_FILES = {
  /** Noto Sans Arabic 400, Arabic subset (woff2). */
  arabic: 'fonts/noto-sans-arabic-arabic-400-normal.woff2',
  /** Noto Sans Arabic 400, Latin subset (woff2). */
  latin: 'fonts/noto-sans-arabic-latin-400-normal.woff2',
} as const;

/** The font name used in `font-faces` and in every `text-font`. */
export const FONT_NAME = 'Noto Sans Arabic';

/** Id of the single inline GeoJSON source of the basemap. */
export const BASEMAP_SOURCE_ID = 'cm-basemap';

/** Ids of the basemap layers, bottom to top. */
export const BASEMAP_LAYER_IDS = {
  background: 'cm-background',
  land: 'cm-land',
  coastline: 'cm-coastline',
  border: 'cm-border',
  countryLabel: 'cm-country-label',
} as const;

/**
 * The layer to insert the application's fills, rings and lines before (`map.addLayer(layer,
 * APP_LAYERS_BEFORE_ID)`), so that country names stay legible over shaded territory. Add place
 * labels with no `beforeId` instead: symbols on higher layers are placed first, so place names
 * win collisions against country names.
 */
export const APP_LAYERS_BEFORE_ID = BASEMAP_LAYER_IDS.countryLabel;

/** Credit on the basemap source, shown by MapLibre's attribution control. */
const BASEMAP_ATTRIBUTION = 'Natural Earth';

/**
 * Code points each file covers, copied from `@fontsource/noto-sans-arabic/unicode.json`, so that
 * each character is drawn from the file that has it. The Arabic file comes first so that the
 * joiners (U+200C–200E) it shares with the Latin file are taken from it, in Arabic words.
 * MapLibre shapes Arabic into Presentation Forms-B (U+FE70–FEFF), which the Arabic file covers.
 * The web component declares its page font with the same ranges (src/embed/declare-fonts.ts).
 */
export const ARABIC_RANGES =
  'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,' +
  'U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC,U+102E0-102FB,U+10E60-10E7E,' +
  'U+10EC2-10EC4,U+10EFC-10EFF,U+1EE00-1EEFF';
export const LATIN_RANGES =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,' +
  'U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

const DEFAULT_STYLE_OPTIONS: Omit<CreateStyleOptions, 'basemap' | 'fontUrl'> = {
  lang: 'en',
  colors: {},
};

/**
 * Creates the basemap style. Every source is inline and every font file is ours, so the style
 * makes no request outside the page's origin.
 *
 * @param options - see {@link CreateStyleOptions}; merged over the defaults
 * @returns a MapLibre style (spec version 8) with layers `cm-background`, `cm-land`,
 *   `cm-coastline`, `cm-border` and `cm-country-label`
 */
export function createStyle(options: CreateStyleOptions): StyleSpecification {
  const opts: CreateStyleOptions = { ...DEFAULT_STYLE_OPTIONS, ...options };
  const colors: BasemapColors = { ...BASEMAP_COLORS, ...opts.colors };

  const fontFaces: FontFacesSpecification = {
    [FONT_NAME]: [
      { url: opts.fontUrl, 'unicode-range': ARABIC_RANGES.split(',') },
      ...(opts.latinFontUrl ? [{ url: opts.latinFontUrl, 'unicode-range': LATIN_RANGES.split(',') }] : []),
    ],
  };

  const style: StyleSpecification = {
    version: 8,
    name: 'cm-basemap',
    'font-faces': fontFaces,
    sources: {
      [BASEMAP_SOURCE_ID]: {
        type: 'geojson',
        data: opts.basemap,
        attribution: BASEMAP_ATTRIBUTION,
      },
    },
    layers: createLayers(opts.lang, colors),
  };
  if (opts.glyphsFallback) style.glyphs = opts.glyphsFallback;
  return style;
}

function createLayers(lang: Lang, colors: BasemapColors): LayerSpecification[] {
  const nameProperty = lang === 'ar' ? 'name_ar' : 'name_en';
  const otherName = lang === 'ar' ? 'name_en' : 'name_ar';
  return [
    {
      id: BASEMAP_LAYER_IDS.background,
      type: 'background',
      paint: { 'background-color': colors.sea },
    },
    {
      id: BASEMAP_LAYER_IDS.land,
      type: 'fill',
      source: BASEMAP_SOURCE_ID,
      filter: ['==', ['get', 'layer'], 'land'],
      paint: { 'fill-color': colors.land },
    },
    {
      id: BASEMAP_LAYER_IDS.coastline,
      type: 'line',
      source: BASEMAP_SOURCE_ID,
      filter: ['==', ['get', 'layer'], 'coastline'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': colors.coastline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 10, 1.2],
      },
    },
    {
      id: BASEMAP_LAYER_IDS.border,
      type: 'line',
      source: BASEMAP_SOURCE_ID,
      filter: ['==', ['get', 'layer'], 'border'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': colors.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 10, 1.6],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: BASEMAP_LAYER_IDS.countryLabel,
      type: 'symbol',
      source: BASEMAP_SOURCE_ID,
      filter: ['==', ['get', 'layer'], 'country-label'],
      layout: {
        // Falls back to the other language rather than leaving a country unnamed.
        'text-field': ['coalesce', ['get', nameProperty], ['get', otherName]],
        'text-font': [FONT_NAME],
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12, 10, 16],
        // Letter spacing would break the joins of Arabic script.
        'text-letter-spacing': lang === 'ar' ? 0 : 0.12,
        'text-max-width': 8,
        'text-padding': 4,
      },
      paint: {
        'text-color': colors.label,
        'text-halo-color': colors.labelHalo,
        'text-halo-width': 1.5,
      },
    },
  ];
}
