/**
 * Writes the SYNTHETIC claims file (`data/synthetic-claims.json` on the site) to a path, for
 * benchmarks and for looking at: `buildSyntheticClaims` over `geo/gazetteer.yaml`, with the party
 * labels of `content/parties.yaml`.
 *
 * Usage: `npm run synthetic-claims -- <out.json> [--count N] [--seed N]`
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadParties } from '../core/content/load-parties.ts';
import { ValidationError, formatIssue } from '../core/errors.ts';
import { loadGazetteer } from '../core/gazetteer/load-gazetteer.ts';
import { buildSyntheticClaims, type BuildSyntheticClaimsOptions } from '../archive/synthetic-claims.ts';
import { PROCESS_IO, parseCliArgs, type CliIo } from './parse-cli-args.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[], root = process.cwd(), io: CliIo = PROCESS_IO): number {
  const args = parseCliArgs(argv, {
    command: 'npm run synthetic-claims --',
    usage: ['<out.json> [--count N] [--seed N]'],
    description: `Writes the SYNTHETIC claims file the archive page shows (data/synthetic-claims.json on the
site) to <out.json>: claims generated from geo/gazetteer.yaml with a seeded random generator,
labelled with the parties of content/parties.yaml. A stand-in for thousands of articles.

  --count N   how many claims (default 50000)
  --seed N    the generator's seed (default 20190404)
  --help      print this and exit`,
    options: { count: { type: 'string' }, seed: { type: 'string' } },
    positionals: [1, 1],
  }, io);
  if ('exitCode' in args) return args.exitCode;
  const options: BuildSyntheticClaimsOptions = {};
  for (const key of ['count', 'seed'] as const) {
    const raw = args.values[key];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value)) {
      io.err(`synthetic-claims: --${key}: expected a non-negative integer, found ${JSON.stringify(raw)}`);
      return 2;
    }
    options[key] = value;
  }
  const parsed = { out: args.positionals[0] as string, options };
  const read = (path: string): { path: string; text: string } => ({ path, text: readFileSync(join(root, path), 'utf8') });
  let content: string;
  try {
    const gazetteer = loadGazetteer(read('geo/gazetteer.yaml'));
    const labels = loadParties(read('content/parties.yaml'));
    content = buildSyntheticClaims(gazetteer, { ...parsed.options, labels });
  } catch (error) {
    if (error instanceof ValidationError) {
      for (const issue of error.issues) io.err(formatIssue(issue));
      io.err(`build-synthetic-claims: ${error.issues.length} problem(s); nothing written.`);
      return 1;
    }
    if (error instanceof RangeError) {
      io.err(`build-synthetic-claims: ${error.message}; nothing written.`);
      return 1;
    }
    throw error;
  }
  const out = resolve(root, parsed.out);
  writeFileAtomic(out, content);
  io.out(`build-synthetic-claims: wrote ${relative(root, out) || out}, ${(content.length / 1e6).toFixed(2)} MB (SYNTHETIC data).`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
