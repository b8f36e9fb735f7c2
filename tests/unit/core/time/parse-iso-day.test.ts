import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../../../../src/core/time/parse-iso-day.ts';

describe('parseIsoDay', () => {
  it('parseIsoDay(date) counts days since 1970-01-01 UTC', () => {
    expect(parseIsoDay('1970-01-01')).toBe(0);
    expect(parseIsoDay('1970-01-02')).toBe(1);
    expect(parseIsoDay('1969-12-31')).toBe(-1);
    expect(parseIsoDay('2019-06-26') - parseIsoDay('2019-05-10')).toBe(47);
    expect(parseIsoDay('2020-03-01') - parseIsoDay('2020-02-28')).toBe(2);
  });
  it('parseIsoDay refuses what is not a calendar date, naming the field and what it found', () => {
    for (const bad of ['2019-02-30', '2019-13-01', '2019-6-26', '26/06/2019', '2019-06-26T00:00', '', ' 2019-06-26']) {
      expect(() => parseIsoDay(bad, '--as-of')).toThrow(`--as-of: expected a calendar date YYYY-MM-DD, found ${JSON.stringify(bad)}`);
    }
    expect(() => parseIsoDay(undefined as unknown as string)).toThrow('date: expected a calendar date YYYY-MM-DD, found undefined');
  });
  it('formatIsoDay(parseIsoDay(date)) gives the date back, for every day of 2019–2020', () => {
    for (let day = parseIsoDay('2019-01-01'); day <= parseIsoDay('2020-12-31'); day++) expect(parseIsoDay(formatIsoDay(day))).toBe(day);
    expect(formatIsoDay(parseIsoDay('2020-02-29'))).toBe('2020-02-29');
  });
});
