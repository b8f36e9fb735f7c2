import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main as buildBasemap } from '../../../src/cli/build-basemap.ts';
import { main as buildSyntheticClaims } from '../../../src/cli/build-synthetic-claims.ts';
import { main as buildValidators } from '../../../src/cli/build-validators.ts';
import { main as control } from '../../../src/cli/control.ts';
import { main as geo } from '../../../src/cli/geo.ts';
import { main as geocode } from '../../../src/cli/geocode.ts';
import { main as importGazetteer } from '../../../src/cli/import-gazetteer.ts';
import type { CliIo } from '../../../src/cli/parse-cli-args.ts';
import { ROOT } from '../helpers/project.ts';

/** Every file under a folder, relative to it: what a command wrote shows up as a difference. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

type Command = (argv: string[], root: string, io: CliIo) => number;
const COMMANDS: Record<string, { run: Command; usage: RegExp }> = {
  geo: {
    run: (argv, root, io) => {
      vi.spyOn(console, 'log').mockImplementation((s: string) => io.out(s));
      vi.spyOn(console, 'error').mockImplementation((s: string) => io.err(s));
      return geo(argv, root);
    },
    usage: /^usage: npm run geo -- \[--check\]/,
  },
  geocode: { run: (argv, root, io) => geocode(argv, root, { out: (s) => io.out(s.replace(/\n$/, '')), err: io.err }), usage: /^usage: npm run -s geocode -- <file\.txt\|file\.md>/ },
  control: { run: (argv, root, io) => control(argv, root, io), usage: /^usage: npm run -s control -- --as-of YYYY-MM-DD/ },
  'geo:basemap': { run: (argv, root, io) => buildBasemap(argv, root, io), usage: /^usage: npm run geo:basemap -- \[--check\]/ },
  'build:validators': { run: (argv, root, io) => buildValidators(argv, root, io), usage: /^usage: npm run build:validators -- \[--check\]/ },
  'synthetic-claims': { run: (argv, root, io) => buildSyntheticClaims(argv, root, io), usage: /^usage: npm run synthetic-claims -- <out\.json>/ },
  'gazetteer:import': { run: (argv, root, io) => importGazetteer(argv, root, io), usage: /^usage: npm run gazetteer:import -- \[--source <extract\.json>\]/ },
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cm-cli-'));
  for (const path of ['content', 'geo']) cpSync(join(ROOT, path), join(dir, path), { recursive: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function run(name: string, argv: string[]): { code: number; out: string[]; err: string[]; wrote: boolean } {
  const before = listFiles(dir);
  const out: string[] = [];
  const err: string[] = [];
  const code = (COMMANDS[name] as { run: Command }).run(argv, dir, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out, err, wrote: JSON.stringify(listFiles(dir)) !== JSON.stringify(before) };
}

describe('every command line', () => {
  for (const [name, { usage }] of Object.entries(COMMANDS)) {
    it(`${name} --help prints its usage and what it does, exits 0 and writes nothing`, () => {
      const { code, out, err, wrote } = run(name, ['--help']);
      expect(code).toBe(0);
      expect(out.join('\n')).toMatch(usage);
      expect(out.join('\n')).toMatch(/--help\s+print this and exit/);
      expect(err).toEqual([]);
      expect(wrote).toBe(false);
    });
    it(`${name} --bogus refuses the unknown option with the usage, exits 2 and writes nothing`, () => {
      const { code, out, err, wrote } = run(name, ['--bogus', 'out.json']);
      expect(code).toBe(2);
      expect(err.join('\n')).toMatch(/Unknown option '--bogus'/);
      expect(err.join('\n')).toMatch(/usage: /);
      expect(out).toEqual([]);
      expect(wrote).toBe(false);
    });
  }
  it('geocode refuses a second file and geo refuses any argument, naming what it found', () => {
    expect(run('geocode', ['a.md', 'b.md'])).toMatchObject({ code: 2, wrote: false, err: [expect.stringMatching(/expected 1 argument\(s\), found 2 \("a\.md", "b\.md"\)/)] });
    expect(run('geo', ['content'])).toMatchObject({ code: 2, wrote: false, err: [expect.stringMatching(/expected 0 argument\(s\), found 1 \("content"\)/)] });
  });
  it('synthetic-claims refuses a count that is not a whole number', () => {
    expect(run('synthetic-claims', ['out.json', '--count', '1e3'])).toMatchObject({ code: 2, wrote: false, err: ['synthetic-claims: --count: expected a non-negative integer, found "1e3"'] });
  });
});
