import type { Place } from '../types.ts';
import { SEPARATOR, breaksPhrase, normaliseText } from '../text/normalise.ts';

/** A name as stored in the trie: which places it names and how it may be written. */
export interface NameEntry {
  /** Ids of the places this name stands for (several when the name is ambiguous). */
  placeIds: string[];
  /** Ids among `placeIds` that only match after a trigger word (their name is a common word). */
  triggerOnly: string[];
  /** True when the name is written in Arabic script, so clitic prefixes may attach to it. */
  arabic: boolean;
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

const ALEF = 0x0627;
const LAM = 0x0644;
const ARABIC_BLOCK = /[\u0600-\u06ff]/;
/** Leading articles of Latin transliterations ("Az Zahra", "al-Hira") that news often drops. */
const LATIN_ARTICLES = ['al ', 'el ', 'as ', 'az ', 'ash ', 'an ', 'ar ', 'at ', 'ad ', 'adh ', 'ath '];

/**
 * Compiles the gazetteer's names into a trie over normalised text. Countries are admin parents,
 * not places the map draws, so their names are left out.
 */
export function createGeoparser(places: readonly Place[]): Geoparser {
  const root = createNode();
  let nameCount = 0;
  /** `breaks`: indices in `key` of the spaces where the written name has a phrase break. */
  const add = (key: string, withArticle: boolean, arabic: boolean, place: Place, breaks: ReadonlySet<number>): void => {
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
      entry = { placeIds: [], triggerOnly: [], arabic };
      node[slot] = entry;
      nameCount++;
    }
    if (!entry.placeIds.includes(place.id)) entry.placeIds.push(place.id);
    if (place.needsTrigger && !entry.triggerOnly.includes(place.id)) entry.triggerOnly.push(place.id);
  };

  for (const place of places) {
    if (place.kind === 'country') continue;
    for (const name of [...place.ar, ...place.en]) {
      const { text: key, offsets } = normaliseText(name);
      const breaks = new Set<number>();
      for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) if (breaksPhrase(name, offsets, i)) breaks.add(i);
      /** The same breaks in `key.slice(from)`. */
      const shifted = (from: number): Set<number> => new Set([...breaks].map((i) => i - from));
      if (ARABIC_BLOCK.test(key)) {
        if (key.length > 3 && key.charCodeAt(0) === ALEF && key.charCodeAt(1) === LAM) {
          add(key.slice(2), true, true, place, shifted(2));
        } else {
          add(key, false, true, place, breaks);
        }
      } else {
        add(key, false, false, place, breaks);
        const article = LATIN_ARTICLES.find((a) => key.startsWith(a));
        if (article && key.length - article.length >= 4) add(key.slice(article.length), false, false, place, shifted(article.length));
      }
    }
  }
  return { root, nameCount };
}

function createNode(): TrieNode {
  return { next: new Map(), plain: null, withArticle: null, breakAllowed: null };
}
