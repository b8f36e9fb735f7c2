import { describe, expect, it } from 'vitest';
import { formatNearest } from '../../../../src/core/zones/index.ts';

describe('formatNearest', () => {
  const entry = { party: 'lna', place_id: 'ain-zara', distance_km: 14.9 };

  it('formatNearest(entry, …, "en") says the nearest position and the distance in whole km', () => {
    expect(formatNearest(entry, "Haftar's forces", 'Ain Zara', "Martyrs' Square", 'en')).toBe("Haftar's forces: nearest reported position Ain Zara, about 15 km from Martyrs' Square");
  });

  it('formatNearest(entry, …, "ar") says it in Arabic', () => {
    expect(formatNearest(entry, 'قوات حفتر', 'عين زارة', 'ميدان الشهداء', 'ar')).toBe('قوات حفتر: أقرب موقع مذكور عين زارة، على بعد نحو 15 كم من ميدان الشهداء');
  });

  it('says "less than 1 km" rather than "about 0 km"', () => {
    const atCentre = { party: 'gna', place_id: 'tripoli', distance_km: 0.3 };
    expect(formatNearest(atCentre, 'GNA', 'Tripoli', "Martyrs' Square", 'en')).toBe("GNA: nearest reported position Tripoli, less than 1 km from Martyrs' Square");
    expect(formatNearest(atCentre, 'الوفاق', 'طرابلس', 'ميدان الشهداء', 'ar')).toBe('الوفاق: أقرب موقع مذكور طرابلس، على بعد أقل من 1 كم من ميدان الشهداء');
  });
});
