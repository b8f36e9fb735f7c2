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
import { createGeoparser, geoparseText } from '../core/geoparser/index.ts';
import { isInRegion, resolveMatches } from '../core/resolve/resolve-matches.ts';
import type { Block, Match } from '../core/types.ts';
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
    usage: ['<file.txt|file.md> [--gazetteer <gazetteer.yaml>] [--osm <layer.yaml> | --curated-only]'],
    description: `Geocodes a text or Markdown file and prints a GeoJSON FeatureCollection of the places it
names, with their mentions, on stdout. Plain text is split into paragraphs p1, p2… at blank
lines; a file in the article format keeps its block ids. Names that look like places but are
not in the gazetteer are printed on stderr as warnings.

  --gazetteer <path>   the curated gazetteer (default ${GAZETTEER_FILES.curated})
  --osm <path>         the layer generated from OpenStreetMap (default ${GAZETTEER_FILES.osm})
  --curated-only       use the curated gazetteer alone, without the generated layer
  --help               print this and exit`,
    options: { gazetteer: { type: 'string', default: GAZETTEER_FILES.curated }, osm: { type: 'string', default: GAZETTEER_FILES.osm }, 'curated-only': { type: 'boolean' } },
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
    const matches: Match[] = [];
    for (const block of blocks) {
      const result = geoparseText(parser, block.text, block.id);
      matches.push(...result.matches);
      for (const w of result.warnings) io.err(formatWarning({ ...w, file }));
    }
    const { resolved, resolutions } = resolveMatches(matches, gazetteer);
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
          mentions: resolved.filter((r) => r.placeId === id).map(({ match: m }) => ({ paragraph: m.paragraph, start: m.start, end: m.end, text: m.text })),
          resolution: resolutions.get(id) ?? null,
        },
      };
    });
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
