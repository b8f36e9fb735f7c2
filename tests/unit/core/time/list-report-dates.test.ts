import { describe, expect, it } from 'vitest';
import { projectPaths, runPipeline } from '../../../../src/cli/project.ts';
import { findReportDate, listReportDates } from '../../../../src/core/time/list-report-dates.ts';
import { timelineRange } from '../../../../src/core/time/timeline-range.ts';
import type { ClaimsCollection } from '../../../../src/core/time/types.ts';
import { ROOT } from '../../helpers/project.ts';

const claimsOf = (content: string): ClaimsCollection => JSON.parse(runPipeline(projectPaths(ROOT, { content })).geojson.get('geo/claims.geojson') as string) as ClaimsCollection;
// Run once, outside the tests' time limit (each run geoparses every article).
const fixture = claimsOf('tests/fixtures/timeline/content');
const seed = claimsOf('content');

describe('listReportDates', () => {
  it('listReportDates(timeline fixture) gives every claim date, with claims, articles and the articles reported up to it', () => {
    expect(listReportDates(fixture)).toEqual([
      { date: '2019-05-10', claims: 4, articles: 1, articles_to_date: 1 },
      { date: '2019-06-26', claims: 3, articles: 2, articles_to_date: 3 },
      { date: '2019-06-28', claims: 2, articles: 1, articles_to_date: 4 },
      // The airport claim of 5 June 2020's article holds for 3 June: its date, not the article's.
      { date: '2020-06-03', claims: 1, articles: 1, articles_to_date: 5 },
      { date: '2020-06-05', claims: 2, articles: 1, articles_to_date: 5 },
    ]);
  });

  it('listReportDates(content/) gives the seed\'s one date: no timeline on the site as published', () => {
    expect(listReportDates(seed)).toEqual([{ date: '2019-05-13', claims: 10, articles: 1, articles_to_date: 1 }]);
  });

  it('findReportDate gives the latest report date on or before a date, or null before the first', () => {
    const dates = [{ date: '2019-05-10' }, { date: '2019-06-26' }, { date: '2020-06-05' }];
    expect(findReportDate(dates, '2019-05-09')).toBeNull();
    expect(findReportDate(dates, '2019-05-10')).toEqual({ date: '2019-05-10' });
    expect(findReportDate(dates, '2019-12-31')).toEqual({ date: '2019-06-26' });
    expect(findReportDate(dates, '2021-01-01')).toEqual({ date: '2020-06-05' });
    expect(findReportDate([], '2021-01-01')).toBeNull();
  });
});

describe('timelineRange', () => {
  it('timelineRange runs from the first report date to the later of the last report date and the newest article, and clamps dates into it', () => {
    const range = timelineRange([{ date: '2019-05-10' }, { date: '2020-06-03' }], ['2019-05-10', '2020-06-05']);
    expect([range.first, range.last]).toEqual(['2019-05-10', '2020-06-05']);
    expect(range.lastDay - range.firstDay).toBe(392);
    expect(range.clamp('2018-01-01')).toBe('2019-05-10');
    expect(range.clamp('2019-06-26')).toBe('2019-06-26');
    expect(range.clamp('2030-01-01')).toBe('2020-06-05');
  });
});
