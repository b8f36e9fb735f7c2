import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { ZONES_AS_OF_DIR, projectPaths, runPipeline } from '../../../src/cli/project.ts';
import type { SiteIndex } from '../../../src/core/site-index.ts';
import { ROOT } from '../helpers/project.ts';

// What the build writes for the page's timeline, on the timeline fixture content (invented
// articles) and on content/ as published (one article: nothing).
const fixture = runPipeline(projectPaths(ROOT, { content: 'tests/fixtures/timeline/content' }));
const seed = runPipeline(projectPaths(ROOT));
const DATES = ['2019-05-10', '2019-06-26', '2019-06-28', '2020-06-03', '2020-06-05'];

describe('runPipeline for a site with a timeline', () => {
  it('lists the report dates in the site index', () => {
    const index = JSON.parse(fixture.pageData.get('articles.json') as string) as SiteIndex;
    expect(index.report_dates.map((r) => r.date)).toEqual(DATES);
  });

  it('writes the zones of every report date, inferred from control as of it across every article, valid RFC 7946', () => {
    expect([...fixture.pageData.keys()].filter((k) => k.startsWith(`${ZONES_AS_OF_DIR}/`)).sort()).toEqual(DATES.map((d) => `${ZONES_AS_OF_DIR}/${d}.geojson`));
    for (const date of DATES) {
      const text = fixture.pageData.get(`${ZONES_AS_OF_DIR}/${date}.geojson`) as string;
      expect(() => check(text)).not.toThrow();
      expect((JSON.parse(text) as { metadata: { date: string } }).metadata.date).toBe(date);
    }
    const zonesOf = (date: string): Array<{ properties: { kind: string; status: string; party: string | null; place_ids: string[] } }> =>
      (JSON.parse(fixture.pageData.get(`${ZONES_AS_OF_DIR}/${date}.geojson`) as string) as { features: Array<{ properties: { kind: string; status: string; party: string | null; place_ids: string[] } }> }).features.filter((f) => f.properties.kind === 'zone');
    // Gharyan is the LNA's on 10 May 2019; disputed between sources on 26 June, its zone is hatched
    // like a contested one (no one can be said to hold it); the GNA's on 28 June.
    expect(zonesOf('2019-05-10').find((z) => z.properties.place_ids.includes('gharyan'))?.properties).toMatchObject({ status: 'control', party: 'lna' });
    expect(zonesOf('2019-06-26').find((z) => z.properties.place_ids.includes('gharyan'))?.properties).toMatchObject({ status: 'contested' });
    expect(zonesOf('2019-06-28').find((z) => z.properties.place_ids.includes('gharyan'))?.properties).toMatchObject({ status: 'control', party: 'gna' });
  });

  it('draws an article\'s static map as the page opens it: control as of its date, other articles\' places included', () => {
    const svg = fixture.pageData.get('svg/fixture-wire-2020-06-05.svg') as string;
    const places = [...svg.matchAll(/class="cm-svg-place[^"]*" data-place="([a-z-]+)"/g)].map((m) => m[1]).sort();
    expect(places).toEqual(['ain-zara', 'al-aziziya', 'gharyan', 'tarhuna', 'tripoli', 'tripoli-international-airport']);
    // Gharyan, last reported in June 2019, drawn stale (faded).
    expect(svg).toContain('<g opacity="0.4">');
  });

  it('writes nothing of the kind for content/ as published (one report date: no timeline)', () => {
    expect([...seed.pageData.keys()].filter((k) => k.startsWith(ZONES_AS_OF_DIR))).toEqual([]);
    expect((JSON.parse(seed.pageData.get('articles.json') as string) as SiteIndex).report_dates).toHaveLength(1);
  });
});
