import type { Lang, Place } from '../types.ts';

/**
 * A place's display name in a language: its first name in that language, or, for an imported
 * place whose source has no name in that script, its first name in the other one.
 */
export function placeName(place: Pick<Place, 'ar' | 'en'>, lang: Lang): string {
  const [first, other] = lang === 'ar' ? [place.ar, place.en] : [place.en, place.ar];
  return (first[0] ?? other[0]) as string;
}
