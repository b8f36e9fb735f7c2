import type { Lang } from '../core/types.ts';

/** What an embed URL may set: `embed.html?article=…&place=…&lang=…&panel=0&basemap=…&view=lon,lat,zoom`. */
export interface EmbedParams {
  article?: string;
  place?: string;
  lang?: Lang;
  /** Show the compact article panel. @defaultValue true */
  panel: boolean;
  /** Online basemap style URL, or null. */
  basemap: string | null;
  /** Initial view instead of fitting the places. */
  view: { center: [number, number]; zoom: number } | null;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads the embed's URL parameters; malformed values are ignored, never trusted. */
export function parseEmbedParams(search: string): EmbedParams {
  const q = new URLSearchParams(search);
  const id = (key: string): string | undefined => {
    const v = q.get(key);
    return v && ID.test(v) ? v : undefined;
  };
  const lang = q.get('lang');
  const basemap = q.get('basemap');
  let view: EmbedParams['view'] = null;
  const parts = (q.get('view') ?? '').split(',').map(Number);
  if (parts.length === 3 && parts.every(Number.isFinite)) {
    const [lon, lat, zoom] = parts as [number, number, number];
    if (Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 22) view = { center: [lon, lat], zoom };
  }
  const article = id('article');
  const place = id('place');
  return {
    ...(article ? { article } : {}),
    ...(place ? { place } : {}),
    ...(lang === 'ar' || lang === 'en' ? { lang } : {}),
    panel: !['0', 'false', 'off', 'no'].includes((q.get('panel') ?? '').toLowerCase()),
    basemap: basemap && /^https?:\/\//.test(basemap) ? basemap : null,
    view,
  };
}
