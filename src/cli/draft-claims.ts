/**
 * `npm run draft-claims -- content/<article> [--force] [--stdout]`: suggests the control claims
 * of an article's original text and writes them as a draft `claims.yaml` (`status: draft`) for a
 * person to review (README, "Suggested control claims").
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileClaimReader, formatDraftClaims, selectDraftClaims, suggestClaimsInText } from '../core/claims/index.ts';
import { loadClaims } from '../core/claims/load-claims.ts';
import { loadArticle } from '../core/content/load-article.ts';
import { loadPartiesFile } from '../core/content/load-parties.ts';
import { ValidationError, formatIssue } from '../core/errors.ts';
import { createGeoparser } from '../core/geoparser/index.ts';
import { parseYaml } from '../core/yaml/parse-yaml.ts';
import { PROCESS_IO, parseCliArgs, type CliIo } from './parse-cli-args.ts';
import { GAZETTEER_FILES, readGazetteer } from './read-gazetteer.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** Runs the command; returns the exit code (0, 1 on bad input or a file it will not replace, 2 on a bad command line). */
export function main(argv: readonly string[], root = process.cwd(), io: CliIo = PROCESS_IO): number {
  const args = parseCliArgs(argv, {
    command: 'npm run draft-claims --',
    usage: ['<article folder> [--force] [--stdout] [--gazetteer <path>] [--osm <path> | --curated-only] [--parties <path>]'],
    description: `Reads an article folder's original text (the .md file without translation_of), finds the
places it names and the statements of who holds, took, left or approaches them, and writes
<folder>/claims.yaml as a draft: "status: draft" at the top, one claim per place with its quote,
and comments saying how each was read. "npm run geo" refuses the draft until a person has
checked every claim and changed the line to "status: reviewed".

  --force              replace an existing claims.yaml (reviewed or draft)
  --stdout             print the draft instead of writing it; nothing is written
  --gazetteer <path>   the curated gazetteer (default ${GAZETTEER_FILES.curated})
  --osm <path>         the layer generated from OpenStreetMap (default ${GAZETTEER_FILES.osm})
  --curated-only       use the curated gazetteer alone, without the generated layer
  --parties <path>     the parties and their aliases (default content/parties.yaml)
  --help               print this and exit`,
    options: {
      force: { type: 'boolean' },
      stdout: { type: 'boolean' },
      gazetteer: { type: 'string', default: GAZETTEER_FILES.curated },
      osm: { type: 'string', default: GAZETTEER_FILES.osm },
      'curated-only': { type: 'boolean' },
      parties: { type: 'string', default: 'content/parties.yaml' },
    },
    positionals: [1, 1],
  }, io);
  if ('exitCode' in args) return args.exitCode;
  const folderArg = args.positionals[0] as string;
  const folder = resolve(root, folderArg);
  const rel = (p: string): string => relative(root, p) || p;
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    io.err(`${folderArg}: not an article folder (expected a folder such as content/<article>)`);
    return 1;
  }
  const claimsPath = join(folder, 'claims.yaml');
  try {
    const read = (p: string): { path: string; text: string } => ({ path: rel(resolve(root, p)), text: readFileSync(resolve(root, p), 'utf8') });
    const gazetteer = readGazetteer(root, { curated: args.values.gazetteer as string, osm: args.values['curated-only'] === true ? null : (args.values.osm as string) });
    const { parties, sharedAliases } = loadPartiesFile(read(args.values.parties as string));
    const mdFiles = readdirSync(folder).filter((f) => f.endsWith('.md')).sort().map((f) => read(join(folder, f)));
    const article = loadArticle(basename(folder), mdFiles);
    const original = article.texts[0];
    if (!original) throw new ValidationError([{ file: rel(folder), message: 'no original text', expected: 'a .md file with date, outlet and language' }]);
    const source = mdFiles.find((f) => f.path.endsWith(`/${original.lang}.md`))?.path ?? rel(folder);

    const parser = createGeoparser(gazetteer.places);
    const reader = compileClaimReader(parties, { sharedAliases });
    const found = suggestClaimsInText({ blocks: original.blocks, parser, gazetteer, reader });
    const drafts = selectDraftClaims(found.suggestions);
    const draft = formatDraftClaims({ source, claims: drafts, rejected: found.rejected });

    // The draft must be what "npm run geo" accepts once reviewed: check it now, as geo will.
    loadClaims({ path: rel(claimsPath), text: draft.replace(/^status: draft$/m, 'status: reviewed') }, {
      article,
      placeIds: new Set(gazetteer.places.map((p) => p.id)),
      partyIds: new Set(parties.map((p) => p.id)),
      mentionedPlaceIds: new Set(found.mentions.map((m) => m.place)),
    });

    if (args.values.stdout === true) {
      io.out(draft.replace(/\n$/, ''));
      return 0;
    }
    if (existsSync(claimsPath) && args.values.force !== true) {
      const existing = parseYaml({ path: rel(claimsPath), text: readFileSync(claimsPath, 'utf8') }).data as { status?: string } | null;
      const what = existing?.status === 'draft' ? 'a draft, perhaps half reviewed' : 'reviewed claims';
      io.err(`${rel(claimsPath)}: already exists (${what}); not replaced. Use --force to replace it, or --stdout to print the draft.`);
      return 1;
    }
    writeFileAtomic(claimsPath, draft);
    io.out(`draft-claims: wrote ${rel(claimsPath)}: ${drafts.length} claim(s) from ${found.suggestions.length} suggestion(s), ${found.rejected.length} statement(s) set aside. Review it, then set "status: reviewed".`);
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
