import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/draft-claims.ts';
import { projectPaths, runPipeline } from '../../../src/cli/project.ts';
import { compileClaimReader, selectDraftClaims, suggestClaimsInText } from '../../../src/core/claims/index.ts';
import { loadArticle } from '../../../src/core/content/load-article.ts';
import { loadPartiesFile } from '../../../src/core/content/load-parties.ts';
import { ValidationError, formatIssue } from '../../../src/core/errors.ts';
import { createGeoparser } from '../../../src/core/geoparser/index.ts';
import { ROOT, projectGazetteer, readProjectFile } from '../helpers/project.ts';

const SEED = 'haftar-macron-2019-05-13';
const FOLDER = `content/${SEED}`;

/** A copy of the project's content and geodata, with the seed's reviewed claims.yaml removed. */
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cm-draft-'));
  mkdirSync(join(root, 'geo'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  for (const f of ['gazetteer.yaml', 'gazetteer.osm.yaml', 'basemap.geojson']) cpSync(join(ROOT, 'geo', f), join(root, 'geo', f));
  rmSync(join(root, FOLDER, 'claims.yaml'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function draft(args: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, root, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out, err };
}
function pipelineProblems(): string[] {
  try {
    runPipeline(projectPaths(root));
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map(formatIssue);
    throw error;
  }
  return [];
}

describe('npm run draft-claims', () => {
  // runPipeline builds zones and static maps too: seconds on a busy machine.
  it('writes a draft for the seed that geo refuses, naming file and line, until a person marks it reviewed; then geo accepts it and its claims are the suggestions', { timeout: 60_000 }, () => {
    const { code, out, err } = draft([FOLDER]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/^draft-claims: wrote content\/haftar-macron-2019-05-13\/claims\.yaml: 10 claim\(s\)/);
    const path = join(root, FOLDER, 'claims.yaml');
    const text = readFileSync(path, 'utf8');
    const statusLine = text.split('\n').indexOf('status: draft') + 1;
    expect(statusLine).toBeGreaterThan(0);

    expect(pipelineProblems()).toEqual([
      `${FOLDER}/claims.yaml:${statusLine}: status: a draft of suggested claims that nobody has reviewed yet; the map does not use it (expected each claim checked against the text (kept, corrected or deleted), then "status: reviewed", found "draft")`,
    ]);

    // The reviewer's act: every claim checked, the status changed.
    writeFileSync(path, text.replace(/^status: draft$/m, 'status: reviewed'));
    const run = runPipeline(projectPaths(root));
    const built = run.built.find((b) => b.article.id === SEED)!;

    // The same suggestions, made here from the same inputs, one per place.
    const files = ['ar.md', 'en.md'].map((f) => ({ path: `${FOLDER}/${f}`, text: readProjectFile(`${FOLDER}/${f}`) }));
    const article = loadArticle(SEED, files);
    const { parties, sharedAliases } = loadPartiesFile({ path: 'content/parties.yaml', text: readProjectFile('content/parties.yaml') });
    const gazetteer = projectGazetteer();
    const found = suggestClaimsInText({ blocks: article.texts[0]!.blocks, parser: createGeoparser(gazetteer.places), gazetteer, reader: compileClaimReader(parties, { sharedAliases }) });
    const expected = selectDraftClaims(found.suggestions);
    expect(built.claims.map((c) => [c.place, c.party, c.extent, c.change, c.evidence])).toEqual(expected.map((c) => [c.place, c.party, c.extent, c.change, c.evidence]));
    // The quotes are where the places file says they are.
    for (const feature of built.places.features.filter((f) => f.properties.status !== 'none')) {
      for (const e of feature.properties.evidence) expect(e.start).toBeGreaterThanOrEqual(0);
    }
  });
  it('never replaces an existing claims.yaml without --force, reviewed or draft, and writes nothing then', { timeout: 30_000 }, () => {
    const path = join(root, FOLDER, 'claims.yaml');
    const reviewed = readProjectFile(`${FOLDER}/claims.yaml`);
    writeFileSync(path, reviewed);
    const refused = draft([FOLDER]);
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([`${FOLDER}/claims.yaml: already exists (reviewed claims); not replaced. Use --force to replace it, or --stdout to print the draft.`]);
    expect(readFileSync(path, 'utf8')).toBe(reviewed);

    expect(draft([FOLDER, '--force']).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/^status: draft$/m);
    expect(draft([FOLDER]).err[0]).toMatch(/already exists \(a draft, perhaps half reviewed\); not replaced/);
  });
  it('prints the draft with --stdout and writes nothing; the same inputs give the same bytes', { timeout: 30_000 }, () => {
    const first = draft([FOLDER, '--stdout']);
    expect(first.code).toBe(0);
    expect(existsSync(join(root, FOLDER, 'claims.yaml'))).toBe(false);
    expect(first.out.join('\n')).toMatch(/^# DRAFT: control claims suggested from content\/haftar-macron-2019-05-13\/ar\.md/);
    expect(first.out.join('\n')).toContain('quote: "ويسيطر حفتر على أحياء قصر بن غشير"');
    expect(first.out.join('\n')).toContain('# Statements set aside');
    expect(draft([FOLDER, '--stdout']).out).toEqual(first.out);
  });
  it('refuses a folder that is not an article folder, and a bad command line', () => {
    expect(draft(['content/nope']).err).toEqual(['content/nope: not an article folder (expected a folder such as content/<article>)']);
    expect(draft([]).code).toBe(2);
    expect(draft([FOLDER, '--frobnicate']).code).toBe(2);
  });
});
