import { createMapLibreRenderer } from './maplibre-renderer.ts';
import type { MapView, RendererRequest, ViewableRenderer } from './renderer.ts';

// For a page that creates its map later (after a WebGL check): its worker can start first.
export { prewarmMapLibre } from './maplibre-renderer.ts';

/** What differs between the pages that show the MapLibre map. */
export interface PageMapLibreOptions {
  /** URL the font files resolve against (the site's root). */
  assetBase: string;
  /** An online style that wins over site.yaml's (`?basemap=`, the `basemap` attribute). @defaultValue null */
  onlineStyleUrl?: string | null;
  /** A view to open on instead of fitting the places. @defaultValue null */
  initialView?: MapView | null;
  /** Called with [lon, lat] of a click on no place (the authoring page sets a new place's point). @defaultValue none */
  onMapClick?: (lngLat: [number, number]) => void;
}

/**
 * The MapLibre renderer as every page sets it up (the full page after its static map, the embed
 * page, the web component): the embedded basemap once it has arrived, the site's centre for the
 * rings, the online style if one is asked for.
 */
export async function createPageMapLibre(request: RendererRequest, options: PageMapLibreOptions): Promise<ViewableRenderer> {
  return createMapLibreRenderer({
    ...request,
    basemap: await request.basemap,
    assetBase: options.assetBase,
    onlineStyleUrl: options.onlineStyleUrl ?? request.onlineStyleUrl,
    initialView: options.initialView ?? null,
    ringLabel: (km) => `${km} km`,
    ...(options.onMapClick ? { onMapClick: options.onMapClick } : {}),
  });
}
