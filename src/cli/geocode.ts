/**
 * `npm run geocode -- <file> [--gazetteer geo/gazetteer.yaml] [--osm geo/gazetteer.osm.yaml |
 * --curated-only]`: geocodes any text or Markdown file and prints a GeoJSON FeatureCollection of the places found, with their mentions, on
 * stdout; names that look like places but are not in the gazetteer go to stderr as warnings.
 * A file in the article format (front matter, `## id` blocks) keeps its block ids.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArticleMarkdown } from '../core/content/parse-article-markdown.ts';
import { splitPlainText } from '../core/content/split-plain-text.ts';
import { ValidationError, formatIssue } from '../core/errors.ts';
import { placeName } from '../core/gazetteer/place-name.ts';
import { roundCoordinate } from '../core/geojson/round-coordinate.ts';
import { serializeGeoJson } from '../core/geojson/serialize-geojson.ts';
import { createGeoparser } from '../core/geoparser/index.ts';
import { geoparseBlocks } from '../core/pipeline/geoparse-blocks.ts';
import { isInRegion, resolveMatches } from '../core/resolve/resolve-matches.ts';
import type { Block } from '../core/types.ts';
import { loadPartiesFile } from '../core/content/load-parties.ts';
import { attachSuggestedClaims } from './attach-suggested-claims.ts';
import { formatWarning } from './format-warning.ts';
import { parseCliArgs } from './parse-cli-args.ts';
import { GAZETTEER_FILES, readGazetteer } from './read-gazetteer.ts';

/** Output streams, injectable for tests. */
export interface GeocodeIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[], root = process.cwd(), io: GeocodeIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(`${s}\n`) }): number {
  const args = parseCliArgs(argv, {
    command: 'npm run -s geocode --',
    usage: ['<file.txt|file.md> [--gazetteer <gazetteer.yaml>] [--osm <layer.yaml> | --curated-only] [--suggest-claims [--parties <parties.yaml>]]'],
    description: `Geocodes a text or Markdown file and prints a GeoJSON FeatureCollection of the places it
names, with their mentions, on stdout. Plain text is split into paragraphs p1, p2… at blank
lines; a file in the article format keeps its block ids. Names that look like places but are
not in the gazetteer are printed on stderr as warnings.

  --gazetteer <path>   the curated gazetteer (default ${GAZETTEER_FILES.curated})
  --osm <path>         the layer generated from OpenStreetMap (default ${GAZETTEER_FILES.osm})
  --curated-only       use the curated gazetteer alone, without the generated layer
  --suggest-claims     also suggest control claims: a "suggested_claims" array on each place the
                       text makes a statement about (party, extent, change, quote, rule)
  --parties <path>     the parties and their aliases, for --suggest-claims (default content/parties.yaml)
  --help               print this and exit`,
    options: {
      gazetteer: { type: 'string', default: GAZETTEER_FILES.curated },
      osm: { type: 'string', default: GAZETTEER_FILES.osm },
      'curated-only': { type: 'boolean' },
      'suggest-claims': { type: 'boolean' },
      parties: { type: 'string', default: 'content/parties.yaml' },
    },
    positionals: [1, 1],
  }, { out: (s) => io.out(`${s}\n`), err: io.err });
  if ('exitCode' in args) return args.exitCode;
  const input = args.positionals[0] as string;
  const gazetteerPath = args.values.gazetteer as string;
  const inputPath = resolve(root, input);
  if (!existsSync(inputPath)) {
    io.err(`${input}: file not found`);
    return 1;
  }
  try {
    const gazetteer = readGazetteer(root, { curated: gazetteerPath, osm: args.values['curated-only'] ? null : (args.values.osm as string) });
    const text = readFileSync(inputPath, 'utf8');
    const file = relative(root, inputPath);
    let blocks: Block[];
    if (/^\uFEFF?---\r?\n/.test(text) && /^##\s/m.test(text)) {
      const md = parseArticleMarkdown({ path: file, text });
      blocks = md.blocks.map(({ id, kind, text: t }) => ({ id, kind, text: t }));
    } else {
      blocks = splitPlainText(text);
    }
    const parser = createGeoparser(gazetteer.places);
    const { matches, warnings, context } = geoparseBlocks(parser, gazetteer, blocks);
    for (const w of warnings) io.err(formatWarning({ ...w, file }));
    const { resolved, resolutions } = resolveMatches(matches, gazetteer, context);
    const places = new Map(gazetteer.places.map((p) => [p.id, p]));
    const ids = [...new Set(resolved.map((r) => r.placeId))].sort();
    const features = ids.map((id) => {
      const place = places.get(id)!;
      return {
        type: 'Feature',
        id,
        geometry: { type: 'Point', coordinates: [roundCoordinate(place.lon), roundCoordinate(place.lat)] },
        properties: {
          id,
          name_ar: placeName(place, 'ar'),
          name_en: placeName(place, 'en'),
          kind: place.kind,
          in_region: isInRegion(place, gazetteer.region),
          precision_km: place.precisionKm,
          precision_code: place.precisionCode,
          source: place.source,
          mentions: resolved.filter((r) => r.placeId === id).map(({ match: m }) => ({ paragraph: m.paragraph, start: m.start, end: m.end, text: m.text, ...(m.evidence !== undefined ? { confirmed_by: m.evidence } : {}) })),
          resolution: resolutions.get(id) ?? null,
        },
      };
    });
    if (args.values['suggest-claims'] === true) {
      const partiesPath = args.values.parties as string;
      if (!existsSync(resolve(root, partiesPath))) {
        io.err(`${partiesPath}: file not found (expected the parties and their aliases, e.g. content/parties.yaml)`);
        return 1;
      }
      const { parties, sharedAliases } = loadPartiesFile({ path: partiesPath, text: readFileSync(resolve(root, partiesPath), 'utf8') });
      attachSuggestedClaims(features, { blocks, resolved, gazetteer, parties, sharedAliases });
    }
    io.out(serializeGeoJson({ type: 'FeatureCollection', features }));
    return 0;
  } catch (error) {
    if (error instanceof ValidationError) {
      for (const issue of error.issues) io.err(formatIssue(issue));
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
