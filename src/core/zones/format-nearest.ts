import type { NearestEntry } from './types.ts';

/**
 * A reader-facing sentence for a {@link NearestEntry}, with the distance rounded to a whole km
 * ("less than 1 km" below 0.5 km), e.g. "Haftar's forces: nearest reported position Ain Zara,
 * about 15 km from Martyrs' Square" or "قوات حفتر: أقرب موقع مذكور عين زارة، على بعد نحو 15 كم
 * من ميدان الشهداء". Digits are Western Arabic in both languages, as the site's Arabic text uses.
 *
 * @param entry - the party's nearest place and its distance in km
 * @param partyLabel - the party's name in `lang`
 * @param placeName - the place's name in `lang`
 * @param centreName - the centre's name in `lang`
 * @param lang - `ar` or `en`
 */
export function formatNearest(entry: NearestEntry, partyLabel: string, placeName: string, centreName: string, lang: 'ar' | 'en'): string {
  const km = Math.round(entry.distance_km);
  if (lang === 'ar') {
    const distance = km < 1 ? 'على بعد أقل من 1 كم' : `على بعد نحو ${km} كم`;
    return `${partyLabel}: أقرب موقع مذكور ${placeName}، ${distance} من ${centreName}`;
  }
  const distance = km < 1 ? 'less than 1 km' : `about ${km} km`;
  return `${partyLabel}: nearest reported position ${placeName}, ${distance} from ${centreName}`;
}
