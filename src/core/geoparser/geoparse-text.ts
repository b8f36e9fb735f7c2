import type { GeoparseWarning, Match } from '../types.ts';
import { latinKey, latinKeyText } from '../text/latin-key.ts';
import { SEPARATOR, breaksPhrase, mapEndOffset, normaliseName, normaliseText } from '../text/normalise.ts';
import type { Geoparser, NameEntry, TrieNode } from './create-geoparser.ts';
import { MIN_STEM_AFTER_PREFIX, prefixFormsFor, type PrefixForm } from './prefixes.ts';
import { ARABIC_NAME_HEADS, ARABIC_STOPWORDS, ARABIC_TRIGGER_FORMS, LATIN_TRIGGERS, LATIN_TRIGGERS_AFTER, TRIGGER_LENGTHS } from './triggers.ts';

/** What {@link geoparseText} finds in one block of text. */
export interface GeoparseResult {
  /** Names found, with the evidence they need: none, or a trigger word just before them. */
  matches: Match[];
  warnings: GeoparseWarning[];
  /**
   * Names of places that need evidence (a common word, a small generated-layer village) found
   * without a trigger word: the document decides on them (`weighEvidence`: a list of places, the
   * same name elsewhere, places nearby); those left out become warnings.
   */
  pending: Match[];
  /** Names of countries ("لبنان", "Lebanon"): not places on the map, but context for resolving others. */
  context: Match[];
}

interface Hit {
  /** Normalised index where the highlighted span starts (after conjunction and preposition). */
  spanStart: number;
  /** Normalised index just after the name. */
  end: number;
  entry: NameEntry;
  /**
   * For a Latin name matched by its key: the ids (places and countries) this spelling may stand
   * for, and those the gazetteer lists it for (the others need evidence). Null: all, listed.
   */
  allowed: ReadonlySet<string> | null;
  listed: ReadonlySet<string> | null;
}

/**
 * Finds every gazetteer name in one block of text in a single left-to-right pass over the
 * normalised text: at each token start, each possible clitic prefix is tried once and the trie
 * is walked from there; the longest name ending on a token boundary wins and the scan resumes
 * after it. Offsets in the result point into the original `text`.
 *
 * @param parser - the compiled gazetteer from `createGeoparser`
 * @param text - the block's original text
 * @param paragraph - the block's id, copied into every match and warning
 */
export function geoparseText(parser: Geoparser, text: string, paragraph: string): GeoparseResult {
  const scan = prepareScan(text);
  const { s, offsets } = scan;
  const n = s.length;
  const matches: Match[] = [];
  const warnings: GeoparseWarning[] = [];
  const pending: Match[] = [];
  const context: Match[] = [];
  let pos = 0;
  // Where the token before this one starts, for names that follow a bridge or a street word.
  let previous = -1;
  // The trigger word just before this token, if any ("حي", "town of"), for warnings and for
  // names that only count after one.
  let trigger: string | null = null;

  while (pos < n) {
    let tokenEnd = s.indexOf(' ', pos);
    if (tokenEnd < 0) tokenEnd = n;
    const hit = findLongestName(parser.root, scan, pos, tokenEnd);
    if (hit) {
      // "the airport of Tripoli" is Tripoli airport, when the gazetteer has that name.
      if (!hit.entry.arabic && trigger === null) readAirportOf(parser.root, scan, hit);
      const start = offsets[hit.spanStart] as number;
      const end = scan.endAt(hit.end);
      const feature = previous >= 0 && trigger === null ? readFeatureHead(s, previous, pos) : null;
      // A Latin spelling listed for some places names those; the others of its key only when it
      // is listed for none (then it needs evidence).
      const allowedIds = hit.allowed === null ? hit.entry.placeIds : hit.entry.placeIds.filter((id) => hit.allowed?.has(id));
      const listedIds = hit.listed === null ? allowedIds : allowedIds.filter((id) => hit.listed?.has(id));
      const ids = listedIds.length > 0 ? listedIds : allowedIds;
      // A country is context only by a listed name where there is one (Lebanese is not Libyans).
      const countries = hit.entry.countries.filter((id) => (hit.allowed === null || hit.allowed.has(id)) && (hit.listed === null || hit.listed.size === 0 || hit.listed.has(id)));
      if (feature === null && previous >= 0 && trigger === null && readsAsCommand(s, previous, pos, hit.spanStart)) {
        // "قائد المنطقة الغربية": the commander of the Western Military Region, not the region.
      } else if (ids.length === 0) {
        if (countries.length > 0) context.push({ paragraph, start, end, text: text.slice(start, end), candidates: [...countries] });
      } else if (feature !== null) {
        // "جسر الزهراء" is a bridge named after az-Zahra, not az-Zahra: report the whole name.
        const from = offsets[previous] as number;
        warnings.push({ paragraph, start: from, end, text: text.slice(from, end), reason: `names a ${feature} called after "${text.slice(start, end)}", not the place itself, and is not in the gazetteer` });
      } else {
        // English also puts the trigger after the name: "Al-Urban town".
        if (trigger === null && !hit.entry.arabic) trigger = readTriggerAfter(scan, hit.end);
        // A spelling the gazetteer does not list needs evidence like a common word: "Karbala" has
        // Garabulli's key.
        const strong = ids.filter((id) => (hit.listed === null || hit.listed.has(id)) && !hit.entry.needsEvidence.includes(id));
        const match: Match = { paragraph, start, end, text: text.slice(start, end), candidates: trigger !== null ? [...ids] : strong };
        if (trigger !== null && strong.length < ids.length) match.evidence = `after "${trigger}"`;
        if (match.candidates.length > 0) matches.push(match);
        else pending.push({ ...match, candidates: [...ids] });
      }
      trigger = null;
      previous = -1;
      pos = hit.end + 1;
      continue;
    }
    if (trigger !== null) {
      const warning = readCandidate(scan, pos, tokenEnd, trigger, paragraph);
      if (warning) warnings.push(warning);
    }
    trigger = readTrigger(scan, pos, tokenEnd);
    previous = pos;
    pos = tokenEnd + 1;
  }
  return { matches, warnings, pending, context };
}

/**
 * Words for a feature named after a place (جسر الزهراء, the Zahra bridge; شارع الزاوية, Zawiya
 * street): the name after them is not the place. Normalised, with their clitics.
 */
const FEATURE_HEADS: ReadonlyMap<string, string> = new Map(
  [['جسر', 'bridge'], ['كوبري', 'bridge'], ['شارع', 'street']].flatMap(([w, kind]) =>
    ['', 'و', 'ف', 'ب', 'ل', 'ال', 'وال', 'بال', 'لل', 'وب', 'ول', 'وبال', 'ولل'].map((c) => [normaliseName(c + (w as string)), kind as string] as [string, string]),
  ),
);

/** The kind of feature when the token at `from` (ending before `to`) is a feature word. */
function readFeatureHead(s: string, from: number, to: number): string | null {
  if (to - from > 9) return null;
  return FEATURE_HEADS.get(s.slice(from, to - 1)) ?? null;
}

/**
 * Words for a command (قائد، قيادة): "قائد المنطقة الغربية" is the commander of the Western
 * Military Region (المنطقة العسكرية الغربية), an office, not the region. Normalised, with clitics.
 */
const COMMAND_HEADS: ReadonlySet<string> = new Set(
  ['قائد', 'قيادة'].flatMap((w) => ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'].map((c) => normaliseName(c + w))),
);
const REGION_HEAD = normaliseName('المنطقة');

/** Whether the name at `nameStart`, after the token [from, to), is a military region's command. */
function readsAsCommand(s: string, from: number, to: number, nameStart: number): boolean {
  return COMMAND_HEADS.has(s.slice(from, to - 1)) && s.startsWith(REGION_HEAD, nameStart);
}

/**
 * The text a scan walks over: normalised, with Latin words replaced by their folding key
 * (`latinKeyText`); `offsets` map each code unit back to the original text's start of it.
 */
interface Scan {
  s: string;
  text: string;
  offsets: Uint32Array;
  /** Original offset just after the scan text's code units before `k`. */
  endAt: (k: number) => number;
  /** The normalised (unkeyed) text of scan span [a, b). */
  surfaceAt: (a: number, b: number) => string;
}

function prepareScan(text: string): Scan {
  const { text: norm, offsets: normOffsets } = normaliseText(text);
  const keyed = latinKeyText(norm, text, normOffsets);
  if (!keyed) return { s: norm, text, offsets: normOffsets, endAt: (k) => mapEndOffset(text, normOffsets, k), surfaceAt: (a, b) => norm.slice(a, b) };
  const offsets = new Uint32Array(keyed.text.length);
  const ends = new Uint32Array(keyed.text.length);
  for (let k = 0; k < offsets.length; k++) {
    offsets[k] = normOffsets[keyed.starts[k] as number] as number;
    ends[k] = mapEndOffset(text, normOffsets, keyed.ends[k] as number);
  }
  return { s: keyed.text, text, offsets, endAt: (k) => ends[k - 1] as number, surfaceAt: (a, b) => norm.slice(keyed.starts[a] as number, keyed.ends[b - 1] as number) };
}

function findLongestName(root: TrieNode, scan: Scan, pos: number, tokenEnd: number): Hit | null {
  const { s } = scan;
  let best: Hit | null = null;
  for (const form of prefixFormsFor(s.charCodeAt(pos))) {
    if (!startsWithAt(s, form.text, pos)) continue;
    const stemStart = pos + form.text.length;
    if (stemStart >= tokenEnd) continue;
    const hit = walk(root, scan, stemStart, form, pos);
    // The length rule is on the name, not on the token: a multi-word name whose first word is
    // short still takes clitics (وبو سليم, وبحي الأندلس).
    if (hit && form.text.length > 0 && hit.end - stemStart < MIN_STEM_AFTER_PREFIX) continue;
    // Longest name wins; on equal ends the form with fewer prefix letters (tried later) loses,
    // so a bare name beats a reading that strips letters off it.
    if (hit && (!best || hit.end > best.end || (hit.end === best.end && form.text.length === 0))) best = hit;
  }
  return best;
}

function walk(root: TrieNode, scan: Scan, stemStart: number, form: PrefixForm, pos: number): Hit | null {
  const { s, text, offsets } = scan;
  let node: TrieNode | undefined = root;
  let found: Hit | null = null;
  for (let j = stemStart; j < s.length; ) {
    node = node.next.get(s.charCodeAt(j));
    if (!node) break;
    // A name's words run across a space or a hyphen, not across a comma or a full stop ("… قصر،
    // بن غشير" is not Qasr bin Ghashir), unless the name itself is written so ("Washington, D.C.").
    if (node.breakAllowed === false && s.charCodeAt(j) === SEPARATOR && breaksPhrase(text, offsets, j)) break;
    j++;
    if (j !== s.length && s.charCodeAt(j) !== SEPARATOR) continue;
    const entry = form.article ? node.withArticle : node.plain;
    if (!entry) continue;
    // Latin names take no Arabic clitics; a short Latin key must be one of its spellings.
    if (!entry.arabic && form.text.length > 0) continue;
    let allowed: Set<string> | null = null;
    let listed: Set<string> | null = null;
    if (entry.spellings !== null) {
      // A listed spelling with an article written before it is listed too: "Al-Zawiya", "el-Zintan".
      const surface = scan.surfaceAt(pos, j);
      listed = new Set(entry.spellings.get(surface) ?? entry.spellings.get(surface.replace(LEADING_ARTICLE, '')) ?? []);
      const ids = listed;
      // A short key or an acronym stands only for the ids it is listed for; a spelling listed for
      // none must be a proper noun.
      allowed = new Set([...entry.placeIds, ...entry.countries].filter((id) => !entry.exactOnly.has(id) || ids.has(id)));
      if (allowed.size === 0 || (listed.size === 0 && !CAPITALISED_NAME.test(text.slice(offsets[pos] as number, scan.endAt(j))))) continue;
    }
    found = { spanStart: pos + form.skip, end: j, entry, allowed, listed };
  }
  return found;
}

function startsWithAt(s: string, prefix: string, pos: number): boolean {
  for (let i = 0; i < prefix.length; i++) if (s.charCodeAt(pos + i) !== prefix.charCodeAt(i)) return false;
  return true;
}

/** Strips clitics (و ف, ب ك ل, ال/لل) off an Arabic token, for trigger and stopword look-ups. */
function stripClitics(token: string): string {
  let t = token;
  if ((t.startsWith('و') || t.startsWith('ف')) && t.length > 3) t = t.slice(1);
  if (t.startsWith('لل') && t.length > 4) return t.slice(2);
  if ((t.startsWith('ب') || t.startsWith('ك') || t.startsWith('ل')) && t.length > 3) t = t.slice(1);
  if (t.startsWith('ال') && t.length > 3) t = t.slice(2);
  return t;
}

/**
 * An article at the start of a normalised Latin span: "al", "el", or an assimilated one the key
 * dropped because a hyphen joins it ("Az-Zawiya", "As-Sidra").
 */
const LEADING_ARTICLE = /^(?:al|el|as|az|ash|an|ar|at|ad|adh|ath|es|ez|er|et|ed|en) /;

/**
 * A proper noun: its first word capitalised (or a number: "4th Brigade camp"), after a lower-case
 * article ("al-Asabiaah", "as-Sidra"). Not a phrase whose later word is: "in Zuara" has the key
 * of "Ain Zara", but "in" is an English word, not the start of a name.
 */
const CAPITALISED_NAME = /^(?:(?:al|el|as|az|ash|an|ar|at|ad|adh|ath|es|ez|er|et|ed|en)(?:[-‐‑–]|\s+))?[\p{Lu}\p{N}]/u;

const AIRPORT_KEY = latinKey('airport');

/**
 * Turns a Latin name preceded by "airport of" into the name "<name> airport" when the gazetteer
 * has it: the hit then covers "airport of Tripoli" and names the airport.
 */
function readAirportOf(root: TrieNode, scan: Scan, hit: Hit): void {
  const { s } = scan;
  const ofEnd = hit.spanStart - 1;
  if (ofEnd < 2) return;
  const ofStart = s.lastIndexOf(' ', ofEnd - 1) + 1;
  if (!isOf(scan, ofStart, ofEnd) || ofStart < 2) return;
  const airportEnd = ofStart - 1;
  const airportStart = s.lastIndexOf(' ', airportEnd - 1) + 1;
  if (s.slice(airportStart, airportEnd) !== AIRPORT_KEY || scan.surfaceAt(airportStart, airportEnd) !== 'airport') return;
  let node: TrieNode | undefined = root;
  for (const ch of `${s.slice(hit.spanStart, hit.end)} ${AIRPORT_KEY}`) {
    node = node.next.get(ch.charCodeAt(0));
    if (!node) return;
  }
  if (!node.plain) return;
  hit.entry = node.plain;
  hit.spanStart = airportStart;
  hit.allowed = null;
  hit.listed = null;
}

/** The Latin trigger noun just after a name ("Al-Urban town"), or null. */
function readTriggerAfter(scan: Scan, end: number): string | null {
  const { s } = scan;
  if (end >= s.length) return null;
  let next = s.indexOf(' ', end + 1);
  if (next < 0) next = s.length;
  if (next - end - 1 > 14) return null;
  const word = scan.surfaceAt(end + 1, next);
  return LATIN_TRIGGERS_AFTER.has(word) ? word : null;
}

/** Whether the token [pos, tokenEnd) is "of" (its key is `af`). */
function isOf(scan: Scan, pos: number, tokenEnd: number): boolean {
  const { s } = scan;
  return tokenEnd - pos === 2 && s.charCodeAt(pos + 1) === 0x66 && (s.charCodeAt(pos) === 0x6f || s.charCodeAt(pos) === 0x61) && scan.surfaceAt(pos, tokenEnd) === 'of';
}

function readTrigger(scan: Scan, pos: number, tokenEnd: number): string | null {
  const { s, text, offsets } = scan;
  const length = tokenEnd - pos;
  if (isOf(scan, pos, tokenEnd)) return readLatinTrigger(scan, pos, tokenEnd);
  // Most tokens are too short or too long to be a trigger: reject them without slicing.
  if (length < TRIGGER_LENGTHS[0] || length > TRIGGER_LENGTHS[1]) return null;
  if (ARABIC_TRIGGER_FORMS.has(s.slice(pos, tokenEnd))) {
    // A trigger followed by punctuation ("في المنطقة.") introduces nothing.
    return followedByPunctuation(s, text, offsets, tokenEnd) ? null : text.slice(offsets[pos] as number, mapEndOffset(text, offsets, tokenEnd));
  }
  return null;
}

function readLatinTrigger(scan: Scan, pos: number, tokenEnd: number): string | null {
  const { s, text, offsets } = scan;
  if (pos >= 2) {
    const prevEnd = pos - 1;
    const prevStart = s.lastIndexOf(' ', prevEnd - 1) + 1;
    const prev = scan.surfaceAt(prevStart, prevEnd);
    if (LATIN_TRIGGERS.has(prev)) return text.slice(offsets[prevStart] as number, scan.endAt(tokenEnd));
  }
  return null;
}

function followedByPunctuation(s: string, text: string, offsets: Uint32Array, tokenEnd: number): boolean {
  if (tokenEnd >= s.length) return true;
  const from = mapEndOffset(text, offsets, tokenEnd);
  const to = offsets[tokenEnd + 1] as number;
  return /[.,;:!?،؛؟()«»"]/u.test(text.slice(from, to));
}

function readCandidate(
  scan: Scan,
  pos: number,
  tokenEnd: number,
  trigger: string,
  paragraph: string,
): GeoparseWarning | null {
  const { s, text, offsets } = scan;
  const token = s.slice(pos, tokenEnd);
  const latin = /^[a-z0-9]/.test(token);
  let end = tokenEnd;
  // A candidate never takes in a trigger word ("of", حي…): that word starts the next candidate,
  // and warnings would overlap (قصر حي then حي's own), or a trigger-only name after it be missed.
  if (latin) {
    // English: take the capitalised words that follow "town of".
    if (!/^\p{Lu}/u.test(text.charAt(offsets[pos] as number))) return null;
    let words = 1;
    while (words < 3 && end < s.length) {
      const nextStart = end + 1;
      let nextEnd = s.indexOf(' ', nextStart);
      if (nextEnd < 0) nextEnd = s.length;
      if (!/^\p{Lu}/u.test(text.charAt(offsets[nextStart] as number)) || followedByPunctuation(s, text, offsets, end)) break;
      if (isOf(scan, nextStart, nextEnd)) break;
      end = nextEnd;
      words++;
    }
  } else {
    const stem = stripClitics(token);
    // Not a name: a common word (with its clitics, or with a pronoun suffix: داخلها), a number,
    // or another trigger ("مدن وبلدات": the list of triggers goes on).
    const unsuffixed = stem.replace(/(?:هما|هم|ها|ه)$/, '');
    if (ARABIC_STOPWORDS.has(stem) || ARABIC_STOPWORDS.has(token) || (unsuffixed.length >= 3 && ARABIC_STOPWORDS.has(unsuffixed)) || ARABIC_TRIGGER_FORMS.has(token) || /^[0-9\u0660-\u0669]/.test(token)) return null;
    if (ARABIC_NAME_HEADS.has(token) && end < s.length && !followedByPunctuation(s, text, offsets, end)) {
      let nextEnd = s.indexOf(' ', end + 1);
      if (nextEnd < 0) nextEnd = s.length;
      if (!ARABIC_TRIGGER_FORMS.has(s.slice(end + 1, nextEnd))) end = nextEnd;
    }
    // A name goes on with words that take the article, as its adjective or its second noun
    // (الاستراحة الحمراء, سيمافرو البل): up to three words, not across punctuation, a common word,
    // a trigger, or a nisba adjective in ـية (الليبية, العسكرية), which describes rather than names.
    for (let words = end === tokenEnd ? 1 : 2; words < 3 && end < s.length && !followedByPunctuation(s, text, offsets, end); words++) {
      let nextEnd = s.indexOf(' ', end + 1);
      if (nextEnd < 0) nextEnd = s.length;
      const next = s.slice(end + 1, nextEnd);
      if (!next.startsWith('ال') || next.length < 4 || next.endsWith('يه') || ARABIC_STOPWORDS.has(next.slice(2)) || ARABIC_TRIGGER_FORMS.has(next)) break;
      end = nextEnd;
    }
  }
  const start = offsets[pos] as number;
  const origEnd = scan.endAt(end);
  return { paragraph, start, end: origEnd, text: text.slice(start, origEnd), reason: `follows "${trigger}" but is not in the gazetteer` };
}
