import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/control.ts';
import type { ControlCollection } from '../../../src/core/time/types.ts';
import { ROOT } from '../helpers/project.ts';

function control(argv: string[]): { code: number; out: string; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, ROOT, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out: out.join('\n'), err };
}

const FIXTURE = ['--content', 'tests/fixtures/timeline/content'];

// Each call loads and checks the whole project, the gazetteer's ~930 places included (about
// 1.3 s of CPU for the first call in a process, 0.3 s after), and some tests make three calls:
// on a busy 2-core machine that passes the default 5 s.
describe('npm run -s control', { timeout: 30_000 }, () => {
  it('control --as-of DATE --content DIR prints control as of that date as RFC 7946 GeoJSON, one Point per place, and a summary on stderr', () => {
    const { code, out, err } = control(['--as-of', '2019-06-26', ...FIXTURE]);
    expect(code).toBe(0);
    expect(() => check(out)).not.toThrow();
    const result = JSON.parse(out) as ControlCollection;
    expect(result.features.map((f) => `${f.id} ${f.properties.status}`)).toEqual(['ain-zara control', 'gharyan disputed', 'tarhuna control', 'tripoli control']);
    const gharyan = result.features[1]!.properties;
    expect(gharyan.claims.map((c) => [c.article, c.party, c.evidence[0]!.paragraph])).toEqual([['fixture-wire-2019-06-26', 'lna', 'p2'], ['test-gazette-2019-06-26', 'gna', 'p2']]);
    expect(gharyan.claims[0]!.evidence[0]!.quote).toBe('قواته ما زالت تسيطر بالكامل على المدينة');
    expect(result.features[2]!.properties).toMatchObject({ stale: true, days_since: 47 });
    expect(err).toEqual(['control: 4 place(s) as of 2019-06-26 from 7 claim(s): 3 under control, 0 contested, 1 disputed between sources, 2 stale.']);
  });
  it('is deterministic, and reads content/ by default', () => {
    expect(control(['--as-of', '2019-06-26', ...FIXTURE]).out).toBe(control(['--as-of', '2019-06-26', ...FIXTURE]).out);
    const seed = JSON.parse(control(['--as-of', '2019-05-20']).out) as ControlCollection;
    expect(seed.features.find((f) => f.id === 'ain-zara')!.properties).toMatchObject({ party: 'lna', extent: 'most', days_since: 7, stale: false });
  });
  it('--stale-after and --from change the rule\'s options', () => {
    const strict = JSON.parse(control(['--as-of', '2019-05-20', '--stale-after', '5']).out) as ControlCollection;
    expect(strict.features.every((f) => f.properties.stale)).toBe(true);
    expect(strict.metadata.stale_after_days).toBe(5);
    const recent = JSON.parse(control(['--as-of', '2019-06-28', '--from', '2019-06-01', ...FIXTURE]).out) as ControlCollection;
    expect(recent.features.map((f) => f.id)).toEqual(['ain-zara', 'al-aziziya', 'gharyan']);
  });
  it('refuses a bad or missing date, or a bad --stale-after, with a clear message and exit 2', () => {
    expect(control(['--as-of', '2019-13-01'])).toMatchObject({ code: 2, out: '', err: [expect.stringMatching(/^control: --as-of: expected a calendar date YYYY-MM-DD, found "2019-13-01"\nusage: npm run -s control -- --as-of/)] });
    expect(control(['--as-of', '2019-06-26', '--from', 'yesterday'])).toMatchObject({ code: 2, err: [expect.stringMatching(/^control: --from: expected a calendar date YYYY-MM-DD, found "yesterday"/)] });
    expect(control([])).toMatchObject({ code: 2, err: [expect.stringMatching(/^control: --as-of: missing \(expected a date YYYY-MM-DD\)/)] });
    expect(control(['--as-of', '2019-06-26', '--stale-after', '3.5'])).toMatchObject({ code: 2, err: [expect.stringMatching(/^control: --stale-after: expected a whole number of days, found "3.5"/)] });
    expect(control(['--as-of', '2019-06-26', '--stale-after', '-3'])).toMatchObject({ code: 2, err: [expect.stringMatching(/^control: Option '--stale-after' argument is ambiguous/)] });
  });
  it('names the problem and exits 1 when the content is invalid or missing', () => {
    const { code, out, err } = control(['--as-of', '2019-06-26', '--content', 'tests/fixtures/no-such-folder']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err[0]).toBe('tests/fixtures/no-such-folder/parties.yaml: file not found');
    expect(err.at(-1)).toMatch(/^control: \d+ problem\(s\) in the content\.$/);
  });
});
