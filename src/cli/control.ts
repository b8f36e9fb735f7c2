/**
 * `npm run -s control -- --as-of YYYY-MM-DD [--content DIR]`: prints who holds each place as of a
 * date, by the rule of `src/core/time` (README, "Control over time"), as a GeoJSON
 * FeatureCollection on stdout: one Point per place with its status, party or parties, extent,
 * staleness, and the claims behind it with their article, paragraph and quote.
 */
import { pathToFileURL } from 'node:url';
import { ValidationError, formatIssue } from '../core/errors.ts';
import { serializeGeoJson } from '../core/geojson/serialize-geojson.ts';
import { buildClaimsCollection } from '../core/time/build-claims-collection.ts';
import { computeControlAsOf } from '../core/time/compute-control-as-of.ts';
import { DEFAULT_CONTROL_OPTIONS } from '../core/time/default-control-options.ts';
import { parseIsoDay } from '../core/time/parse-iso-day.ts';
import { PROCESS_IO, parseCliArgs, type CliIo } from './parse-cli-args.ts';
import { loadProject, projectPaths } from './project.ts';

/** Runs the command; returns the exit code (0, 1 on invalid content, 2 on a bad command line). */
export function main(argv: readonly string[], root = process.cwd(), io: CliIo = PROCESS_IO): number {
  const usage = '--as-of YYYY-MM-DD [--content DIR] [--from YYYY-MM-DD] [--stale-after DAYS]';
  const args = parseCliArgs(argv, {
    command: 'npm run -s control --',
    usage: [usage],
    description: `Reads the articles and claims of a content folder, as "npm run geo" does, and prints on stdout
who held each place as of a date, as GeoJSON: one Point per place reported on or before it,
with its status (control, contested, or disputed when sources disagree on the latest date),
party or parties, extent, how many days old its latest report is (stale when older than
--stale-after), and the claims behind it with their article, outlet, paragraph and quote.
A summary goes to stderr. Nothing is written.

  --as-of YYYY-MM-DD   the date (required)
  --content DIR        the content folder (default content)
  --from YYYY-MM-DD    ignore claims dated before this date (default: use every claim)
  --stale-after DAYS   days after which a place's latest claim is stale (default ${DEFAULT_CONTROL_OPTIONS.staleAfterDays})
  --help               print this and exit`,
    options: { 'as-of': { type: 'string' }, content: { type: 'string', default: 'content' }, from: { type: 'string' }, 'stale-after': { type: 'string' } },
  }, io);
  if ('exitCode' in args) return args.exitCode;
  const refuse = (message: string): number => {
    io.err(`control: ${message}\nusage: npm run -s control -- ${usage}`);
    return 2;
  };
  const asOf = args.values['as-of'];
  if (asOf === undefined) return refuse('--as-of: missing (expected a date YYYY-MM-DD)');
  const dates: Array<[string, string | undefined]> = [['--as-of', asOf], ['--from', args.values.from]];
  for (const [name, value] of dates) {
    if (value === undefined) continue;
    try {
      parseIsoDay(value, name);
    } catch (error) {
      return refuse((error as Error).message);
    }
  }
  const staleRaw = args.values['stale-after'];
  if (staleRaw !== undefined && !(/^\d+$/.test(staleRaw) && Number.isSafeInteger(Number(staleRaw)))) {
    return refuse(`--stale-after: expected a whole number of days, found ${JSON.stringify(staleRaw)}`);
  }
  let project;
  try {
    project = loadProject(projectPaths(root, { content: args.values.content as string }));
  } catch (error) {
    if (error instanceof ValidationError) {
      for (const issue of error.issues) io.err(formatIssue(issue));
      io.err(`control: ${error.issues.length} problem(s) in the content.`);
      return 1;
    }
    throw error;
  }
  const claims = buildClaimsCollection({ articles: project.built, gazetteer: project.gazetteer });
  const control = computeControlAsOf(claims, asOf, {
    from: args.values.from ?? null,
    ...(staleRaw !== undefined ? { staleAfterDays: Number(staleRaw) } : {}),
  });
  io.out(serializeGeoJson(control).replace(/\n$/, ''));
  const count = (status: string): number => control.features.filter((f) => f.properties.status === status).length;
  const stale = control.features.filter((f) => f.properties.stale).length;
  io.err(`control: ${control.features.length} place(s) as of ${asOf} from ${control.metadata.claims} claim(s): ${count('control')} under control, ${count('contested')} contested, ${count('disputed')} disputed between sources, ${stale} stale.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
