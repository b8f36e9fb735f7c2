import { normaliseName } from '../../src/core/text/normalise.ts';
import type { Place } from '../../src/core/types.ts';
import type { Random } from './random.ts';

/** What {@link createSyntheticPlaces} needs. */
export interface SyntheticPlacesOptions {
  /** How many places (one name each) to make. */
  count: number;
  random: Random;
  /**
   * Normalised words and names the synthetic names must not equal: the real gazetteer's names and
   * the filler text's words, so a synthetic name never matches filler by accident.
   */
  avoid: ReadonlySet<string>;
  /** Admin parent written into every place. @defaultValue null */
  admin?: string | null;
}

// Letters repeated roughly by their frequency in Arabic text, so the words look plausible.
const LETTERS = [...'اااااللللليييييمممموووونننررررتتتببببعععهههددسسسققففككححججششصصططززخغضذثظ'];
// Generic heads of Libyan place names ("the valley of …", "the well of …"). Trigger words such as
// حي or قرية are left out: they change what the geoparser does next, which is not what we time.
const HEADS = ['وادي', 'بئر', 'سوق', 'عين', 'قصر', 'جبل', 'سيدي', 'رأس', 'زاوية', 'بني', 'أبو', 'نجع', 'سانية', 'خربة', 'مشروع', 'سبخة', 'حاسي', 'قارة'];

/**
 * Makes plausible Arabic place names that do not exist: `وادي X`, `بئر الX`, `الX` and bare `X`,
 * where X is a random 3–7-letter word. Each becomes a village at a random point inside Libya, with
 * id `synthetic-N`, so that together with the real gazetteer they have the size of a whole
 * country's gazetteer.
 */
export function createSyntheticPlaces(options: SyntheticPlacesOptions): Place[] {
  const { count, random, avoid } = options;
  const seen = new Set<string>();
  const places: Place[] = [];
  while (places.length < count) {
    const name = createName(random);
    const key = normaliseName(name);
    if (seen.has(key) || avoid.has(key)) continue;
    seen.add(key);
    places.push({
      id: `synthetic-${places.length + 1}`,
      ar: [name],
      en: [],
      // Inland Libya, away from the borders, so any point lies inside the country.
      lon: round(random.int(12_000, 24_000) / 1000),
      lat: round(random.int(24_000, 31_000) / 1000),
      kind: 'village',
      admin: options.admin ?? null,
      precisionKm: 1,
      precisionCode: 1,
      source: 'geonames:0',
    });
  }
  return places;
}

function createName(random: Random): string {
  const r = random.next();
  const word = createWord(random);
  if (r < 0.35) return `${random.pick(HEADS)} ${word}`;
  if (r < 0.5) return `${random.pick(HEADS)} ال${word}`;
  if (r < 0.7) return `ال${word}`;
  return word;
}

function createWord(random: Random): string {
  for (;;) {
    const length = random.int(3, 7);
    let w = '';
    for (let i = 0; i < length; i++) w += random.pick(LETTERS);
    // An initial ال or لل would read as the article; ة only ends a word.
    if (w.startsWith('ال') || w.startsWith('لل')) continue;
    return random.chance(0.2) ? `${w}ة` : w;
  }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
