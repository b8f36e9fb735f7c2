import type { FeatureCollection } from 'geojson';
import { SYNTHETIC_CLAIMS_VERSION, type SyntheticClaimColumns } from './synthetic-claims.ts';

/** Where the archive page finds its data, relative to the site's root. */
export const ARCHIVE_DATA = {
  claims: 'data/synthetic-claims.json',
  basemap: 'data/basemap.geojson',
} as const;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new Error(`${url}: not valid JSON`);
  }
}

/** Loads `data/synthetic-claims.json` and checks its shape: version, every column `count` long. */
export async function loadClaimColumns(url: string): Promise<SyntheticClaimColumns> {
  const data = (await fetchJson(url)) as SyntheticClaimColumns;
  if (!data || data.version !== SYNTHETIC_CLAIMS_VERSION || !Array.isArray(data.parties) || !Array.isArray(data.places)) {
    throw new Error(`${url}: expected synthetic claims version ${SYNTHETIC_CLAIMS_VERSION}, found ${JSON.stringify(data?.version)}`);
  }
  for (const key of ['lon', 'lat', 'party', 'day', 'place', 'extent'] as const) {
    if (!Array.isArray(data[key]) || data[key].length !== data.count) throw new Error(`${url}: ${key}: expected ${data.count} values`);
  }
  return data;
}

/** Loads the basemap extract. */
export async function loadBasemapCollection(url: string): Promise<FeatureCollection> {
  const data = (await fetchJson(url)) as FeatureCollection;
  if (!data || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) throw new Error(`${url}: not a FeatureCollection`);
  return data;
}
