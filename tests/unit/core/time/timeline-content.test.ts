import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { projectPaths, runPipeline } from '../../../../src/cli/project.ts';
import { computeControlAsOf } from '../../../../src/core/time/compute-control-as-of.ts';
import { createControlIndex } from '../../../../src/core/time/create-control-index.ts';
import { listPlaceHistory } from '../../../../src/core/time/list-place-history.ts';
import type { ClaimsCollection } from '../../../../src/core/time/types.ts';
import { expectGolden } from '../../helpers/golden.ts';
import { ROOT } from '../../helpers/project.ts';

// The timeline fixture content (TEST FIXTURES: invented articles and outlets), through the whole
// pipeline as `npm run geo` runs it, then asked "who held what" on each of its dates.
const CONTENT = 'tests/fixtures/timeline/content';
const run = runPipeline(projectPaths(ROOT, { content: CONTENT }));
const claimsFile = run.geojson.get('geo/claims.geojson') as string;
const claims = JSON.parse(claimsFile) as ClaimsCollection;
const index = createControlIndex(claims);
const articles = readdirSync(join(ROOT, CONTENT)).filter((f) => statSync(join(ROOT, CONTENT, f)).isDirectory()).sort();

/** `place: status party-or-parties extent [stale]` for each place, as of a date. */
function describeAsOf(date: string): Record<string, string> {
  return Object.fromEntries(computeControlAsOf(index, date).features.map((f) => {
    const p = f.properties;
    return [p.id, [p.status, p.party ?? p.parties.join('+'), p.extent ?? '-', p.stale ? `stale ${p.days_since}d` : ''].join(' ').trim()];
  }));
}

describe('the timeline fixture content', () => {
  it('builds like content/ does: no problems, no warnings, a valid RFC 7946 claims file (tests/fixtures/timeline/out/claims.geojson)', () => {
    expect(run.warnings).toEqual([]);
    expect(() => check(claimsFile)).not.toThrow();
    expectGolden(claimsFile, join(ROOT, 'tests/fixtures/timeline/out/claims.geojson'));
  });
  it('has at least four articles, every one marked as a test fixture in its front matter and its text, from invented outlets', () => {
    expect(articles.length).toBeGreaterThanOrEqual(4);
    for (const id of articles) {
      for (const file of ['ar.md', 'en.md', 'claims.yaml']) expect(readFileSync(join(ROOT, CONTENT, id, file), 'utf8'), `${id}/${file}`).toMatch(/^# TEST FIXTURE: invented/m);
      expect(readFileSync(join(ROOT, CONTENT, id, 'ar.md'), 'utf8')).toContain('هذا نص اختباري مختلق');
      expect(readFileSync(join(ROOT, CONTENT, id, 'en.md'), 'utf8')).toContain('This is an invented test fixture');
    }
    expect(new Set(claims.features.map((f) => f.properties.outlet.en))).toEqual(new Set(['Fixture Wire', 'Test Gazette']));
    expect(claims.metadata).toMatchObject({ articles: articles.length, claims: claims.features.length, first_as_of: '2019-05-10', last_as_of: '2020-06-05' });
  });
  it('places change hands across the articles, and two sources disagree on the same date', () => {
    const holders = (place: string) => new Set(claims.features.filter((f) => f.properties.place === place).map((f) => f.properties.party ?? 'contested'));
    expect(holders('gharyan')).toEqual(new Set(['lna', 'gna']));
    expect(holders('tarhuna')).toEqual(new Set(['lna', 'gna']));
    expect(holders('ain-zara')).toEqual(new Set(['contested', 'lna', 'gna']));
    const gharyan26 = claims.features.filter((f) => f.properties.place === 'gharyan' && f.properties.as_of === '2019-06-26');
    expect(new Set(gharyan26.map((f) => f.properties.outlet.en)).size).toBe(2);
    expect(new Set(gharyan26.map((f) => f.properties.party)).size).toBe(2);
  });
});

describe('control as of each date of the timeline fixture', () => {
  it('before the first article: nothing', () => {
    expect(describeAsOf('2019-05-09')).toEqual({});
  });
  it('2019-05-10: Gharyan and Tarhuna LNA, Ain Zara contested, Tripoli GNA', () => {
    expect(describeAsOf('2019-05-10')).toEqual({ 'ain-zara': 'contested lna+gna all', gharyan: 'control lna all', tarhuna: 'control lna all', tripoli: 'control gna all' });
  });
  it('2019-06-20: the same, every place stale (41 days)', () => {
    expect(describeAsOf('2019-06-20')).toEqual({ 'ain-zara': 'contested lna+gna all stale 41d', gharyan: 'control lna all stale 41d', tarhuna: 'control lna all stale 41d', tripoli: 'control gna all stale 41d' });
  });
  it('2019-06-26: Gharyan disputed between Fixture Wire (LNA) and Test Gazette (GNA); Ain Zara mostly LNA', () => {
    expect(describeAsOf('2019-06-26')).toEqual({ 'ain-zara': 'control lna most', gharyan: 'disputed lna+gna -', tarhuna: 'control lna all stale 47d', tripoli: 'control gna all stale 47d' });
  });
  it('2019-06-28: Gharyan GNA after the LNA withdrew (the dispute ends); Al Aziziya LNA', () => {
    const asOf = describeAsOf('2019-06-28');
    expect(asOf).toMatchObject({ gharyan: 'control gna all', 'al-aziziya': 'control lna all', 'ain-zara': 'control lna most' });
    expect(computeControlAsOf(index, '2019-06-28').features.find((f) => f.id === 'gharyan')!.properties).toMatchObject({ change: 'withdrawn', since: '2019-06-28' });
  });
  it('2020-06-05: Tarhuna and Ain Zara GNA, the airport GNA as of 2020-06-03; the year-old reports stale', () => {
    expect(describeAsOf('2020-06-05')).toEqual({
      'ain-zara': 'control gna all',
      'al-aziziya': 'control lna all stale 343d',
      gharyan: 'control gna all stale 343d',
      tarhuna: 'control gna all',
      tripoli: 'control gna all stale 392d',
      'tripoli-international-airport': 'control gna all',
    });
  });
  it('the place history of Ain Zara lists its three claims newest first, with outlet, paragraph and quote', () => {
    const history = listPlaceHistory(index, 'ain-zara');
    expect(history.map((c) => [c.as_of, c.status, c.party, c.outlet.en])).toEqual([
      ['2020-06-05', 'control', 'gna', 'Fixture Wire'],
      ['2019-06-26', 'control', 'lna', 'Test Gazette'],
      ['2019-05-10', 'contested', null, 'Fixture Wire'],
    ]);
    const article = run.built.find((b) => b.article.id === history[0]!.article)!;
    const block = article.article.texts[0]!.blocks.find((b) => b.id === history[0]!.evidence[0]!.paragraph)!;
    expect(block.text.slice(history[0]!.evidence[0]!.start, history[0]!.evidence[0]!.end)).toBe(history[0]!.evidence[0]!.quote);
  });
});
