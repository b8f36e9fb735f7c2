import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadPartiesFile } from '../core/content/load-parties.ts';
import { ValidationError, type Issue } from '../core/errors.ts';
import { loadGazetteerLayers } from '../core/gazetteer/load-gazetteer.ts';
import { GAZETTEER_ADDITION_FILE, mergeGazetteerAdditions } from '../core/gazetteer/merge-gazetteer-additions.ts';
import { createGeoparser } from '../core/geoparser/index.ts';
import { serializeGeoJson } from '../core/geojson/serialize-geojson.ts';
import { oembedResponse } from '../embed/embed-snippets.ts';
import { computeZones } from '../core/zones/index.ts';
import { createPlaceStyles } from '../render/place-styles.ts';
import { renderSvgMap } from '../render/svg-map.ts';
import { createZoneStyles } from '../render/zone-styles.ts';
import type { FeatureCollection } from 'geojson';
import { GAZETTEER_FILES } from './read-gazetteer.ts';
import { buildClaimsCollection } from '../core/time/build-claims-collection.ts';
import { computeControlAsOf } from '../core/time/compute-control-as-of.ts';
import { createControlIndex } from '../core/time/create-control-index.ts';
import { findReportDate, listReportDates } from '../core/time/list-report-dates.ts';
import { listPlaceDetails, mergeControlIntoPlaces } from '../core/time/merge-control-into-places.ts';
import { timelineRange } from '../core/time/timeline-range.ts';
import type { PlacesCollection } from '../core/geojson/build-places-collection.ts';
import type { ZonesCollection } from '../core/zones/types.ts';
import { buildArticle, type ArticleWarning, type BuiltArticle } from '../core/pipeline/build-article.ts';
import { siteSchema } from '../core/schema/schemas.ts';
import { validateSchema } from '../core/schema/validate-schema.ts';
import type { SiteCentre, SiteIndex } from '../core/site-index.ts';
import type { Gazetteer, Party, PartyAliases } from '../core/types.ts';
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

/** The result of running the pipeline over a project: every output file, by path. */
export interface PipelineRun {
  /** Output files by path relative to the root: `geo/<id>.geojson`, `geo/<id>.zones.geojson` and the site-wide `geo/claims.geojson`. */
  geojson: Map<string, string>;
  /**
   * Data for the page by path relative to the data folder: `articles.json`, `articles/<id>.json`,
   * and on a site with two report dates or more the zones of each, `geo/zones-as-of/<date>.geojson`.
   */
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

/** File name of the site-wide claims file in the GeoJSON output folder (README, "Control over time"). */
export const CLAIMS_FILE = 'claims.geojson';

/** An article folder name that would collide with an output file of the site. */
const RESERVED_ARTICLE_IDS: ReadonlySet<string> = new Set([CLAIMS_FILE.replace(/\.geojson$/, '')]);

/** The checked content of a project: what every output is made from. */
export interface LoadedProject {
  built: BuiltArticle[];
  gazetteer: Gazetteer;
  parties: Party[];
  /** Names several parties use (content/parties.yaml `shared_aliases`), for the claim suggester. */
  sharedAliases: PartyAliases;
  /** `content/site.yaml`'s settings, or null when there is none. */
  site: SiteSettings | null;
  /** The article the page opens with. */
  defaultArticle: string;
  /** The map's reference point: site.yaml's `centre`, by default Tripoli. */
  centre: SiteCentre;
}

/**
 * Loads and checks a project's content: gazetteer, parties, site settings and every article
 * folder in `content/` (texts, geoparsing, claims). Writes nothing and builds no map output.
 * Collects every article's problems before throwing, so one run reports them all.
 *
 * @param extraIssues - problems the caller found first (reported before these), e.g. a missing basemap
 * @throws ValidationError listing every problem
 */
export function loadProject(paths: ProjectPaths, extraIssues: readonly Issue[] = []): LoadedProject {
  const abs = (p: string): string => resolve(paths.root, p);
  const issues: Issue[] = [...extraIssues];
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

  const folders = existsSync(abs(paths.content))
    ? readdirSync(abs(paths.content))
      .filter((name) => statSync(abs(join(paths.content, name))).isDirectory())
      .sort()
    : [];
  // Both layers make one gazetteer: the curated file first, then the generated OSM layer.
  const baseGazetteer = [requireFile(paths.gazetteer), requireFile(paths.osmGazetteer)].every(Boolean)
    ? guard(() => loadGazetteerLayers(readSource(paths.root, abs(paths.gazetteer)), [{ file: readSource(paths.root, abs(paths.osmGazetteer)), layer: 'osm' }]))
    : null;
  // Places an article brings with it (the authoring page's export), appended after both layers.
  const additions = folders.map((id) => join(paths.content, id, GAZETTEER_ADDITION_FILE)).filter((p) => existsSync(abs(p)));
  const gazetteer = baseGazetteer ? guard(() => mergeGazetteerAdditions(baseGazetteer, additions.map((p) => readSource(paths.root, abs(p))), paths.gazetteer)) : null;
  const partiesPath = join(paths.content, 'parties.yaml');
  const partiesFile = requireFile(partiesPath) ? guard(() => loadPartiesFile(readSource(paths.root, abs(partiesPath)))) : null;
  const parties = partiesFile?.parties ?? null;
  const sitePath = join(paths.content, 'site.yaml');
  const site = existsSync(abs(sitePath))
    ? guard(() => {
      const parsed = parseYaml(readSource(paths.root, abs(sitePath)));
      const siteIssues = validateSchema(siteSchema, parsed, sitePath);
      if (siteIssues.length) throw new ValidationError(siteIssues);
      return { data: (parsed.data ?? {}) as SiteSettings, lineOf: parsed.lineOf };
    })
    : null;
  if (!gazetteer || !parties) throw new ValidationError(issues);

  const parser = createGeoparser(gazetteer.places);
  const built: BuiltArticle[] = [];
  for (const id of folders) {
    const folder = join(paths.content, id);
    if (RESERVED_ARTICLE_IDS.has(id)) {
      issues.push({ file: `${folder}/`, message: `"${id}" is reserved for the site-wide ${join(paths.geoOut, CLAIMS_FILE)}`, expected: 'another folder name', found: JSON.stringify(id) });
      continue;
    }
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
  const centre = guard(() => resolveCentre(site?.data.centre, gazetteer, sitePath, site?.lineOf));
  if (site?.data.default_article && !folders.includes(site.data.default_article)) {
    issues.push({ file: sitePath, line: site.lineOf(['default_article']), field: 'default_article', message: 'no such article', expected: `one of ${folders.join(', ')}`, found: JSON.stringify(site.data.default_article) });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return { built, gazetteer, parties, sharedAliases: partiesFile?.sharedAliases ?? { ar: [], en: [] }, site: site?.data ?? null, defaultArticle: defaultArticle as string, centre: centre as SiteCentre };
}

/**
 * Runs the whole pipeline in memory: {@link loadProject}, then every output: per article its
 * places, zones, static map, page data and oEmbed response, and the site-wide claims file.
 * Collects every problem before throwing, so one run reports them all.
 */
export function runPipeline(paths: ProjectPaths): PipelineRun {
  const abs = (p: string): string => resolve(paths.root, p);
  const basemapIssues: Issue[] = [];
  let basemap: FeatureCollection | null = null;
  if (!existsSync(abs(paths.basemap))) {
    basemapIssues.push({ file: paths.basemap, message: 'file not found' });
  } else {
    try {
      basemap = JSON.parse(readFileSync(abs(paths.basemap), 'utf8')) as FeatureCollection;
    } catch (error) {
      basemapIssues.push({ file: paths.basemap, message: `malformed JSON: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  const { built, gazetteer, parties, sharedAliases, site, defaultArticle, centre } = loadProject(paths, basemapIssues);
  if (!basemap) throw new ValidationError(basemapIssues);

  const geojson = new Map<string, string>();
  const pageData = new Map<string, string>();
  // Every claim of every article, dated: what control over time is computed from.
  const claims = buildClaimsCollection({ articles: built, gazetteer });
  const reportDates = listReportDates(claims);
  // Control over time (README, "The timeline on the page"): with two report dates or more the page
  // has a timeline. Zones are too heavy to infer in the page on every move of its handle, so the
  // build infers them once per report date (the days on which claims can change the map) from
  // control as of that date across every article; the page draws the latest one on or before the
  // date shown. An article's static map shows what the page shows on opening it: control as of its
  // date, across every article.
  const dated = reportDates.length >= 2 ? datedViews(claims, reportDates, built, basemap) : null;
  const ordered = [...built].sort((a, b) => (a.article.id === defaultArticle ? -1 : b.article.id === defaultArticle ? 1 : b.article.date.localeCompare(a.article.date) || a.article.id.localeCompare(b.article.id)));
  // Without a configured site_url the oEmbed snippet uses relative URLs (see README, Embedding).
  const placeholder = 'https://site-url.invalid/';
  const siteBase = site?.site_url ?? placeholder;
  for (const b of ordered) {
    geojson.set(join(paths.geoOut, `${b.article.id}.geojson`), serializeGeoJson(b.places));
    const zones = computeZones(b.places, basemap);
    geojson.set(join(paths.geoOut, `${b.article.id}.zones.geojson`), serializeGeoJson(zones));
    // The static map: first paint, no-WebGL fallback, print and social preview.
    const view = dated?.articleView(b.places) ?? { places: b.places, zones };
    const styles = createPlaceStyles(view.places, parties);
    const { svg } = renderSvgMap(
      {
        basemap,
        places: view.places,
        styles,
        zones: view.zones ? createZoneStyles(view.zones, styles.palette) : null,
        title: b.article.texts[0]?.title ?? b.article.id,
        article: b.article.id,
      },
      { centre: centre.coordinates },
    );
    pageData.set(`svg/${b.article.id}.svg`, `${svg}\n`);
    // The page shows names and labels; aliases are for the claim suggester (parties.json).
    pageData.set(`articles/${b.article.id}.json`, `${JSON.stringify({ ...b.article, parties: parties.map(({ aliases: _aliases, ...p }) => p) })}\n`);
    const oembed = oembedResponse({ base: siteBase, article: b.article.id, place: null, lang: b.article.language, title: b.article.texts[0]?.title ?? b.article.id, providerName: 'Conflict map' });
    pageData.set(`oembed/${b.article.id}.json`, `${JSON.stringify(oembed).split(placeholder).join('')}\n`);
  }
  const index: SiteIndex = {
    default_article: defaultArticle as string,
    basemap_style_url: site?.basemap_style_url ?? null,
    embed_origins: site?.embed_origins ?? null,
    site_url: site?.site_url ?? null,
    centre,
    articles: ordered.map((b) => ({
      id: b.article.id,
      date: b.article.date,
      language: b.article.language,
      titles: Object.fromEntries(b.article.texts.map((t) => [t.lang, t.title])),
      outlet: b.article.outlet,
    })),
    report_dates: reportDates,
  };
  pageData.set('articles.json', `${JSON.stringify(index)}\n`);
  geojson.set(join(paths.geoOut, CLAIMS_FILE), serializeGeoJson(claims));
  for (const [date, zones] of dated?.zones ?? []) pageData.set(`${ZONES_AS_OF_DIR}/${date}.geojson`, serializeGeoJson(zones));
  // The parties with their aliases, for the claim suggester in the geoparser's Web Worker.
  pageData.set('parties.json', `${JSON.stringify({ parties, shared_aliases: sharedAliases })}\n`);
  // The gazetteer for the geoparser's Web Worker, both layers. Left out: notes, GeoNames ids and
  // OCHA p-codes, which are for curators; the browser does not show them.
  const browserPlaces = gazetteer.places.map(({ note: _note, geonames: _geonames, pcode: _pcode, ...place }) => place);
  pageData.set('gazetteer.json', `${JSON.stringify({ region: gazetteer.region, places: browserPlaces })}\n`);
  return { geojson, pageData, built, warnings: built.flatMap((b) => b.warnings), gazetteer, parties };
}

/** Where the zones of each report date go in the site's data folder: `data/geo/zones-as-of/<date>.geojson`. */
export const ZONES_AS_OF_DIR = 'geo/zones-as-of';

/**
 * The site over time: the zones of each report date, and an article's places and zones as of its
 * date (what the page shows when the article is opened), for its static map.
 */
function datedViews(claims: ReturnType<typeof buildClaimsCollection>, reportDates: ReturnType<typeof listReportDates>, built: readonly BuiltArticle[], basemap: FeatureCollection) {
  const index = createControlIndex(claims);
  const details = listPlaceDetails(index);
  const zones = new Map<string, ZonesCollection>();
  for (const { date } of reportDates) {
    const places = mergeControlIntoPlaces({ control: computeControlAsOf(index, date), places: null, details, metadata: { article: '', title: '', outlet: '', date, language: 'ar' } });
    zones.set(date, computeZones(places, basemap));
  }
  const range = timelineRange(reportDates, built.map((b) => b.article.date));
  return {
    zones,
    articleView(places: PlacesCollection): { places: PlacesCollection; zones: ZonesCollection | null } {
      const date = range.clamp(places.metadata.date);
      const control = computeControlAsOf(index, date);
      const reported = findReportDate(reportDates, date);
      return { places: mergeControlIntoPlaces({ control, places, details }), zones: reported ? (zones.get(reported.date) ?? null) : null };
    },
  };
}

/** What content/site.yaml may set (see siteSchema). */
export interface SiteSettings {
  default_article?: string;
  basemap_style_url?: string;
  embed_origins?: string[];
  site_url?: string;
  centre?: { place: string; name?: { ar: string; en: string }; label?: { ar: string; en: string } };
}

/** The place the rings and distances are measured from: site.yaml's `centre`, by default Tripoli. */
export const DEFAULT_CENTRE_PLACE = 'tripoli';

function resolveCentre(setting: SiteSettings['centre'], gazetteer: Gazetteer, sitePath: string, lineOf?: (path: Array<string | number>) => number | undefined): SiteCentre {
  const id = setting?.place ?? DEFAULT_CENTRE_PLACE;
  const place = gazetteer.places.find((p) => p.id === id);
  if (!place) {
    throw new ValidationError([{ file: sitePath, line: setting ? lineOf?.(['centre', 'place']) : undefined, field: 'centre.place', message: 'unknown place id', expected: 'an id from the gazetteer', found: JSON.stringify(id) }]);
  }
  const name = setting?.name ?? { ar: place.ar[0] as string, en: place.en[0] as string };
  return { place: id, coordinates: [place.lon, place.lat], name, label: setting?.label ?? name };
}
