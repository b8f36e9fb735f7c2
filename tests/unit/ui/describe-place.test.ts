import { describe, expect, it } from 'vitest';
import type { PlaceProperties } from '../../../src/core/geojson/build-places-collection.ts';
import type { Party } from '../../../src/core/types.ts';
import { describeBaseStatus, describeStatus } from '../../../src/ui/describe-place.ts';
import { arabicCount, formatMonth } from '../../../src/ui/strings.ts';

const PARTIES: Party[] = [
  { id: 'lna', name: { ar: 'قوات حفتر', en: "Haftar's forces" }, label: { ar: 'قوات حفتر', en: 'LNA' } },
  { id: 'gna', name: { ar: 'حكومة الوفاق', en: 'GNA' }, label: { ar: 'الوفاق', en: 'GNA' } },
];
const place = (p: Partial<PlaceProperties>): PlaceProperties => ({ status: 'control', party: 'lna', parties: [], extent: 'all', ...p }) as PlaceProperties;

describe('describeStatus for the timeline\'s statuses', () => {
  it('describeStatus says disputed between sources in words, not contested, Arabic first', () => {
    const disputed = place({ status: 'disputed', party: null, parties: ['lna', 'gna'], extent: null });
    expect(describeStatus(disputed, PARTIES, 'ar')).toBe('روايات المصادر متعارضة بشأنه: قوات حفتر والوفاق');
    expect(describeStatus(disputed, PARTIES, 'en')).toBe('Disputed between sources: LNA, GNA');
    expect(describeStatus(place({ status: 'contested', party: null, parties: ['lna', 'gna'] }), PARTIES, 'en')).toBe('Contested by LNA, GNA');
  });
  it('describeStatus adds a stale place\'s age; describeBaseStatus leaves it out (the legend\'s rows)', () => {
    const stale = place({ party: 'gna', stale: true, days_since: 343 });
    expect(describeStatus(stale, PARTIES, 'en')).toBe('Held by GNA, last reported 343 days earlier');
    expect(describeStatus(stale, PARTIES, 'ar')).toBe('تحت سيطرة الوفاق، آخر ذكر قبل 343 يوماً');
    expect(describeStatus(place({ stale: true, days_since: 1 }), PARTIES, 'en')).toBe('Held by LNA, last reported 1 day earlier');
    expect(describeBaseStatus(stale, PARTIES, 'en')).toBe('Held by GNA');
    expect(describeStatus(place({ stale: false, days_since: 3 }), PARTIES, 'en')).toBe('Held by LNA');
  });
  it('describeStatus tells a place nothing reports yet on the date shown from one the article names without a claim', () => {
    expect(describeStatus(place({ status: 'none', party: null, extent: null, days_since: null }), PARTIES, 'en')).toBe('Named by the article; no control reported up to this date');
    expect(describeStatus(place({ status: 'none', party: null, extent: null }), PARTIES, 'en')).toBe('Named by the article without a control status');
  });
});

describe('arabicCount and formatMonth', () => {
  it('arabicCount uses the singular, the dual, the plural for 3–10 and the singular accusative from 11', () => {
    const forms = ['مقال واحد', 'مقالين', 'مقالات', 'مقالاً'] as const;
    expect([1, 2, 3, 10, 11, 100, 103, 111].map((n) => arabicCount(n, forms))).toEqual(['مقال واحد', 'مقالين', '3 مقالات', '10 مقالات', '11 مقالاً', '100 مقالاً', '103 مقالات', '111 مقالاً']);
  });
  it('formatMonth writes the month of a date for the timeline\'s axis', () => {
    expect(formatMonth('2019-06-26', 'ar')).toBe('يونيو 2019');
    expect(formatMonth('2019-06-26', 'en')).toBe('Jun 2019');
  });
});
