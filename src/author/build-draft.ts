import type { FeatureCollection } from 'geojson';
import { ValidationError, type Issue } from '../core/errors.ts';
import { GAZETTEER_ADDITION_FILE, mergeGazetteerAdditions } from '../core/gazetteer/merge-gazetteer-additions.ts';
import { createGeoparser, type Geoparser } from '../core/geoparser/index.ts';
import type { PlacesCollection } from '../core/geojson/build-places-collection.ts';
import { buildArticle, type ArticleWarning } from '../core/pipeline/build-article.ts';
import type { Claim, Gazetteer, Party } from '../core/types.ts';
import { computeZones } from '../core/zones/index.ts';

/** What {@link buildDraft} needs: the article folder's files and the site's data. */
export interface BuildDraftInput {
  /** The article id (the folder's name). */
  id: string;
  /** The folder's files by name, as the export writes them. */
  files: Readonly<Record<string, string>>;
  /** The site's gazetteer (the build's `data/gazetteer.json`). */
  gazetteer: Gazetteer;
  parties: readonly Party[];
  /** The basemap whose land clips the zones. */
  basemap: FeatureCollection;
  /** Folder the messages name the files in. @defaultValue `content` */
  contentDir?: string;
  /** Keeps the compiled gazetteer between builds with the same additions (it takes a while to compile). */
  cache?: { key: string; parser: Geoparser } | null;
}

/** What a draft becomes: what `npm run geo` would write, or every problem it would report. */
export type DraftBuild =
  | { ok: true; places: PlacesCollection; zones: FeatureCollection; claims: Claim[]; warnings: ArticleWarning[]; cache: { key: string; parser: Geoparser } }
  | { ok: false; issues: Issue[]; cache: { key: string; parser: Geoparser } | null };

const ARTICLE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Checks and builds an article folder the way `npm run geo` does (src/cli/project.ts) with the
 * same core functions: the gazetteer addition merged into the gazetteer, the texts and claims
 * loaded and checked (`buildArticle`), the places collection and the zones. Pure: it runs in the
 * authoring page's worker and in Node.
 */
export function buildDraft(input: BuildDraftInput): DraftBuild {
  const folder = `${input.contentDir ?? 'content'}/${input.id || '<article-id>'}`;
  const issues: Issue[] = [];
  if (!ARTICLE_ID.test(input.id)) {
    issues.push({ file: `${folder}/`, field: 'id', message: 'not an article id', expected: 'lower-case letters, digits and hyphens, e.g. "haftar-macron-2019-05-13"', found: JSON.stringify(input.id) });
  } else if (input.id === 'claims') {
    issues.push({ file: `${folder}/`, field: 'id', message: '"claims" is reserved for the site-wide geo/claims.geojson', expected: 'another id' });
  }
  const additionText = input.files[GAZETTEER_ADDITION_FILE];
  let gazetteer = input.gazetteer;
  try {
    if (additionText !== undefined) gazetteer = mergeGazetteerAdditions(input.gazetteer, [{ path: `${folder}/${GAZETTEER_ADDITION_FILE}`, text: additionText }]);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
  }
  const key = additionText ?? '';
  const cache = input.cache?.key === key ? input.cache : { key, parser: createGeoparser(gazetteer.places) };
  const articleFiles = Object.keys(input.files).filter((name) => name.endsWith('.md')).sort().map((name) => ({ path: `${folder}/${name}`, text: input.files[name] as string }));
  const claimsText = input.files['claims.yaml'];
  try {
    const built = buildArticle({
      id: input.id,
      articleFiles,
      claimsFile: claimsText === undefined ? null : { path: `${folder}/claims.yaml`, text: claimsText },
      gazetteer,
      parties: input.parties,
      parser: cache.parser,
    });
    if (issues.length > 0) return { ok: false, issues, cache };
    return { ok: true, places: built.places, zones: computeZones(built.places, input.basemap), claims: built.claims, warnings: built.warnings, cache };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { ok: false, issues: [...issues, ...error.issues], cache };
  }
}
