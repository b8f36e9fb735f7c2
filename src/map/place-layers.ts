import type { SymbolLayerSpecification } from 'maplibre-gl';
import type { Lang } from '../core/types.ts';
import { FONT_NAME } from './style.ts';

/**
 * The places as MapLibre draws them: each feature's status symbol (an image named by its `symbol`
 * property), never hidden by a collision. Shared with the bare MapLibre page of `npm run
 * bench:page`, so its baseline draws the places as the site does.
 */
export function placeSymbolLayer(id: string, source: string): SymbolLayerSpecification {
  return { id, type: 'symbol', source, layout: { 'icon-image': ['get', 'symbol'], 'icon-allow-overlap': true, 'icon-ignore-placement': true } };
}

/**
 * The places' names in a language (`name_ar` or `name_en`), with the shipped font (the style's
 * `font-faces`), beside the symbol on whichever side has room. Shared with the bare MapLibre page
 * of `npm run bench:page`.
 */
export function placeLabelLayer(id: string, source: string, lang: Lang): SymbolLayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    layout: {
      'text-field': ['get', `name_${lang}`],
      'text-font': [FONT_NAME],
      'text-size': 13,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 1.1,
      'text-justify': 'auto',
    },
    paint: { 'text-color': '#111827', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
  };
}
