/**
 * Writes the SYNTHETIC claims file (`data/synthetic-claims.json` on the site) to a path, for
 * benchmarks and for looking at: `buildSyntheticClaims` over `geo/gazetteer.yaml`, with the party
 * labels of `content/parties.yaml`.
 *
 * Usage: `npx tsx src/cli/build-synthetic-claims.ts <out.json> [--count N] [--seed N]`
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadParties } from '../core/content/load-parties.ts';
import { ValidationError, formatIssue } from '../core/errors.ts';
import { loadGazetteer } from '../core/gazetteer/load-gazetteer.ts';
import { buildSyntheticClaims, type BuildSyntheticClaimsOptions } from '../archive/synthetic-claims.ts';
import { writeFileAtomic } from './write-atomic.ts';

const USAGE = 'usage: build-synthetic-claims <out.json> [--count N] [--seed N]';

/** Parses the command line; returns the output path and options, or an error message. */
export function parseArgs(argv: readonly string[]): { out: string; options: BuildSyntheticClaimsOptions } | { error: string } {
  let out: string | undefined;
  const options: BuildSyntheticClaimsOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--count' || arg === '--seed') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) return { error: `${arg}: expected a non-negative integer, found ${JSON.stringify(argv[i] ?? '')}\n${USAGE}` };
      if (arg === '--count') options.count = value;
      else options.seed = value;
    } else if (arg.startsWith('--')) {
      return { error: `unknown option ${arg}\n${USAGE}` };
    } else if (out === undefined) {
      out = arg;
    } else {
      return { error: `expected one output path, found a second: ${arg}\n${USAGE}` };
    }
  }
  return out === undefined ? { error: `missing output path\n${USAGE}` } : { out, options };
}

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[], root = process.cwd()): number {
  const parsed = parseArgs(argv);
  if ('error' in parsed) {
    console.error(parsed.error);
    return 2;
  }
  const read = (path: string): { path: string; text: string } => ({ path, text: readFileSync(join(root, path), 'utf8') });
  let content: string;
  try {
    const gazetteer = loadGazetteer(read('geo/gazetteer.yaml'));
    const labels = loadParties(read('content/parties.yaml'));
    content = buildSyntheticClaims(gazetteer, { ...parsed.options, labels });
  } catch (error) {
    if (error instanceof ValidationError) {
      for (const issue of error.issues) console.error(formatIssue(issue));
      console.error(`build-synthetic-claims: ${error.issues.length} problem(s); nothing written.`);
      return 1;
    }
    if (error instanceof RangeError) {
      console.error(`build-synthetic-claims: ${error.message}; nothing written.`);
      return 1;
    }
    throw error;
  }
  const out = resolve(root, parsed.out);
  writeFileAtomic(out, content);
  console.log(`build-synthetic-claims: wrote ${relative(root, out) || out}, ${(content.length / 1e6).toFixed(2)} MB (SYNTHETIC data).`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
