/**
 * `npm run geo`: turns content/ and the gazetteer into geo/<article>.geojson (and zones), and
 * geo/claims.geojson, every claim of every article as a dated Point.
 * `npm run geo -- --check`: writes nothing, fails when a committed file is stale.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ValidationError, formatIssue } from '../core/errors.ts';
import { parseCliArgs } from './parse-cli-args.ts';
import { projectPaths, runPipeline } from './project.ts';
import { writeFileAtomic } from './write-atomic.ts';
import { formatWarning } from './format-warning.ts';

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[], root = process.cwd()): number {
  const args = parseCliArgs(argv, {
    command: 'npm run geo --',
    usage: ['[--check] [--content DIR] [--out DIR]'],
    description: `Reads content/ (articles, claims, parties, site settings) and geo/gazetteer.yaml, and writes
geo/<article>.geojson (places with control status and evidence) and geo/<article>.zones.geojson
(inferred zones) for every article folder, and geo/claims.geojson (every claim of every article
as a dated Point, for control over time). Bad input is refused with every problem listed, and
nothing is written.

An article folder may bring places the gazetteer lacks in its gazetteer-addition.yaml (the
authoring page's export); they are checked like the gazetteer's own and merged into it.

  --check         write nothing; exit 1 if a committed file is stale or missing (CI runs this)
  --content DIR   the content folder (default content), e.g. an unpacked export to try out
  --out DIR       where the GeoJSON goes (default geo)
  --help          print this and exit`,
    options: { check: { type: 'boolean' }, content: { type: 'string', default: 'content' }, out: { type: 'string', default: 'geo' } },
  }, { out: (s) => console.log(s), err: (s) => console.error(s) });
  if ('exitCode' in args) return args.exitCode;
  const check = args.values.check === true;
  let run;
  try {
    run = runPipeline(projectPaths(root, { content: args.values.content as string, geoOut: args.values.out as string }));
  } catch (error) {
    if (error instanceof ValidationError) {
      for (const issue of error.issues) console.error(formatIssue(issue));
      console.error(`geo: ${error.issues.length} problem(s); nothing written.`);
      return 1;
    }
    throw error;
  }
  for (const w of run.warnings) console.warn(formatWarning(w));
  if (check) {
    const stale = [...run.geojson].filter(([path, content]) => !existsSync(resolve(root, path)) || readFileSync(resolve(root, path), 'utf8') !== content);
    for (const [path] of stale) console.error(`${path}: stale or missing; run "npm run geo" and commit the result.`);
    if (stale.length > 0) return 1;
    console.log(`geo: ${run.geojson.size} GeoJSON file(s) up to date.`);
    return 0;
  }
  for (const [path, content] of run.geojson) writeFileAtomic(resolve(root, path), content);
  const features = run.built.reduce((n, b) => n + b.places.features.length, 0);
  console.log(`geo: wrote ${run.geojson.size} file(s), ${features} place(s), ${run.warnings.length} warning(s).`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
