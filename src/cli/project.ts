import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadParties } from '../core/content/load-parties.ts';
import { ValidationError, type Issue } from '../core/errors.ts';
import { loadGazetteerLayers } from '../core/gazetteer/load-gazetteer.ts';
import { createGeoparser } from '../core/geoparser/index.ts';
import { serializeGeoJson } from '../core/geojson/serialize-geojson.ts';
import { oembedResponse } from '../embed/embed-snippets.ts';
import { computeZones } from '../core/zones/index.ts';
import { createPlaceStyles } from '../render/place-styles.ts';
import { renderSvgMap } from '../render/svg-map.ts';
import { createZoneStyles } from '../render/zone-styles.ts';
import type { FeatureCollection } from 'geojson';
import { GAZETTEER_FILES } from './read-gazetteer.ts';
import { buildArticle, type ArticleWarning, type BuiltArticle } from '../core/pipeline/build-article.ts';
import { siteSchema } from '../core/schema/schemas.ts';
import { validateSchema } from '../core/schema/validate-schema.ts';
import type { Gazetteer, Party } from '../core/types.ts';
import { parseYaml, type SourceFile } from '../core/yaml/parse-yaml.ts';

/** Where the pipeline reads and writes, relative to the project root. */
export interface ProjectPaths {
  root: string;
  /** Folder of article folders. @defaultValue `content` */
  content: string;
  /** The curated gazetteer. @defaultValue `geo/gazetteer.yaml` */
  gazetteer: string;
  /** The gazetteer layer generated from OpenStreetMap (`npm run gazetteer:import`). @defaultValue `geo/gazetteer.osm.yaml` */
  osmGazetteer: string;
  /** Where `<article>.geojson` files go. @defaultValue `geo` */
  geoOut: string;
  /** The basemap extract whose land clips the zones. @defaultValue `geo/basemap.geojson` */
  basemap: string;
}

/** The article index the page loads first. */
export interface SiteIndex {
  default_article: string;
  /** Online basemap style URL from content/site.yaml, or null for the embedded basemap only. */
  basemap_style_url: string | null;
  /** Host origins allowed to talk to embeds, or null for any. */
  embed_origins: string[] | null;
  /** Public URL of the site (with a trailing slash), or null. */
  site_url: string | null;
  articles: Array<{ id: string; date: string; language: string; titles: Record<string, string>; outlet: { ar: string; en: string } }>;
}

/** The result of running the pipeline over a project: every output file, by path. */
export interface PipelineRun {
  /** Output files by path relative to the root: `geo/<id>.geojson`. */
  geojson: Map<string, string>;
  /** Data for the page by path relative to the data folder: `articles.json`, `articles/<id>.json`. */
  pageData: Map<string, string>;
  built: BuiltArticle[];
  warnings: ArticleWarning[];
  gazetteer: Gazetteer;
  parties: Party[];
}

/** Default paths for a project root. */
export function projectPaths(root: string, overrides: Partial<Omit<ProjectPaths, 'root'>> = {}): ProjectPaths {
  return { root, content: 'content', gazetteer: GAZETTEER_FILES.curated, osmGazetteer: GAZETTEER_FILES.osm, geoOut: 'geo', basemap: 'geo/basemap.geojson', ...overrides };
}

function readSource(root: string, path: string): SourceFile {
  return { path: relative(root, path) || path, text: readFileSync(path, 'utf8') };
}

/**
 * Runs the whole pipeline in memory: gazetteer, parties, every article folder in `content/`.
 * Collects every article's problems before throwing, so one run reports them all.
 */
export function runPipeline(paths: ProjectPaths): PipelineRun {
  const abs = (p: string): string => resolve(paths.root, p);
  const issues: Issue[] = [];
  const guard = <T>(fn: () => T): T | null => {
    try {
      return fn();
    } catch (error) {
      if (error instanceof ValidationError) {
        issues.push(...error.issues);
        return null;
      }
      throw error;
    }
  };
  const requireFile = (p: string): boolean => {
    if (existsSync(abs(p))) return true;
    issues.push({ file: p, message: 'file not found' });
    return false;
  };

  // Both layers make one gazetteer: the curated file first, then the generated OSM layer.
  const gazetteer = [requireFile(paths.gazetteer), requireFile(paths.osmGazetteer)].every(Boolean)
    ? guard(() => loadGazetteerLayers(readSource(paths.root, abs(paths.gazetteer)), [{ file: readSource(paths.root, abs(paths.osmGazetteer)), layer: 'osm' }]))
    : null;
  let basemap: FeatureCollection | null = null;
  if (requireFile(paths.basemap)) {
    try {
      basemap = JSON.parse(readFileSync(abs(paths.basemap), 'utf8')) as FeatureCollection;
    } catch (error) {
      issues.push({ file: paths.basemap, message: `malformed JSON: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  const partiesPath = join(paths.content, 'parties.yaml');
  const parties = requireFile(partiesPath) ? guard(() => loadParties(readSource(paths.root, abs(partiesPath)))) : null;
  const sitePath = join(paths.content, 'site.yaml');
  const site = existsSync(abs(sitePath))
    ? guard(() => {
      const parsed = parseYaml(readSource(paths.root, abs(sitePath)));
      const siteIssues = validateSchema(siteSchema, parsed, sitePath);
      if (siteIssues.length) throw new ValidationError(siteIssues);
      return { data: (parsed.data ?? {}) as { default_article?: string; basemap_style_url?: string; embed_origins?: string[]; site_url?: string }, lineOf: parsed.lineOf };
    })
    : null;
  if (!gazetteer || !parties || !basemap) throw new ValidationError(issues);

  const parser = createGeoparser(gazetteer.places);
  const folders = readdirSync(abs(paths.content))
    .filter((name) => statSync(abs(join(paths.content, name))).isDirectory())
    .sort();
  const built: BuiltArticle[] = [];
  for (const id of folders) {
    const folder = join(paths.content, id);
    const mdFiles = readdirSync(abs(folder)).filter((f) => f.endsWith('.md')).sort();
    const claimsPath = join(folder, 'claims.yaml');
    const result = guard(() =>
      buildArticle({
        id,
        articleFiles: mdFiles.map((f) => readSource(paths.root, abs(join(folder, f)))),
        claimsFile: existsSync(abs(claimsPath)) ? readSource(paths.root, abs(claimsPath)) : null,
        gazetteer,
        parties,
        parser,
      }),
    );
    if (result) built.push(result);
  }
  if (folders.length === 0) issues.push({ file: paths.content, message: 'no article folders', expected: 'at least one folder with an article' });
  const defaultArticle = site?.data.default_article ?? [...built].sort((a, b) => b.article.date.localeCompare(a.article.date))[0]?.article.id;
  if (site?.data.default_article && !folders.includes(site.data.default_article)) {
    issues.push({ file: sitePath, line: site.lineOf(['default_article']), field: 'default_article', message: 'no such article', expected: `one of ${folders.join(', ')}`, found: JSON.stringify(site.data.default_article) });
  }
  if (issues.length > 0) throw new ValidationError(issues);

  const geojson = new Map<string, string>();
  const pageData = new Map<string, string>();
  const ordered = [...built].sort((a, b) => (a.article.id === defaultArticle ? -1 : b.article.id === defaultArticle ? 1 : b.article.date.localeCompare(a.article.date) || a.article.id.localeCompare(b.article.id)));
  // Without a configured site_url the oEmbed snippet uses relative URLs (see README, Embedding).
  const placeholder = 'https://site-url.invalid/';
  const siteBase = site?.data.site_url ?? placeholder;
  for (const b of ordered) {
    geojson.set(join(paths.geoOut, `${b.article.id}.geojson`), serializeGeoJson(b.places));
    const zones = computeZones(b.places, basemap);
    geojson.set(join(paths.geoOut, `${b.article.id}.zones.geojson`), serializeGeoJson(zones));
    // The static map: first paint, no-WebGL fallback, print and social preview.
    const styles = createPlaceStyles(b.places, parties);
    const centrePlace = gazetteer.places.find((p) => p.id === 'tripoli');
    const centre: [number, number] = centrePlace ? [centrePlace.lon, centrePlace.lat] : [(gazetteer.region[0] + gazetteer.region[2]) / 2, (gazetteer.region[1] + gazetteer.region[3]) / 2];
    const { svg } = renderSvgMap(
      {
        basemap,
        places: b.places,
        styles,
        zones: createZoneStyles(zones, styles.palette),
        title: b.article.texts[0]?.title ?? b.article.id,
        article: b.article.id,
      },
      { centre },
    );
    pageData.set(`svg/${b.article.id}.svg`, `${svg}\n`);
    pageData.set(`articles/${b.article.id}.json`, `${JSON.stringify({ ...b.article, parties })}\n`);
    const oembed = oembedResponse({ base: siteBase, article: b.article.id, place: null, lang: b.article.language, title: b.article.texts[0]?.title ?? b.article.id, providerName: 'Conflict map' });
    pageData.set(`oembed/${b.article.id}.json`, `${JSON.stringify(oembed).split(placeholder).join('')}\n`);
  }
  const index: SiteIndex = {
    default_article: defaultArticle as string,
    basemap_style_url: site?.data.basemap_style_url ?? null,
    embed_origins: site?.data.embed_origins ?? null,
    site_url: site?.data.site_url ?? null,
    articles: ordered.map((b) => ({
      id: b.article.id,
      date: b.article.date,
      language: b.article.language,
      titles: Object.fromEntries(b.article.texts.map((t) => [t.lang, t.title])),
      outlet: b.article.outlet,
    })),
  };
  pageData.set('articles.json', `${JSON.stringify(index)}\n`);
  // The gazetteer for the geoparser's Web Worker, both layers. Left out: notes, GeoNames ids and
  // OCHA p-codes, which are for curators; the browser does not show them.
  const browserPlaces = gazetteer.places.map(({ note: _note, geonames: _geonames, pcode: _pcode, ...place }) => place);
  pageData.set('gazetteer.json', `${JSON.stringify({ region: gazetteer.region, places: browserPlaces })}\n`);
  return { geojson, pageData, built, warnings: built.flatMap((b) => b.warnings), gazetteer, parties };
}
