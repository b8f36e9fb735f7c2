import type { Place } from '../types.ts';
import { countKeyConsonants, latinKeyText } from '../text/latin-key.ts';
import { SEPARATOR, breaksPhrase, normaliseName, normaliseText } from '../text/normalise.ts';
import { distanceKm } from '../geo/distance-km.ts';
import { ARABIC_TRIGGERS, LATIN_TRIGGERS, LATIN_TRIGGERS_AFTER } from './triggers.ts';

/** A name as stored in the trie: which places it names and how it may be written. */
export interface NameEntry {
  /** Ids of the places this name stands for (several when the name is ambiguous). */
  placeIds: string[];
  /**
   * Ids among `placeIds` whose name needs evidence that it names the place here: a trigger word
   * before it (منطقة، مدينة، "town of"…), or, in the document, a list of places it belongs to,
   * the same name confirmed elsewhere, or places nearby (see `weighEvidence`). A curated name marked
   * `needs_trigger` (a common word), or a generated-layer village, or a generated-layer name that
   * looks like a common word (one Arabic word with the article; one short Latin word).
   */
  needsEvidence: string[];
  /**
   * Countries with this name. A country is never a place the map draws, but naming one is context:
   * "Tripoli, Lebanon" is the Lebanese Tripoli.
   */
  countries: string[];
  /** True when the name is written in Arabic script, so clitic prefixes may attach to it. */
  arabic: boolean;
  /**
   * For Latin names: each normalised spelling listed in the gazetteer, with the ids (places and
   * countries) it is listed for. Text that matches the key with another spelling must be
   * capitalised (a proper noun: "quickly" is not Kikla) and needs evidence. `null` for Arabic.
   */
  spellings: Map<string, string[]> | null;
  /**
   * Ids whose Latin key is too short to trust (fewer than {@link MIN_KEY_CONSONANTS} consonants:
   * Hun, Badr, Jadu) or whose name is an acronym (HLLT): they match only a listed spelling.
   */
  exactOnly: Set<string>;
}

/** A trie node over normalised code units. */
export interface TrieNode {
  next: Map<number, TrieNode>;
  /** The name ending here written without the Arabic article ال (e.g. طرابلس, عين زاره). */
  plain: NameEntry | null;
  /** The name ending here whose display form carries the article (الزهراء is stored as زهراء). */
  withArticle: NameEntry | null;
  /**
   * For the node of a space between two words: whether some name through it is written with
   * phrase-ending punctuation there ("Washington, D.C."), so text may have it too. Other nodes:
   * `null`.
   */
  breakAllowed: boolean | null;
}

/** A compiled gazetteer, ready to scan text in one pass. */
export interface Geoparser {
  root: TrieNode;
  /** Number of distinct normalised names in the trie. */
  nameCount: number;
}

/**
 * Latin names whose key has fewer consonants than this match only as listed (normalised), not by
 * their key: a key of two consonants (Hun → `hn`) is shared by many English words (hen, hone).
 * Measured on English text with no Libyan place (bench:places, "Latin key").
 */
export const MIN_KEY_CONSONANTS = 3;

/** A generated-layer place this close (km) to a curated place of the same name is that place. */
export const SAME_PLACE_KM = 15;

/** Population from which a generated-layer place is a known town whose name needs no evidence. */
export const STRONG_POPULATION = 10_000;

/**
 * Whether a name of a place needs evidence in the text before it counts as that place (the prior):
 * a curated entry needs it only when marked `needs_trigger`; a generated (OpenStreetMap) entry
 * needs it when it is a village or hamlet of fewer than {@link STRONG_POPULATION} people, or when the
 * name has the shape of a common word: one Arabic word with the article (الرملة "the sand",
 * البيضاء "the white"), or one Latin word of at most 4 letters once its article is dropped.
 *
 * @param key - the name, normalised
 */
export function needsEvidence(place: Place, key: string): boolean {
  if (place.needsTrigger && !namesItsKind(key)) return true;
  if (place.layer !== 'osm') return false;
  if (commonWordShape(key)) return true;
  const known = place.kind === 'city' || place.kind === 'town' || (place.population ?? 0) >= STRONG_POPULATION;
  return !known;
}

/**
 * Whether a name of several words carries its own trigger word: معسكر اليرموك, "Yarmouk camp",
 * "Khalla axis". A place marked `needs_trigger` for its bare name (اليرموك, the battle; الخلة, "the
 * gap") is found by these forms without another trigger before them.
 *
 * @param key - the name, normalised
 */
export function namesItsKind(key: string): boolean {
  const words = key.split(' ');
  return words.length > 1 && words.some((w) => ARABIC_TRIGGERS.has(w) || LATIN_TRIGGERS.has(w) || LATIN_TRIGGERS_AFTER.has(w) || LATIN_KIND_WORDS.has(w));
}

/**
 * English words for a kind of place that are no trigger word on their own ("camp": Syria's
 * Yarmouk camp) but make a listed name self-explanatory ("Yarmouk military camp").
 */
const LATIN_KIND_WORDS: ReadonlySet<string> = new Set(['camp', 'airport', 'airfield']);

/** One Arabic word with the article, or one Latin word of at most 4 letters (article dropped). */
export function commonWordShape(key: string): boolean {
  if (ARABIC_BLOCK.test(key)) return !key.includes(' ') && key.startsWith('ال');
  const words = key.split(' ');
  const rest = LATIN_ARTICLES.includes(`${words[0]} `) ? words.slice(1) : words;
  return rest.length === 1 && (rest[0] as string).length <= 4;
}

const ALEF = 0x0627;
const LAM = 0x0644;
const ARABIC_BLOCK = /[\u0600-\u06ff]/;
/** Leading articles of Latin transliterations ("Az Zahra", "al-Hira") that news often drops. */
const LATIN_ARTICLES = ['al ', 'el ', 'as ', 'az ', 'ash ', 'an ', 'ar ', 'at ', 'ad ', 'adh ', 'ath '];

/**
 * Compiles the gazetteer's names into a trie over normalised text. Countries are admin parents,
 * not places the map draws: their names are kept apart, as context for the resolver.
 */
export function createGeoparser(places: readonly Place[]): Geoparser {
  const root = createNode();
  let nameCount = 0;
  /** `breaks`: indices in `key` of the spaces where the written name has a phrase break. */
  const add = (key: string, withArticle: boolean, arabic: boolean, place: Place, breaks: ReadonlySet<number>, weak: boolean, exact = false, spellings: readonly string[] | null = null): void => {
    if (key.length === 0) return;
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = createNode();
        node.next.set(c, child);
      }
      node = child;
      if (c === SEPARATOR) node.breakAllowed = node.breakAllowed === true || breaks.has(i);
    }
    const slot = withArticle ? 'withArticle' : 'plain';
    let entry = node[slot];
    if (!entry) {
      entry = { placeIds: [], needsEvidence: [], countries: [], arabic, spellings: arabic ? null : new Map(), exactOnly: new Set() };
      node[slot] = entry;
      nameCount++;
    }
    if (exact) entry.exactOnly.add(place.id);
    if (spellings && entry.spellings) {
      for (const e of spellings) {
        const ids = entry.spellings.get(e) ?? [];
        if (!ids.includes(place.id)) ids.push(place.id);
        entry.spellings.set(e, ids);
      }
    }
    const list = place.kind === 'country' ? entry.countries : entry.placeIds;
    if (!list.includes(place.id)) list.push(place.id);
    if (weak && !entry.needsEvidence.includes(place.id)) entry.needsEvidence.push(place.id);
  };

  // A generated-layer place that shares a name with a curated place within SAME_PLACE_KM is that
  // place recorded twice (the town's OSM node and the curated point): the curated entry, checked by
  // hand with its needs_trigger, stands for it, and the duplicate's name is left out.
  const curatedByName = new Map<string, Place[]>();
  for (const place of places) {
    if (place.layer === 'osm' || place.kind === 'country') continue;
    for (const name of [...place.ar, ...place.en]) {
      const key = normaliseName(name);
      curatedByName.set(key, [...(curatedByName.get(key) ?? []), place]);
    }
  }
  const duplicates = (place: Place, key: string): boolean =>
    place.layer === 'osm' && (curatedByName.get(key) ?? []).some((c) => distanceKm([c.lon, c.lat], [place.lon, place.lat]) <= SAME_PLACE_KM);

  for (const place of places) {
    for (const name of [...place.ar, ...place.en]) {
      if (duplicates(place, normaliseName(name))) continue;
      const { text: key, offsets } = normaliseText(name);
      const breaks = new Set<number>();
      for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) if (breaksPhrase(name, offsets, i)) breaks.add(i);
      /** The same breaks in `key.slice(from)`. */
      const shifted = (from: number): Set<number> => new Set([...breaks].map((i) => i - from));
      const weak = needsEvidence(place, key);
      if (ARABIC_BLOCK.test(key)) {
        if (key.length > 3 && key.charCodeAt(0) === ALEF && key.charCodeAt(1) === LAM) {
          add(key.slice(2), true, true, place, shifted(2), weak);
        } else {
          add(key, false, true, place, breaks, weak);
        }
      } else {
        // Latin: the trie holds the name's folding key (src/core/text/latin-key.ts), so spellings
        // nobody listed match; a short key holds the listed spellings too, which text must match.
        const keyed = latinKeyText(key, name, offsets);
        const folded = keyed ? keyed.text : key;
        const kBreaks = new Set<number>();
        if (keyed) {
          const toName = keyed.starts.map((i) => offsets[i] as number);
          for (let i = folded.indexOf(' '); i >= 0; i = folded.indexOf(' ', i + 1)) if (breaksPhrase(name, toName, i)) kBreaks.add(i);
        }
        // A name written with a spaced article ("An Nasiriyah") is keyed without it: as a key,
        // "an" is also "in" and "on".
        const article = LATIN_ARTICLES.find((a) => key.startsWith(a) && a !== 'al ' && a !== 'el ');
        // Listed spellings, as the scan sees them: whole, without a leading article, and as the key's
        // span reads when the key drops an article written apart (es Sider → "sider").
        const spellings = [
          key,
          ...(LATIN_ARTICLES.some((a) => key.startsWith(a)) ? [key.slice(key.indexOf(' ') + 1)] : []),
          ...(keyed ? [key.replace(/^(?:al|el) /, ''), key.slice(keyed.starts[0] as number, keyed.ends[keyed.ends.length - 1] as number)] : []),
        ];
        // An acronym (an ICAO code: HLLT) is no transliteration: only its own spelling.
        const acronym = /^[A-Z0-9]{2,6}$/.test(name.trim());
        const exact = acronym || countKeyConsonants(folded) < MIN_KEY_CONSONANTS;
        // The key may have dropped the article itself (hyphenated, or assimilated: As Sawani).
        const kept = article !== undefined && folded.split(' ').length === key.split(' ').length;
        if (kept) {
          const cut = folded.indexOf(' ') + 1;
          if (key.length - (article as string).length >= 4 && cut > 0) add(folded.slice(cut), false, false, place, new Set([...kBreaks].map((i) => i - cut)), weak, exact, spellings);
        } else {
          add(folded, false, false, place, kBreaks, weak, exact, spellings);
        }
      }
    }
  }
  return { root, nameCount };
}

function createNode(): TrieNode {
  return { next: new Map(), plain: null, withArticle: null, breakAllowed: null };
}
