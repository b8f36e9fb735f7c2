import { describe, expect, it } from 'vitest';
import { projectPaths, runPipeline } from '../../../src/cli/project.ts';
import { SiteIndexError, checkSiteIndex } from '../../../src/core/site-index.ts';
import { ROOT } from '../helpers/project.ts';

const built = JSON.parse(runPipeline(projectPaths(ROOT)).pageData.get('articles.json') ?? 'null') as unknown;

describe('checkSiteIndex', () => {
  it('checkSiteIndex(the built data/articles.json) gives the index, with the map centre from content/site.yaml', () => {
    const index = checkSiteIndex(built, 'data/articles.json');
    expect(index.default_article).toBe('haftar-macron-2019-05-13');
    expect(index.centre).toEqual({ place: 'tripoli', coordinates: [13.18111, 32.895], name: { ar: 'ميدان الشهداء', en: "Martyrs' Square" }, label: { ar: 'وسط طرابلس (ميدان الشهداء)', en: "Central Tripoli (Martyrs' Square)" } });
    expect(index.articles.map((a) => a.id)).toEqual(['haftar-macron-2019-05-13']);
    // One report date: the site as published has no timeline.
    expect(index.report_dates).toEqual([{ date: '2019-05-13', claims: 10, articles: 1, articles_to_date: 1 }]);
  });
  it('checkSiteIndex reads an index without report dates (written before the timeline) as having none, and refuses malformed ones', () => {
    const old: Record<string, unknown> = { ...(built as Record<string, unknown>) };
    delete old.report_dates;
    expect(checkSiteIndex(old, 'x.json').report_dates).toEqual([]);
    expect(() => checkSiteIndex({ ...old, report_dates: [{ date: '13 May 2019', claims: 1, articles: 1, articles_to_date: 1 }] }, 'x.json')).toThrow('x.json: not a site index: report_dates should be a list of dates with claims, articles and articles_to_date');
    expect(() => checkSiteIndex({ ...old, report_dates: 'none' }, 'x.json')).toThrow(/report_dates/);
  });
  it('checkSiteIndex(bad) names the source and the first field that is wrong', () => {
    const good = built as Record<string, unknown>;
    expect(() => checkSiteIndex(null, 'x.json')).toThrow(new SiteIndexError('x.json', 'not a site index: the file should be an object'));
    expect(() => checkSiteIndex({ ...good, default_article: 3 }, 'x.json')).toThrow('x.json: not a site index: default_article should be an article id');
    expect(() => checkSiteIndex({ ...good, articles: [{ id: 'a' }] }, 'x.json')).toThrow('x.json: not a site index: articles[0] should be an article with id, date, language, titles and outlet');
    expect(() => checkSiteIndex({ ...good, centre: { place: 'tripoli', coordinates: [13, 'x'] } }, 'x.json')).toThrow(/centre should be a place with coordinates/);
  });
});
