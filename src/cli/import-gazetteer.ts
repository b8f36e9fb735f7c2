/**
 * `npm run gazetteer:import`: imports the OpenStreetMap extract of Libyan places
 * (`../shared/reference/osm-libya-places.json`) into the generated gazetteer layer,
 * `geo/gazetteer.osm.yaml`, merged with the curated `geo/gazetteer.yaml`, and reports every merge
 * and conflict. `--check` writes nothing and fails when the committed layer is stale.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ValidationError, formatIssue } from '../core/errors.ts';
import { formatGazetteerLayer } from '../core/gazetteer/format-gazetteer-layer.ts';
import { formatImportReport, formatImportSummary } from '../core/gazetteer/format-import-report.ts';
import { importOsmPlaces } from '../core/gazetteer/import-osm-places.ts';
import { loadGazetteer } from '../core/gazetteer/load-gazetteer.ts';
import { readCommonWords } from '../core/gazetteer/read-common-words.ts';
import { PROCESS_IO, parseCliArgs, type CliIo } from './parse-cli-args.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** Where the import reads and writes, relative to the project root. */
export const IMPORT_PATHS = {
  /** The extract, outside the repository (the shared reference folder beside it). */
  source: '../shared/reference/osm-libya-places.json',
  curated: 'geo/gazetteer.yaml',
  layer: 'geo/gazetteer.osm.yaml',
  /** The frequent-word lists behind `needs_trigger` (see geo/README.md, "Names that need a trigger word"). */
  commonWords: { ar: 'geo/wordlists/frequent-words-ar.txt', en: 'geo/wordlists/frequent-words-en.txt' },
} as const;

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[], root = fileURLToPath(new URL('../../', import.meta.url)), io: CliIo = PROCESS_IO): number {
  const args = parseCliArgs(argv, {
    command: 'npm run gazetteer:import --',
    usage: ['[--source <extract.json>] [--report <file>] [--check]'],
    description: `Imports the OpenStreetMap extract of Libyan places into the generated gazetteer layer,
${IMPORT_PATHS.layer}, beside the curated ${IMPORT_PATHS.curated}. A node that a curated entry
already describes (the entry's source is the node, or they lie close and share a name) is left
out: curated entries win. Prints the full report (merges, with the names a curated entry lacks;
conflicts; places that need a trigger word) and a summary. The data is OpenStreetMap's, under the
ODbL 1.0: see geo/README.md.

  --source <path>   the extract, relative to the project root
                    (default ${IMPORT_PATHS.source})
  --report <file>   write the full report to <file> instead of stdout
  --check           write nothing; exit 1 if ${IMPORT_PATHS.layer} is stale or missing
                    (a developer's check: CI has no ../shared)
  --help            print this and exit`,
    options: { source: { type: 'string', default: IMPORT_PATHS.source }, report: { type: 'string' }, check: { type: 'boolean' } },
  }, io);
  if ('exitCode' in args) return args.exitCode;
  const source = args.values.source as string;
  const sourcePath = resolve(root, source);
  if (!existsSync(sourcePath)) {
    io.err(`${source}: file not found (the OpenStreetMap extract lives in the shared reference folder beside the repository; pass --source <path>)`);
    return 1;
  }
  const read = (path: string): { path: string; text: string } => ({ path, text: readFileSync(resolve(root, path), 'utf8') });

  let layer: string;
  let report: string;
  let summary: string[];
  try {
    const curated = loadGazetteer(read(IMPORT_PATHS.curated));
    const commonWords = { ar: readCommonWords(read(IMPORT_PATHS.commonWords.ar).text), en: readCommonWords(read(IMPORT_PATHS.commonWords.en).text) };
    const result = importOsmPlaces({ path: relative(root, sourcePath) || source, text: readFileSync(sourcePath, 'utf8') }, curated, { commonWords });
    // The header names the extract by its file name only, so the layer does not depend on where
    // the shared folder sits relative to this checkout.
    layer = formatGazetteerLayer(result.entries, { source: basename(sourcePath), osmBase: result.osmBase });
    report = formatImportReport(result.report);
    summary = formatImportSummary(result.report);
  } catch (error) {
    if (error instanceof ValidationError) {
      for (const issue of error.issues) io.err(formatIssue(issue));
      io.err(`gazetteer:import: ${error.issues.length} problem(s); nothing written.`);
      return 1;
    }
    throw error;
  }

  const target = resolve(root, IMPORT_PATHS.layer);
  if (args.values.check) {
    for (const line of summary) io.out(line);
    if (!existsSync(target) || readFileSync(target, 'utf8') !== layer) {
      io.err(`${IMPORT_PATHS.layer}: stale or missing; run "npm run gazetteer:import" and commit the result.`);
      return 1;
    }
    io.out(`${IMPORT_PATHS.layer}: up to date.`);
    return 0;
  }
  writeFileAtomic(target, layer);
  if (args.values.report !== undefined) {
    writeFileAtomic(resolve(root, args.values.report as string), report);
    for (const line of summary) io.out(line);
    io.out(`wrote the report to ${args.values.report as string}`);
  } else {
    io.out(report.trimEnd());
  }
  io.out(`wrote ${IMPORT_PATHS.layer} (${Buffer.byteLength(layer)} bytes)`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
