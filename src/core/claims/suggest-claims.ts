import { normaliseName } from '../text/normalise.ts';
import type { Extent } from '../types.ts';
import type { ClaimChange, ControlCue } from './claim-vocabulary.ts';
import type { ClaimReader, PartyWord } from './compile-claim-reader.ts';
import { hasWord, matchPhrasesAt, readStems, type PhraseMatch } from './phrase-index.ts';
import { gapBefore, tokenizeText, type TextToken } from './tokenize-text.ts';
import type { ClaimSuggestions, PlaceMention, RejectedClaim, SuggestedClaim } from './types.ts';

/** Inputs of {@link suggestClaims}. */
export interface SuggestClaimsInput {
  /** The text's blocks (paragraphs), in reading order, as published. */
  blocks: ReadonlyArray<{ id: string; text: string }>;
  /** Place mentions resolved to gazetteer ids (geoparser then resolver), offsets into their block. */
  mentions: readonly PlaceMention[];
  /** Vocabulary and parties, compiled by `compileClaimReader`. */
  reader: ClaimReader;
  /** Places that are never a claim's place (countries, the region as a whole). */
  skipPlaces?: ReadonlySet<string>;
  /**
   * The gazetteer kind of each place (`city`, `military-base`…), so that "the town", "القاعدة"
   * refer back only to a place of a fitting kind. Without it, to the place last named.
   */
  placeKinds?: ReadonlyMap<string, string>;
  /** A town's own airport (`readPlaceContext`): what "Tripoli's airport", "مطارها" (its airport) name. */
  airports?: ReadonlyMap<string, string>;
}

/** A place mention as a run of words. */
interface PlaceSpan {
  place: string;
  start: number;
  end: number;
  mention: PlaceMention;
  /** The word carries و or ف before the name (والزهراء): the name continues a list. */
  linked: boolean;
  /** Part of a party's name (قوة حماية غريان), or a place that is never a claim's place. */
  skip: boolean;
  /** Words that refer back to a place named before ("the town", "المدينة"), as the reviewer reads them. */
  anaphor?: string;
}

/** A party phrase as a run of words, and the party it stands for once resolved. */
interface PartySpan {
  start: number;
  end: number;
  word: PartyWord;
  /** Clitics on its first word (لقوات حفتر: ل). */
  prefix: string;
  /** For a shared alias: the party its context gives, or null. */
  shared?: string | null;
  /** A force named without a party ("الميليشيات"), read as the party the text names with that word. */
  generic?: boolean;
}

/** Who says what, in one sentence. */
interface Attribution {
  verbStart: number;
  verbEnd: number;
  /** Words naming the speaker, [start, end), or null when the text names none there. */
  speaker: [number, number] | null;
  party: string | null;
}

/** One block, read once. */
interface Block {
  id: string;
  text: string;
  tokens: TextToken[];
  places: PlaceSpan[];
  placeAt: Map<number, PlaceSpan>;
  placeEndingAt: Map<number, PlaceSpan>;
  inPlace: Int8Array;
  parties: PartySpan[];
  partyAt: Map<number, PartySpan>;
  partyEndingAt: Map<number, PartySpan>;
  inParty: Int8Array;
  sentenceStart: Int32Array;
  sentenceEnd: Int32Array;
  clauseStart: Int32Array;
  clauseEnd: Int32Array;
  attributions: Attribution[];
}

/** Where a suggestion was read, for what the text says elsewhere about the same place. */
interface SuggestionSite {
  block: string;
  sentence: number;
  /** The party that withdrew, for a withdrawal. */
  leaver?: string;
}

/** What the reader remembers from one statement to the next. */
interface Memory {
  /** The party that last did something (took, held, left…): what "قواته" and "it" refer to. */
  lastActor: string | null;
  /** The last actor in the current paragraph: the subject carried over to a subjectless clause. */
  paragraphActor: string | null;
  /** The party of the last speaker named: what "قواتنا" and "our forces" refer to. */
  lastSpeakerParty: string | null;
  /** The party last named in the blocks read so far. */
  lastNamed: string | null;
  /** The places of the paragraph's last statement: what "عليها", "منها" (it) refer to. */
  paragraphPlaces: PlaceSpan[];
}

/** A party as read for a statement, and how. */
interface PartyReading {
  party: string;
  how: string;
  factor: number;
  /** The party's words, when they are in the statement's clause. */
  span?: [number, number];
  /** Not named with the statement: the speaker's party or the subject carried over. */
  fallback?: boolean;
}

const SENTENCE_END = /[.!?؟;؛\n]/;
const COMMA = /[,،]/;
const QUOTE = /["“”«»]/;
const ABBREVIATIONS = new Set(['col', 'gen', 'maj', 'brig', 'lt', 'mr', 'dr', 'st', 'no', 'a', 'm', 'p', 'u', 's']);
/** Arabic relative pronouns: "التي سيطر عليها" refers to the noun before them. */
const RELATIVES: ReadonlySet<string> = new Set(['التي', 'الذي', 'اللتين', 'اللتان', 'اللذين', 'اللذان', 'اللواتي', 'الذين'].map(normaliseName));
/** English auxiliaries between a subject and its verb ("which the LNA had seized"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'been', 'later', 'then', 'briefly', 'once', 'only', 'recently', 'eventually', 'finally']);
/** Words between a cue and its place, at most. */
const FORWARD_REACH = 14;
const BACKWARD_REACH = 16;

/**
 * Suggests control claims from a text: finds the statements of who holds, took, retook,
 * entered, left, expelled or advances on the places the geoparser found, in Arabic and English,
 * and says for each which party holds the place, how much of it, what changed, who says so, and
 * the exact words. Statements that are negated, attempts, purposes, conditions or denials are
 * returned apart, as rejected. Pure and deterministic; runs in Node and in a Web Worker.
 *
 * How a statement is read (the vocabulary is data, see `claim-vocabulary.ts`):
 * 1. Each block is cut into words (offsets kept), sentences (. ! ? ؟ ; ؛ line breaks) and
 *    clauses (بينما، فيما، في حين، كما أن، while, whereas…); place mentions and party phrases
 *    (aliases, pronouns) are located among the words.
 * 2. Each cue (a control verb or phrase) looks for its place: after it, through prepositions,
 *    place nouns and extent words ("على أحياء قصر بن غشير ونصف وادي الربيع"), continuing through
 *    lists; or before it, through relative pronouns ("غريان، التي كانت تعتبر أهم القواعد").
 *    A place after a direction word ("جنوبي طرابلس", "south of") is a reference, not the place.
 * 3. The party is the cue's actor (a pronoun suffix, the party between the verb and the place,
 *    the nearest party before it in the clause, the speaker, or the subject carried over from
 *    the previous clause), or the party named with the cue ("تحت سيطرة قوات الوفاق").
 *    Pronouns go to the party last acting or to the speaker; names both sides use ("الجيش
 *    الليبي") to the party their context names.
 * 4. Expelling gives the place to the one who expelled; withdrawing gives it to the other party.
 */
export function suggestClaims(input: SuggestClaimsInput): ClaimSuggestions {
  const { reader } = input;
  const skip = input.skipPlaces ?? new Set<string>();
  const blocks = input.blocks.map((b) => readBlock(b.id, b.text, input.mentions.filter((m) => m.paragraph === b.id), reader, skip, input.placeKinds, input.airports));
  resolveSharedAliases(blocks, reader);
  resolveGenericForces(blocks, reader);
  const memory: Memory = { lastActor: null, paragraphActor: null, lastSpeakerParty: null, lastNamed: null, paragraphPlaces: [] };
  const suggestions: SuggestedClaim[] = [];
  const rejected: RejectedClaim[] = [];
  const sites = new Map<SuggestedClaim, SuggestionSite>();
  for (const block of blocks) {
    memory.paragraphActor = null;
    memory.paragraphPlaces = [];
    findAttributions(block, reader, memory);
    readStatements(block, reader, memory, suggestions, rejected, sites);
    const named = block.parties.filter((p) => p.word.kind === 'alias').at(-1);
    if (named?.word.kind === 'alias') memory.lastNamed = named.word.party;
  }
  return { suggestions: dedupe(reassignWithdrawals(suggestions, sites)), rejected };
}

/**
 * A place a party withdrew from is held afterwards by whoever the text says took, entered or holds
 * it (README: `withdrawn` with party X means the rival withdrew and X holds it); a withdrawal no
 * one took stays the leaver's, weak. The leaver's positions read in the sentence that says it left
 * ("LNA forces stationed at Watiya left the base") are where it was, not where it is.
 */
function reassignWithdrawals(suggestions: readonly SuggestedClaim[], sites: ReadonlyMap<SuggestedClaim, SuggestionSite>): SuggestedClaim[] {
  const TAKING: ReadonlySet<string> = new Set(['taken', 'retaken', 'entered', 'expelled', 'held']);
  const left = suggestions.filter((s) => sites.get(s)?.leaver !== undefined);
  const result: SuggestedClaim[] = [];
  for (const s of suggestions) {
    const site = sites.get(s);
    if (site?.leaver !== undefined) {
      const taker = suggestions.find((t) => t.place === s.place && t.party !== undefined && t.party !== site.leaver && TAKING.has(t.change) && sites.get(t)?.leaver === undefined);
      if (taker?.party) {
        result.push({ ...s, party: taker.party, why: [...s.why, `the text says ${taker.party} holds it (rule ${taker.rule}: "${taker.evidence.quote}"), so ${taker.party} holds it after ${site.leaver} left`] });
        continue;
      }
      result.push(s);
      continue;
    }
    // A position of the party that the same sentence says left the place.
    const leaving = s.change === 'held' && s.party !== undefined && site !== undefined
      && left.some((w) => w.place === s.place && sites.get(w)?.leaver === s.party && sites.get(w)?.block === site.block && sites.get(w)?.sentence === site.sentence);
    if (!leaving) result.push(s);
  }
  return result;
}



// ── Reading a block ─────────────────────────────────────────────────────────────────────────

function readBlock(id: string, text: string, mentions: readonly PlaceMention[], reader: ClaimReader, skip: ReadonlySet<string>, placeKinds?: ReadonlyMap<string, string>, airports?: ReadonlyMap<string, string>): Block {
  const tokens = tokenizeText(text);
  const n = tokens.length;
  const block: Block = {
    id, text, tokens,
    places: [], placeAt: new Map(), placeEndingAt: new Map(), inPlace: new Int8Array(n),
    parties: [], partyAt: new Map(), partyEndingAt: new Map(), inParty: new Int8Array(n),
    sentenceStart: new Int32Array(n), sentenceEnd: new Int32Array(n), clauseStart: new Int32Array(n), clauseEnd: new Int32Array(n),
    attributions: [],
  };
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    let start = tokens.findIndex((t) => t.end > mention.start);
    let end = -1;
    for (let i = n - 1; i >= 0; i--) {
      if ((tokens[i] as TextToken).start < mention.end) {
        end = i + 1;
        break;
      }
    }
    if (start < 0 || end <= start) continue;
    if (block.inPlace[start] === 1) start = end; // overlapping mentions: keep the first
    if (end <= start) continue;
    const lead = text.slice((tokens[start] as TextToken).start, mention.start);
    // "بالمدينة", "the city": a place noun of the vocabulary that some gazetteer entry is also
    // called by refers back to a place named before; it is never a claim's place itself.
    const placeNoun = end - start === 1 && readStems((tokens[start] as TextToken).norm).some(({ stem }) => reader.fillers.has(stem.replace(/^ال/, '')));
    // One that refers back ("المدينة", "القاعدة") is read as the place it refers to, below.
    if (placeNoun && matchPhrasesAt(reader.placeNouns, tokens, start).some((m) => m.end === end)) continue;
    // "غرفة عمليات طرابلس", "the Zintan brigade": the place names a unit or a body.
    const unit = hasWord(reader.unitWords.ar, tokens[start - 1]) || reader.unitWords.en.has(tokens[end]?.norm ?? '');
    const span: PlaceSpan = { place: mention.place, start, end, mention, linked: /[وف]/.test(lead), skip: skip.has(mention.place) || placeNoun || unit };
    block.places.push(span);
    block.placeAt.set(start, span);
    block.placeEndingAt.set(end, span);
    for (let i = start; i < end; i++) block.inPlace[i] = 1;
  }
  // Party phrases: aliases beat the place names inside them ("قوة حماية غريان", "Tripoli government"),
  // a party's own name beats a shared name overlapping it ("قوات الجيش الوطني": the LNA), and
  // both beat pronouns; then the longer phrase, then the earlier.
  const candidates: Array<PhraseMatch<PartyWord>> = [];
  for (let i = 0; i < n; i++) {
    const best = matchPhrasesAt(reader.partyWords, tokens, i).sort((a, b) => kindRank(a.value) - kindRank(b.value) || b.end - a.end)[0];
    if (best) candidates.push(best);
  }
  candidates.sort((a, b) => kindRank(a.value) - kindRank(b.value) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const match of candidates) {
    let free = true;
    for (let k = match.start; k < match.end; k++) if (block.inParty[k] === 1) free = false;
    if (!free) continue;
    const span: PartySpan = { start: match.start, end: match.end, word: match.value, prefix: match.prefix };
    block.parties.push(span);
    block.partyAt.set(match.start, span);
    block.partyEndingAt.set(match.end, span);
    for (let k = match.start; k < match.end; k++) block.inParty[k] = 1;
    for (const place of block.places) if (place.start < match.end && place.end > match.start) place.skip = true;
  }
  block.parties.sort((a, b) => a.start - b.start);
  extendPartySpans(block, reader);
  // Sentences and clauses.
  let sentence = 0;
  let clause = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && isSentenceBreak(text, tokens, i)) {
      sentence = i;
      clause = i;
    } else if (i > 0 && block.inPlace[i] === 0 && block.inParty[i] === 0 && matchPhrasesAt(reader.clauseBreaks, tokens, i).length > 0) {
      clause = i;
    }
    block.sentenceStart[i] = sentence;
    block.clauseStart[i] = clause;
  }
  let sentenceEnd = n;
  let clauseEnd = n;
  for (let i = n - 1; i >= 0; i--) {
    block.sentenceEnd[i] = sentenceEnd;
    block.clauseEnd[i] = clauseEnd;
    if (block.sentenceStart[i] === i) sentenceEnd = i;
    if (block.clauseStart[i] === i) clauseEnd = i;
  }
  findPlaceAnaphors(block, reader, placeKinds);
  if (airports && airports.size > 0) findAirports(block, airports);
  return block;
}

/** Adjectives between a town and its airport ("Tripoli's old international airport", "the international airport of Tripoli"). */
const AIRPORT_ADJECTIVES: ReadonlySet<string> = new Set(['international', 'old', 'former', 'main', 'civilian', 'civil', 'military', 'disused', 'closed', 'only', 'strategic', 'key']);
const AIRPORT_NOUNS: ReadonlySet<string> = new Set(['airport', 'airfield']);
const AR_AIRPORT = normaliseName('مطار');

/**
 * A town's airport named through the town: "Tripoli's airport", "the international airport in
 * Tripoli", "مطارها" (its airport: the last town named in the paragraph that has one). The words
 * become a mention of the airport, in place of the town's.
 */
function findAirports(block: Block, airports: ReadonlyMap<string, string>): void {
  const { tokens, text } = block;
  const replace = (from: number, to: number, place: string, why: string, old: PlaceSpan | null): void => {
    if (old) {
      block.places.splice(block.places.indexOf(old), 1);
      block.placeAt.delete(old.start);
      block.placeEndingAt.delete(old.end);
    }
    const mention: PlaceMention = { paragraph: block.id, start: (tokens[from] as TextToken).start, end: (tokens[to - 1] as TextToken).end, place };
    const span: PlaceSpan = { place, start: from, end: to, mention, linked: false, skip: false, anaphor: why };
    block.places.push(span);
    block.placeAt.set(from, span);
    block.placeEndingAt.set(to, span);
    for (let k = from; k < to; k++) block.inPlace[k] = 1;
  };
  const free = (k: number): boolean => k >= 0 && k < tokens.length && block.inPlace[k] === 0 && block.inParty[k] === 0;
  for (const town of [...block.places]) {
    const airport = airports.get(town.place);
    if (!airport || town.skip || town.anaphor) continue;
    // "Tripoli's (international) airport"
    if (tokens[town.end]?.norm === 's' && /['’]/.test(gapBefore(text, tokens, town.end))) {
      let k = town.end + 1;
      while (free(k) && AIRPORT_ADJECTIVES.has((tokens[k] as TextToken).norm) && k < town.end + 3) k++;
      if (free(k) && AIRPORT_NOUNS.has((tokens[k] as TextToken).norm)) {
        replace(town.start, k + 1, airport, `"${slice(block, town.start, k + 1)}" → ${airport}, the airport of ${town.place}`, town);
        continue;
      }
    }
    // "the (international) airport of/in Tripoli"
    const link = tokens[town.start - 1]?.norm;
    if ((link === 'of' || link === 'in') && free(town.start - 2) && AIRPORT_NOUNS.has((tokens[town.start - 2] as TextToken).norm)) {
      let k = town.start - 2;
      while (free(k - 1) && AIRPORT_ADJECTIVES.has((tokens[k - 1] as TextToken).norm) && k > town.start - 5) k--;
      if (tokens[k - 1]?.norm === 'the' && free(k - 1)) k--;
      replace(k, town.end, airport, `"${slice(block, k, town.end)}" → ${airport}, the airport of ${town.place}`, town);
    }
  }
  // "مطارها", "مطاره": the airport of the last town named before it that has one.
  for (let i = 0; i < tokens.length; i++) {
    if (!free(i)) continue;
    const suffixed = readStems((tokens[i] as TextToken).norm).some(({ stem }) => stem.startsWith(AR_AIRPORT) && ['ه', 'ها'].includes(stem.slice(AR_AIRPORT.length)));
    if (!suffixed) continue;
    const town = block.places.filter((p) => p.end <= i && !p.skip && !p.anaphor && airports.has(p.place)).at(-1);
    if (!town) continue;
    const airport = airports.get(town.place) as string;
    replace(i, i + 1, airport, `"${slice(block, i, i + 1)}" (its airport) → ${airport}, the airport of ${town.place} named before it`, null);
  }
  block.places.sort((a, b) => a.start - b.start);
}

/**
 * Force nouns join the party name next to them, so the name stands for the forces: "LNA forces",
 * "Haftar's troops", "Haftar-led forces", "GNA-aligned fighters"; "مقاتلي الوفاق", "فلول ميليشيات
 * حفتر". A person's name so extended names the person's forces, not the person.
 */
function extendPartySpans(block: Block, reader: ClaimReader): void {
  const { tokens, text } = block;
  const free = (k: number): boolean => k >= 0 && k < tokens.length && block.inParty[k] === 0 && block.inPlace[k] === 0;
  for (const span of block.parties) {
    if (span.word.kind !== 'alias' && span.word.kind !== 'shared') continue;
    let end = span.end;
    if (tokens[end]?.norm === 's' && /['’]/.test(gapBefore(text, tokens, end)) && free(end)) end++;
    if (free(end) && free(end + 1) && reader.partyLinks.has((tokens[end] as TextToken).norm) && reader.forceNouns.en.has((tokens[end + 1] as TextToken).norm)) end += 2;
    else if (free(end) && reader.forceNouns.en.has((tokens[end] as TextToken).norm)) end++;
    else end = span.end;
    let start = span.start;
    let prefix = span.prefix;
    // "units from GNA forces", "forces of the GNA", "fighters loyal to Haftar".
    const article = tokens[start - 1]?.norm === 'the' && free(start - 1) ? 1 : 0;
    const link = tokens[start - 1 - article];
    if (link && ['of', 'from'].includes(link.norm) && free(start - 1 - article) && free(start - 2 - article) && reader.forceNouns.en.has((tokens[start - 2 - article] as TextToken).norm)) start -= 2 + article;
    for (let k = start - 1; k >= Math.max(0, span.start - 2) && free(k); k--) {
      const stem = readStems((tokens[k] as TextToken).norm).find(({ stem: st }) => reader.forceNouns.ar.has(st));
      if (!stem) break;
      start = k;
      prefix = stem.prefix;
    }
    if (start === span.start && end === span.end) continue;
    block.partyAt.delete(span.start);
    block.partyEndingAt.delete(span.end);
    for (let k = start; k < end; k++) block.inParty[k] = 1;
    span.start = start;
    span.end = end;
    span.prefix = prefix;
    if (span.word.kind === 'alias' && span.word.person) span.word = { ...span.word, person: false };
    block.partyAt.set(start, span);
    block.partyEndingAt.set(end, span);
  }
}

/**
 * "the town", "المدينة", "القاعدة" with no name after them refer back to the latest place of a
 * fitting kind named earlier in the paragraph (not a reference point, not part of a party's name):
 * "انسحبت قوات حفتر من ترهونة، ودخلت قوات الوفاق المدينة".
 */
function findPlaceAnaphors(block: Block, reader: ClaimReader, placeKinds: ReadonlyMap<string, string> | undefined): void {
  const { tokens } = block;
  const added: PlaceSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (block.inPlace[i] === 1 || block.inParty[i] === 1) continue;
    let match = matchPhrasesAt(reader.placeNouns, tokens, i)[0];
    // "the GNA-controlled city": the noun alone refers back, the party's words before it say who holds it.
    const party = tokens[i]?.norm === 'the' ? block.partyAt.get(i + 1) : undefined;
    if (!match && party && PARTY_PARTICIPLES.has(tokens[party.end]?.norm ?? '') && tokens[party.end + 1]) {
      const noun = matchPhrasesAt(reader.placeNouns, [tokens[i] as TextToken, tokens[party.end + 1] as TextToken], 0)[0];
      if (noun && block.inPlace[party.end + 1] === 0) match = { ...noun, start: party.end + 1, end: party.end + 2 };
    }
    if (!match) continue;
    // "the town of Gharyan", "المدينة غريان": the name follows, nothing refers back.
    const next = tokens[match.end];
    if (block.placeAt.has(match.end) || (next?.norm === 'of' && block.placeAt.has(match.end + 1))) continue;
    let antecedent: PlaceSpan | null = null;
    for (const place of block.places) {
      if (place.end > i) break;
      if (place.skip || isReference(block, reader, place)) continue;
      const kind = placeKinds?.get(place.place);
      if (placeKinds && (kind === undefined || !match.value.has(kind))) continue;
      antecedent = place;
    }
    if (antecedent) {
      const words = slice(block, match.start, match.end);
      const mention: PlaceMention = { paragraph: block.id, start: (tokens[match.start] as TextToken).start, end: (tokens[match.end - 1] as TextToken).end, place: antecedent.place };
      added.push({ place: antecedent.place, start: match.start, end: match.end, mention, linked: false, skip: false, anaphor: `"${words}" → ${antecedent.place}, named before it ("${slice(block, antecedent.start, antecedent.end)}")` });
    }
    i = match.end - 1;
  }
  for (const span of added) {
    block.places.push(span);
    block.placeAt.set(span.start, span);
    block.placeEndingAt.set(span.end, span);
    for (let k = span.start; k < span.end; k++) block.inPlace[k] = 1;
  }
  block.places.sort((a, b) => a.start - b.start);
}

/** Participles after a party's name that make it the holder of the noun after them ("the GNA-controlled city"). */
const PARTY_PARTICIPLES: ReadonlySet<string> = new Set(['held', 'controlled', 'occupied']);

/**
 * A force named without a party ("الميليشيات الإرهابية", "the militias") is the party the same text
 * names with that word ("ميليشيات حفتر"), when the text so names one party only.
 */
function resolveGenericForces(blocks: readonly Block[], reader: ClaimReader): void {
  const stemOf = (t: TextToken | undefined): string[] => (t ? readStems(t.norm).map(({ stem }) => stem.replace(/^ال/, '')) : []);
  reader.genericForces.forEach((family) => {
    const parties = new Set<string>();
    for (const block of blocks) {
      for (const span of block.parties) {
        if (span.word.kind !== 'alias') continue;
        for (let k = Math.max(0, span.start - 3); k < span.end; k++) if (stemOf(block.tokens[k]).some((st) => family.has(st))) parties.add(span.word.party);
      }
    }
    if (parties.size !== 1) return;
    const party = [...parties][0] as string;
    for (const block of blocks) {
      for (let i = 0; i < block.tokens.length; i++) {
        if (block.inParty[i] === 1 || block.inPlace[i] === 1) continue;
        const token = block.tokens[i] as TextToken;
        const arabic = readStems(token.norm).some(({ stem }) => stem.startsWith('ال') && family.has(stem.slice(2)));
        const english = family.has(token.norm) && block.tokens[i - 1]?.norm === 'the';
        if (!arabic && !english) continue;
        // "الميليشيات التابعة لحفتر": the name that follows says whose.
        if (block.partyAt.has(i + 1)) continue;
        const prefix = readStems(token.norm).find(({ stem }) => stem.startsWith('ال') && family.has(stem.slice(2)))?.prefix ?? '';
        const span: PartySpan = { start: i, end: i + 1, word: { kind: 'alias', party, outside: true }, prefix, generic: true };
        block.parties.push(span);
        block.partyAt.set(i, span);
        block.partyEndingAt.set(i + 1, span);
        block.inParty[i] = 1;
      }
      block.parties.sort((a, b) => a.start - b.start);
    }
  });
}

function kindRank(word: PartyWord): number {
  return word.kind === 'alias' ? 0 : word.kind === 'shared' ? 1 : 2;
}

function isSentenceBreak(text: string, tokens: readonly TextToken[], i: number): boolean {
  const gap = gapBefore(text, tokens, i);
  if (!SENTENCE_END.test(gap)) return false;
  // "Col. Ahmed", "8:00 A.M.": a full stop after an abbreviation or a single letter ends nothing.
  if (/^\.\s*$/.test(gap.replace(/[)\]]/g, '')) && ABBREVIATIONS.has((tokens[i - 1] as TextToken).norm)) return false;
  return true;
}

/**
 * Names both sides use ("الجيش الليبي") take the party their context names: an affiliation or a
 * spokesman's name right after them ("التابع لحفتر", "under the command of the GNA", "العقيد
 * طيار محمد قنونو"); then every other such name in the text takes the party those agree on.
 */
function resolveSharedAliases(blocks: readonly Block[], reader: ClaimReader): void {
  const votes = new Map<string, number>();
  for (const block of blocks) {
    for (const span of block.parties) {
      if (span.word.kind !== 'shared') continue;
      span.shared = null;
      let unknown = 0;
      for (let j = span.end; j < Math.min(block.tokens.length, span.end + 7) && j < (block.sentenceEnd[span.start] as number); ) {
        const next = block.partyAt.get(j);
        if (next) {
          if (next.word.kind === 'alias') span.shared = next.word.party;
          break;
        }
        const token = block.tokens[j];
        if (!(hasWord(reader.affiliations, token) || hasWord(reader.titles, token)) && ++unknown > 1) break;
        j++;
      }
      if (span.shared) votes.set(span.shared, (votes.get(span.shared) ?? 0) + 1);
    }
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  let winner = ranked.length > 0 && (ranked.length === 1 || (ranked[0] as [string, number])[1] > (ranked[1] as [string, number])[1]) ? (ranked[0] as [string, number])[0] : null;
  if (winner === null && reader.parties.length === 2) {
    // A text that names only one party by its opponents' names ("ميليشيات حفتر", "Haftar's
    // forces") is on the other side, and calls that side "the Libyan army".
    const pejorative = (b: Block, p: PartySpan): boolean => b.tokens.slice(Math.max(0, p.start - 3), p.start).some((t) => hasWord(reader.pejoratives, t));
    const outside = new Set(blocks.flatMap((b) => b.parties.flatMap((p) => (p.word.kind === 'alias' && (p.word.outside || pejorative(b, p)) ? [p.word.party] : []))));
    if (outside.size === 1) winner = reader.parties.find((p) => !outside.has(p)) ?? null;
  }
  for (const block of blocks) for (const span of block.parties) if (span.word.kind === 'shared' && span.shared === null) span.shared = winner;
}

/** Finds the attribution verbs of a block and their speakers ("أعلنت قوات الوفاق", "the LNA said"). */
function findAttributions(block: Block, reader: ClaimReader, memory: Memory): void {
  const { tokens, text } = block;
  /** Names a speaker: a party phrase, or a title or rank (العقيد، spokesman); not a pronoun ("تمكنت قواتنا"). */
  const naming = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      if (hasWord(reader.titles, tokens[k]) && block.inParty[k] === 0 && !['the', 'of', 'for'].includes((tokens[k] as TextToken).norm)) return true;
      const span = block.partyAt.get(k);
      if (span && span.word.kind !== 'third' && span.word.kind !== 'first') return true;
    }
    return false;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (block.inPlace[i] === 1 || block.inParty[i] === 1) continue;
    const match = matchPhrasesAt(reader.attributions, tokens, i)[0];
    if (!match) continue;
    // After the verb (أعلنت قوات الوفاق، said GNA spokesman X): up to a comma, a quote, "أن/that" or a cue.
    const after = (): [number, number] | null => {
      let j = match.end;
      const end = Math.min(block.sentenceEnd[i] as number, match.end + 12);
      for (; j < end; j++) {
        if (j > match.end && (COMMA.test(gapBefore(text, tokens, j)) || QUOTE.test(gapBefore(text, tokens, j)))) break;
        if (hasWord(reader.complementisers, tokens[j]) || findCueAt(block, reader, j)) break;
        const party = block.partyAt.get(j);
        if (party && party.word.kind !== 'third' && party.word.kind !== 'first') {
          // The speaker's name ends after the party unless a title or a name follows (GNA spokesman Mohammed Gununu).
          j = party.end;
          while (j < end && !COMMA.test(gapBefore(text, tokens, j))) {
            const next = block.partyAt.get(j);
            if (next && (next.word.kind === 'alias' || next.word.kind === 'shared')) j = next.end;
            else if (hasWord(reader.titles, tokens[j]) && block.inParty[j] === 0) j++;
            else break;
          }
          break;
        }
      }
      return j > match.end && naming(match.end, j) ? [match.end, j] : null;
    };
    // Before the verb (Col. Ahmed Mismari, the LNA spokesman, told): the comma-separated
    // segments back to a quote, a colon or the clause's start, from the earliest that names someone.
    const before = (): [number, number] | null => {
      let from = i;
      const floor = Math.max(block.clauseStart[i] as number, i - 14);
      while (from > floor && !QUOTE.test(gapBefore(text, tokens, from)) && !/:/.test(gapBefore(text, tokens, from))) from--;
      if (from >= i) return null;
      const cuts = [from];
      for (let k = from + 1; k < i; k++) if (COMMA.test(gapBefore(text, tokens, k))) cuts.push(k);
      // A segment that states control is what is said, not who says it ("Government troops have
      // seized Tarhuna, the GNA said"): the speaker starts after the last such segment.
      const stating = (from: number, to: number): boolean => {
        for (let k = from; k < to; k++) if (findCueAt(block, reader, k)) return true;
        return false;
      };
      let first = 0;
      for (const [n, cut] of cuts.entries()) if (stating(cut, cuts[n + 1] ?? i)) first = n + 1;
      for (const [n, cut] of cuts.entries()) {
        if (n < first) continue;
        const next = cuts[n + 1] ?? i;
        if (naming(cut, next)) return [cut, i];
      }
      return null;
    };
    const speaker = match.value === 'after' ? after() ?? before() : match.value === 'before' ? before() ?? after() : before() ?? after();
    let party: string | null = null;
    if (speaker) {
      for (let k = speaker[0]; k < speaker[1] && party === null; k++) {
        const span = block.partyAt.get(k);
        if (span) party = readPartyWord(span, block, k, memory, null)?.party ?? null;
      }
    }
    if (party) memory.lastSpeakerParty = party;
    block.attributions.push({ verbStart: i, verbEnd: match.end, speaker, party });
    i = match.end - 1;
  }
}

// ── Statements ──────────────────────────────────────────────────────────────────────────────

function readStatements(block: Block, reader: ClaimReader, memory: Memory, suggestions: SuggestedClaim[], rejected: RejectedClaim[], sites: Map<SuggestedClaim, SuggestionSite>): void {
  const { tokens } = block;
  for (let i = 0; i < tokens.length; ) {
    const cue = findCueAt(block, reader, i);
    if (!cue) {
      i++;
      continue;
    }
    // A cue that finds no place leaves its words to a cue starting inside them ("remains in the hands of").
    const end = readStatement(block, reader, memory, cue, suggestions, rejected, sites);
    i = end > i ? end : i + 1;
  }
}

/** The longest cue starting at word `i`, unless the words there are a place, an ignored phrase, or a party's name. */
function findCueAt(block: Block, reader: ClaimReader, i: number): PhraseMatch<ControlCue> | null {
  if (block.inPlace[i] === 1) return null;
  if (matchPhrasesAt(reader.ignores, block.tokens, i).length > 0) return null;
  for (const match of matchPhrasesAt(reader.cues, block.tokens, i)) {
    let clear = true;
    for (let k = match.start; k < match.end; k++) if (block.inPlace[k] === 1) clear = false;
    if (!clear) continue;
    if (block.inParty[i] === 1 && match.value.party !== 'within') continue;
    if (match.value.party === 'within' && !findPartyWithin(block, match.start, match.end)) continue;
    // "Haftar's stronghold of Tarhuna": the party is the possessor before, not a party after "of".
    if (match.value.party === 'after' && match.value.lang === 'en' && findPartyJustBefore(block, reader, i, false)) continue;
    // "LNA-held", "قوات حفتر في": only right after a party's name, a subject rather than the
    // object of an action ("قصف قوات حفتر في", "clashes between … in").
    if (match.value.party === 'before') {
      const party = findPartyJustBefore(block, reader, i, match.value.slack === 0);
      if (!party || party.word.kind === 'third' || party.word.kind === 'first') continue;
      if (party.word.kind === 'alias' && party.word.person && match.value.slack === 0) continue;
      if (match.value.slack === 0 && (/[بل]$/.test(party.prefix) || hasWord(reader.eventNouns, block.tokens[party.start - 1]))) continue;
    }
    return match;
  }
  return null;
}

interface Target {
  place: PlaceSpan;
  extent: Extent | null;
  /** How the extent was read, for the reviewer. */
  extentWords: string | null;
  /** The preposition the place came after, when it says direction ("باتجاه", "towards"). */
  towards?: string;
  /** A change of its own: the origin of a movement is a staging base. */
  change?: ClaimChange;
}

/**
 * Reads the statement of one cue; returns where reading goes on: after the cue, after a movement's
 * last place (its other words of moving say the same), or 0 when the cue finds no place.
 */
function readStatement(block: Block, reader: ClaimReader, memory: Memory, match: PhraseMatch<ControlCue>, suggestions: SuggestedClaim[], rejected: RejectedClaim[], sites: Map<SuggestedClaim, SuggestionSite>): number {
  const cue = match.value;
  const { tokens, text } = block;
  const clauseStart = block.clauseStart[match.start] as number;
  const clauseEnd = block.clauseEnd[match.start] as number;
  const why: string[] = [`rule ${cue.id}: "${slice(block, match.start, match.end)}" (${cue.change})`];

  // Where the place is.
  let targets: Target[] = [];
  let gapParties: PartySpan[] = [];
  let backward = false;
  // "دخولها غريان" (its entry into Gharyan): a place right after makes the pronoun the actor;
  // "عقب تحريرها" (after liberating it): none after, the pronoun is a place named before.
  const pronounPlace = cue.suffix === 'place' && match.suffix !== '';
  // "Tarhuna, Haftar's main base": walking back starts before the party's name.
  const backFrom = cue.party === 'before' ? (findPartyJustBefore(block, reader, match.start, cue.slack === 0)?.start ?? match.start) : match.start;
  if (cue.place === 'before-first') {
    targets = walkBackward(block, reader, backFrom);
    backward = targets.length > 0;
  }
  if (cue.movement) ({ targets, gapParties } = walkMovement(block, reader, match.end, clauseEnd));
  else if (cue.place !== 'before' && targets.length === 0) ({ targets, gapParties } = walkForward(block, reader, match.end, clauseEnd, cue.slack ?? 1, cue.nearby === true));
  // A party inside the cue's words ("وصلت قوات الوفاق إلى", "the withdrawal of LNA forces from") comes first.
  const inner = block.parties.filter((p) => p.start > match.start && p.end <= match.end);
  if (inner.length > 0) gapParties = [...inner, ...gapParties];
  const placeBefore = cue.place === 'before' || (pronounPlace && targets.length === 0);
  if (targets.length === 0 && (placeBefore || cue.place === 'either')) {
    targets = walkBackward(block, reader, backFrom);
    backward = targets.length > 0;
  }
  // "Sirte, which Haftar's forces seized in January": the place is the antecedent of "which", the party its subject.
  let relativeSubject: PartySpan | null = null;
  if (targets.length === 0 && cue.lang === 'en' && cue.party === 'actor' && cue.outcome === 'holds') {
    let j = match.start;
    while (j > 0 && AUXILIARIES.has((tokens[j - 1] as TextToken).norm)) j--;
    const span = block.partyEndingAt.get(j);
    const head = span && tokens[span.start - 1]?.norm === 'the' ? span.start - 1 : (span?.start ?? 0);
    if (span && span.word.kind !== 'first' && ['which', 'that'].includes(tokens[head - 1]?.norm ?? '')) {
      targets = walkBackward(block, reader, head - 1);
      backward = targets.length > 0;
      if (backward) relativeSubject = span;
    }
  }
  // "سيطرتها عليها", "انسحبت منها" with no place before in the sentence: the place of the paragraph's previous statement.
  let carried = false;
  // "مواقعه التي سيطر عليها": a relative pronoun before it names its antecedent, a noun that is no place.
  const relative = readStems(tokens[match.start - 1]?.norm ?? '').some(({ stem }) => RELATIVES.has(stem));
  if (targets.length === 0 && cue.placePronoun && memory.paragraphPlaces.length > 0 && !relative) {
    targets = memory.paragraphPlaces.map((place) => ({ place, extent: null, extentWords: null }));
    backward = true;
    carried = true;
  }
  if (targets.length === 0) return 0;
  const readTo = cue.movement ? Math.max(match.end, ...targets.map((t) => t.place.end)) : match.end;
  if (carried) why.push(`place: the pronoun stands for the place of the previous statement (${targets.map((t) => t.place.place).join(', ')})`);
  else if (backward) why.push('place: named before the cue');
  for (const target of targets) if (target.place.anaphor) why.push(`place: ${target.place.anaphor}`);
  memory.paragraphPlaces = targets.map((t) => t.place);

  // Who.
  let change = cue.change;
  let defaultExtent: Extent = cue.extent ?? 'all';
  const approach = findBefore(block, reader.approaches, match.start, clauseStart, 3);
  if (approach && change !== 'advanced') {
    change = 'advanced';
    defaultExtent = 'part';
    why.push(`"${slice(block, approach.start, approach.end)}": approaching, so an advance`);
  }
  const attribution = findAttribution(block, match.start);
  let holder: PartyReading | null = null;
  let actor: PartyReading | null = null;
  let parties: string[] | null = null;
  if (cue.change === 'contested') {
    parties = findContestants(block, match.end, clauseEnd);
    if (parties.length < 2) return readTo;
    why.push(`parties: ${parties.join(', ')}, named after the cue`);
  } else if (relativeSubject) {
    const read = readPartyWord(relativeSubject, block, relativeSubject.start, memory, attribution);
    if (read) actor = { ...read, how: `${read.how}, the subject of "which"`, span: [relativeSubject.start, relativeSubject.end] };
  } else if (cue.party === 'actor') {
    actor = findActor(block, reader, memory, match, cue, gapParties, backward, backward ? Math.max(...targets.map((t) => t.place.end)) : -1, attribution);
  } else if (cue.party === 'after') {
    actor = findPartyAfter(block, reader, memory, match.end, attribution);
  } else if (cue.party === 'before') {
    actor = findPartyBefore(block, reader, memory, match.start, cue.slack === 0, attribution);
  } else {
    const span = findPartyWithin(block, match.start, match.end);
    const read = span ? readPartyWord(span, block, match.start, memory, attribution) : null;
    if (read && span) actor = { ...read, how: `${read.how}, in the cue's words`, span: [span.start, span.end] };
  }
  // English nouns name their actor after "of" or "by": "the withdrawal of LNA forces from X", "the capture of X by GNA forces".
  const agent = cue.party === 'actor' && !backward ? findAgent(block, memory, (targets.at(-1) as Target).place.end, clauseEnd, attribution, cue.outcome === 'leaves') : null;
  // They beat a party named before the noun ("GNA forces said the withdrawal of Haftar's forces from X").
  if (cue.lang === 'en' && cue.party === 'actor') {
    const linkOf = (p: PartySpan): string => tokens[p.start - (tokens[p.start - 1]?.norm === 'the' ? 2 : 1)]?.norm ?? '';
    const of = cue.noun ? gapParties.find((p) => ['of', 'by'].includes(linkOf(p))) : undefined;
    const read = of ? readPartyWord(of, block, of.start, memory, attribution) : null;
    if (read && of) actor = { ...read, how: `${read.how}, named after "${linkOf(of)}"`, span: [of.start, of.end] };
    else if (agent && cue.outcome !== 'leaves') actor = agent;
  }
  // The Arabic passive names its agent after the place: "تمت السيطرة على العزيزية من قبل قوات حفتر".
  if (cue.lang === 'ar' && cue.party === 'actor' && cue.outcome !== 'leaves' && agent && (!actor || actor.fallback)) actor = agent;
  // "التابع لحفتر باتجاه مصراتة": a party's words followed by a direction say where it goes, not what it holds.
  if (cue.party === 'after' && !backward && targets[0]?.towards && cue.change !== 'advanced') return 0;
  if (actor) {
    why.push(`actor: ${actor.how}`);
    const towards = targets[0]?.towards ?? (!backward && hasWord(reader.towards, tokens[match.end - 1]) ? (tokens[match.end - 1] as TextToken).norm : undefined);
    if (cue.outcome === 'leaves' && towards) {
      // "انسحبت باتجاه قصر بن غشير": where a party withdraws to is where it still is.
      holder = { ...actor, factor: actor.factor * 0.7 };
      change = 'held';
      defaultExtent = 'part';
      why.push(`withdrew towards it ("${towards}"): read as a position of ${actor.party}`);
    } else if (cue.outcome === 'leaves' && agent && agent.party !== actor.party) {
      // "were driven out of X by GNA forces": the one named after "by" holds it.
      holder = agent;
      change = 'expelled';
      why.push(`${actor.party} was driven out by ${agent.party} (${agent.how}), who holds it`);
    } else if (cue.outcome === 'leaves') {
      // Who holds a place a party left is not said here: the claim stays the leaver's, marked
      // withdrawn and weak, unless the text says who took it (see reassignWithdrawals).
      holder = { ...actor, factor: actor.factor * 0.6 };
      why.push(`${actor.party} withdrew from it; who holds it now is not said here`);
    } else if (cue.outcome === 'expels' && cue.party === 'after') {
      // "Gharyan was recaptured from Haftar's forces": the party named is the one that lost it.
      const others = reader.parties.filter((p) => p !== actor?.party);
      if (others.length === 1) {
        holder = { party: others[0] as string, how: `the other party than ${actor.party}`, factor: actor.factor * 0.85 };
        why.push(`taken from ${actor.party}, so the other party holds it`);
      }
    } else {
      holder = actor;
    }
  } else if (cue.outcome === 'expels' || (cue.change === 'retaken' || cue.change === 'taken')) {
    // "تم تحرير مدينة صبراتة من قبضة ميليشيات حفتر", "liberated from Haftar's militias": no one named
    // as taking it, the party it was taken from is named after it.
    const from = cue.outcome === 'expels' ? null : findFreedFrom(block, (targets.at(-1) as Target).place.end, clauseEnd);
    const expelled = cue.outcome === 'expels' ? gapParties.map((p) => readPartyWord(p, block, p.start, memory, attribution)).find((r) => r !== null) : from;
    const others = expelled ? reader.parties.filter((p) => p !== expelled.party) : [];
    if (expelled && others.length === 1) {
      holder = { party: others[0] as string, how: `the other party than the expelled ${expelled.party}`, factor: 0.7 };
      why.push(`no expeller named: ${expelled.party} was expelled, so the other party holds it`);
    }
  }

  // How the statement stands: cancelled, or a claim.
  // After a noun phrase only ("the fall of Tripoli would…"); after a verb the words belong to another clause ("forces that captured Gharyan will…").
  const nounPhrase = cue.noun === true || tokens[match.start - 1]?.norm === 'the';
  const cancel = findCancel(block, reader, match, clauseStart) ?? (backward || !nounPhrase ? null : findCancelAfter(block, (targets.at(-1) as Target).place.end, clauseEnd));
  const attributedTo = attribution?.speaker ? cleanSpeaker(slice(block, attribution.speaker[0], attribution.speaker[1])) : undefined;
  if (attributedTo) why.push(`attributed to "${attributedTo}"`);
  const actorSpan = actor?.span && actor.span[0] >= clauseStart ? actor.span : null;
  const statementChange = change;
  targets.forEach((target, k) => {
    // The quote runs from the cue (or its actor, or the list's first place) to this place.
    const first = targets[0] as Target;
    const from = Math.min(match.start, first.place.start, target.place.start, actorSpan ? actorSpan[0] : match.start);
    const to = Math.max(match.end, target.place.end, actorSpan ? actorSpan[1] : match.end);
    const start = (tokens[from] as TextToken).start;
    const end = (tokens[to - 1] as TextToken).end;
    const evidence = { paragraph: block.id, quote: text.slice(start, end), start, end };
    const extent = target.extent ?? defaultExtent;
    const change = target.change ?? statementChange;
    const targetWhy = [...why, ...(target.change ? [target.towards ? `moving "${target.towards}" it: ${target.change}` : `"from" it: where the force set out, ${target.change}`] : []), target.extentWords ? `extent "${target.extentWords}" → ${extent}` : `extent: ${extent} (nothing says otherwise)`];
    if (cancel) {
      rejected.push({
        place: target.place.place,
        ...(holder ? { party: holder.party } : {}),
        extent,
        change,
        ...(attributedTo ? { attributedTo } : {}),
        evidence,
        rule: cue.id,
        why: targetWhy,
        reason: cancel.reason,
        marker: cancel.marker,
      });
      return;
    }
    if (parties) {
      suggestions.push({ place: target.place.place, status: 'contested', parties, extent, change, ...(attributedTo ? { attributedTo } : {}), evidence, confidence: round(cue.confidence * (k > 0 ? 0.95 : 1)), rule: cue.id, why: targetWhy });
      return;
    }
    if (!holder) return;
    const confidence = cue.confidence * holder.factor * (k > 0 ? 0.95 : 1) * (backward ? 0.9 : 1) * (approach ? 0.85 : 1) * (carried || target.place.anaphor ? 0.85 : 1);
    const suggestion: SuggestedClaim = {
      place: target.place.place,
      status: 'control',
      party: holder.party,
      extent,
      change,
      ...(attributedTo ? { attributedTo } : {}),
      evidence,
      confidence: round(confidence),
      rule: cue.id,
      why: targetWhy,
    };
    suggestions.push(suggestion);
    sites.set(suggestion, { block: block.id, sentence: block.sentenceStart[match.start] as number, ...(change === 'withdrawn' ? { leaver: holder.party } : {}) });
  });
  // A position under attack ("هجوما على تمركزات لمسلحي حفتر") says who is attacked, not who acts next.
  const attacked = cue.change === 'held' && tokens.slice(Math.max(clauseStart, match.start - 4), match.start).some((t) => hasWord(reader.eventNouns, t) && !hasWord(reader.objectMarkers, t));
  if (!cancel && actor && cue.party === 'actor' && !attacked) {
    memory.lastActor = actor.party;
    memory.paragraphActor = actor.party;
  }
  return readTo;
}

/**
 * The places of a movement, in its clause: after "to/towards/إلى/باتجاه" the destination (and the
 * list that follows it), after "from/من" the origin, each through fillers; parties on the way.
 */
function walkMovement(block: Block, reader: ClaimReader, from: number, limit: number): { targets: Target[]; gapParties: PartySpan[] } {
  const { tokens } = block;
  const gapParties: PartySpan[] = [];
  const targets: Target[] = [];
  let origin = false;
  const FROM = new Set(['from', normaliseName('من')]);
  const placeAfter = (j: number): PlaceSpan | null => {
    for (let k = j; k < limit && k - j <= 3; k++) {
      const place = block.placeAt.get(k);
      if (place) return place.skip ? null : place;
      if (!isFiller(reader, tokens[k]) || hasWord(reader.towards, tokens[k]) || hasWord(reader.directions, tokens[k]) || hasWord(reader.nearWords, tokens[k])) return null;
    }
    return null;
  };
  for (let j = from; j < limit && j - from <= 16; j++) {
    const party = block.partyAt.get(j);
    if (party) {
      gapParties.push(party);
      j = party.end - 1;
      continue;
    }
    const other = j > from ? findCueAt(block, reader, j) : null;
    // Another statement ends the movement; another word of moving does not ("arrival of military reinforcements").
    if (other && !other.value.movement && other.value.change !== 'advanced' && other.value.change !== 'staging-base') break;
    const token = tokens[j] as TextToken;
    if (!origin && (FROM.has(token.norm) || readStems(token.norm).some(({ stem, prefix }) => prefix === '' && FROM.has(stem)))) {
      const place = placeAfter(j + 1);
      if (place) {
        targets.push({ place, extent: 'part', extentWords: null, change: 'staging-base' });
        origin = true;
        j = place.end - 1;
      }
      continue;
    }
    if (['to', 'towards', 'toward', 'into', 'in'].includes(token.norm) || ['إلى', 'الى', 'نحو', 'باتجاه', 'صوب', 'تجاه'].map(normaliseName).includes(token.norm)) {
      const place = placeAfter(j + 1);
      if (place) {
        // "towards" a place is an advance on it, whatever the cue ("reinforcements towards Sirte").
        const towards = token.norm;
        const heading = ['towards', 'toward', ...['نحو', 'باتجاه', 'صوب', 'تجاه'].map(normaliseName)].includes(towards);
        const change: ClaimChange | undefined = heading ? 'advanced' : undefined;
        targets.push({ place, extent: null, extentWords: null, towards, ...(change ? { change } : {}) }, ...continueList(block, reader, place.end, limit).map((t) => (change ? { ...t, change } : t)));
        break;
      }
    }
  }
  // A movement read is one with a destination; an origin alone says only where a force was.
  return { targets: targets.some((t) => t.change !== 'staging-base' || t.towards !== undefined) ? targets : [], gapParties };
}

/** Places after a cue: the first reached through fillers, then the list that follows it. */
function walkForward(block: Block, reader: ClaimReader, from: number, limit: number, slack: number, nearby = false): { targets: Target[]; gapParties: PartySpan[] } {
  const { tokens, text } = block;
  const gapParties: PartySpan[] = [];
  /** Past a cue read through ("سيطرت على معقل حفتر في"): a party there owns that thing, it does not act. */
  let throughCue = false;
  let budget = slack;
  let direction = false;
  let near = false;
  let content = false;
  /** The last word the vocabulary does not know, before the place. */
  let unknownAt = -1;
  let extent: { extent: Extent; words: string } | null = null;
  let i = from;
  let first: Target | null = null;
  /** Where the last direction or proximity word was: it bears on the next two words only. */
  let directionAt = -9;
  /** The end of the last reference point skipped, or -1. */
  let referenceEnd = -1;
  while (i < limit && i - from <= FORWARD_REACH) {
    if (i - directionAt > 2) {
      direction = false;
      near = false;
    }
    const place = block.placeAt.get(i);
    if (place) {
      // "east of Rujban and Zintan": a name joined to a reference point by "and" alone is one too.
      const between = referenceEnd >= 0 ? tokens.slice(referenceEnd, i) : [];
      const joined = referenceEnd >= 0 && !COMMA.test(text.slice((tokens[referenceEnd - 1] as TextToken).end, place.mention.start))
        && between.every((t) => ['and', 'or', normaliseName('و')].includes(t.norm)) && (between.length > 0 || place.linked);
      if (place.skip || near || (direction && content) || joined) {
        // A reference point ("جنوبي طرابلس" after the place), a country, or part of a party's name.
        if (!place.skip) referenceEnd = place.end;
        i = place.end;
        direction = false;
        near = false;
        extent = null;
        content = true;
        continue;
      }
      if (isPossessive(block, place)) {
        // "Tripoli's southern outskirts": part of the owner, when an extent word follows.
        let k = place.end + 1;
        while (k < limit && hasWord(reader.directions, tokens[k])) k++;
        const part = k < limit ? matchPhrasesAt(reader.extents, tokens, k)[0] : undefined;
        const named = part && (block.placeAt.has(part.end) || (tokens[part.end]?.norm === 'of' && block.placeAt.has(part.end + 1)));
        if (part && !named) {
          first = { place, extent: part.value, extentWords: slice(block, place.start, part.end) };
          break;
        }
        // "Tripoli's southern Sog al-Khmies district": the owner is named, the place comes next.
        i = place.end + 1;
        continue;
      }
      // After a word the vocabulary does not know ("the center of", "مقر"), the place is what that
      // thing is part of: directly after it or after "of"; any other preposition relates it elsewhere.
      if (unknownAt >= 0) {
        const between = tokens.slice(unknownAt + 1, i);
        if (between.every((t) => t.norm === 'of' || t.norm === 'the')) {
          first = { place, extent: 'part', extentWords: slice(block, unknownAt, i) };
          break;
        }
        // "the coastal road to Zuwara", "the airport in Tripoli": the place relates to that thing.
        if (between.some((t) => hasWord(reader.towards, t) || ['in', 'في', 'ب', 'at'].includes(t.norm))) break;
      }
      // "باتجاه مدينة مصراتة", "towards the town of Tarhuna": through place nouns and articles.
      let back = i - 1;
      while (back > from && i - back <= 3 && !hasWord(reader.towards, tokens[back]) && isFiller(reader, tokens[back]) && !hasWord(reader.nearWords, tokens[back])) back--;
      const previous = tokens[back];
      const towards = back >= from && i > from && previous && hasWord(reader.towards, previous) ? previous.norm : undefined;
      first = { place, extent: extent?.extent ?? (direction ? 'part' : null), extentWords: extent?.words ?? (direction ? slice(block, i - 1, i) : null), ...(towards ? { towards } : {}) };
      break;
    }
    const party = block.partyAt.get(i);
    if (party) {
      if (!throughCue) gapParties.push(party);
      i = party.end;
      // "الجيش الليبي التابع للمشير، خليفة حفتر": the affiliation belongs to the party; another
      // party's name right after it is another party ("طردت قوات الوفاق قوات حفتر من").
      while (i < limit && !block.partyAt.has(i) && (hasWord(reader.affiliations, tokens[i]) || hasWord(reader.titles, tokens[i]))) {
        const next = block.partyAt.get(i + 1);
        i++;
        if (next) {
          i = next.end;
          break;
        }
      }
      continue;
    }
    const inner = i > from ? findCueAt(block, reader, i) : null;
    if (inner && (inner.value.party === 'actor' || inner.value.party === 'after')) {
      if (!inner.value.complement) break;
      if (inner.value.party === 'after') throughCue = true;
      i = inner.end;
      continue;
    }
    const ext = matchPhrasesAt(reader.extents, tokens, i)[0];
    if (ext) {
      extent = { extent: ext.value, words: slice(block, ext.start, ext.end) };
      i = ext.end;
      continue;
    }
    const token = tokens[i];
    if (hasWord(reader.directions, token)) {
      direction = true;
      directionAt = i;
      i++;
      continue;
    }
    if (hasWord(reader.nearWords, token)) {
      near = !nearby;
      directionAt = i;
      content = true;
      i++;
      continue;
    }
    const link = matchPhrasesAt(reader.listLinks, tokens, i)[0];
    if (link) {
      i = link.end;
      continue;
    }
    if (isFiller(reader, token)) {
      i++;
      continue;
    }
    content = true;
    // "in northwestern Libya", "near Sirte": the name after a direction word is part of the reference.
    if ((direction || near) && i > from && (hasWord(reader.directions, tokens[i - 1]) || hasWord(reader.nearWords, tokens[i - 1]))) {
      extent = null;
      i++;
      continue;
    }
    if (--budget < 0) break;
    unknownAt = i;
    i++;
  }
  if (!first) return { targets: [], gapParties };
  return { targets: [first, ...continueList(block, reader, first.place.end, limit)], gapParties };
}

/** Nouns that start a list item of their own ("ومدينة مسلاتة", "and the town of"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['منطقة', 'مناطق', 'منطقتي', 'مدينة', 'مدينتي', 'بلدة', 'حي', 'أحياء', 'محور', 'قرية', 'قاعدة', 'معسكر', 'مطار', 'town', 'city', 'village', 'area', 'district', 'base', 'camp', 'airport'].map(normaliseName));

/** "العاصمة طرابلس", "the capital Tripoli": the word between a direction word and the place it refers to. */
const CAPITAL_WORDS: ReadonlySet<string> = new Set(['العاصمة', 'العاصمة الليبية', 'capital'].flatMap((w) => normaliseName(w).split(' ')));

/** Words before "from" that make the place after it a reference point ("100km from Tripoli", "away from"). */
const DISTANCE_WORDS: ReadonlySet<string> = new Set(['km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'away', 'far', 'distance']);

const isDistance = (t: TextToken | undefined): boolean => t !== undefined && (DISTANCE_WORDS.has(t.norm) || /^[0-9]+(km|mi)?$/.test(t.norm));

/** A place after a direction or proximity word, within two words ("جنوب العاصمة طرابلس", "south of the capital Tripoli"). */
function isReference(block: Block, reader: ClaimReader, place: PlaceSpan): boolean {
  for (let k = place.start - 1; k >= Math.max(0, place.start - 3); k--) {
    const token = block.tokens[k];
    // "withdrew from Gharyan" names the place itself; "100km from Tripoli", "away from" a reference.
    if (token?.norm === 'from' && !isDistance(block.tokens[k - 1])) return false;
    if (hasWord(reader.directions, token) || hasWord(reader.nearWords, token)) return true;
    if (!(isFiller(reader, token) || CAPITAL_WORDS.has(token?.norm ?? ''))) return false;
  }
  return false;
}

/** "Tripoli’s airport": the place names the owner of something else, not the place taken. */
function isPossessive(block: Block, place: PlaceSpan): boolean {
  const next = block.tokens[place.end];
  return next !== undefined && next.norm === 's' && /['’]/.test(gapBefore(block.text, block.tokens, place.end));
}

/** The places that continue a list after a place: "X وY", "X، Y and Z", "X، بالإضافة إلى جزء كبير من Y". */
function continueList(block: Block, reader: ClaimReader, from: number, limit: number): Target[] {
  const { tokens, text } = block;
  const targets: Target[] = [];
  let end = from;
  for (;;) {
    let j = end;
    let linked = false;
    let extent: { extent: Extent; words: string } | null = null;
    let found: PlaceSpan | null = null;
    /** After a reference point the list goes on only past a comma or a place noun ("شرق طرابلس ومدينة مسلاتة", not "east of Rujban and Zintan"). */
    let reference = false;
    let resumed = false;
    while (j < limit && j - end < 10) {
      if (COMMA.test(gapBefore(text, tokens, j))) {
        linked = true;
        resumed = true;
      }
      const place = block.placeAt.get(j);
      if (place) {
        if (reference && !resumed) {
          j = place.end;
          continue;
        }
        if (!place.skip && (linked || place.linked)) found = place;
        break;
      }
      if (reference && readStems((tokens[j] as TextToken).norm).some(({ stem }) => PLACE_NOUNS.has(stem))) resumed = true;
      const link = matchPhrasesAt(reader.listLinks, tokens, j)[0];
      if (link) {
        linked = true;
        j = link.end;
        continue;
      }
      const ext = matchPhrasesAt(reader.extents, tokens, j)[0];
      if (ext) {
        if (ext.prefix.startsWith('و')) linked = true;
        extent = { extent: ext.value, words: slice(block, ext.start, ext.end) };
        j = ext.end;
        continue;
      }
      const token = tokens[j] as TextToken;
      // "منطقة القربولي شرق طرابلس ومدينة مسلاتة": a reference point after an item does not end the list.
      if (hasWord(reader.directions, token) || hasWord(reader.nearWords, token)) {
        let k = j + 1;
        while (k < limit && k - j <= 3 && !block.placeAt.has(k) && (isFiller(reader, tokens[k]) || CAPITAL_WORDS.has(tokens[k]?.norm ?? ''))) k++;
        const point = block.placeAt.get(k);
        if (point) {
          j = point.end;
          reference = true;
          resumed = false;
          continue;
        }
      }
      if (isFiller(reader, token) && !hasWord(reader.directions, token)) {
        if (/^[وف]/.test(token.norm) && !reader.fillers.has(token.norm)) linked = true;
        j++;
        continue;
      }
      // A name the gazetteer lacks, inside a list: "وزلطن والجميل ورقدالين" (و before both),
      // "al-Ajaylat, al-Jamil and Riqdalin" (up to three words between a comma and "and").
      const next = block.placeAt.get(j + 1);
      if (/^و/.test(token.norm) && token.norm.length > 2 && next?.linked) {
        j++;
        continue;
      }
      if (linked) {
        let k = j;
        const plain = (t: TextToken | undefined): boolean => !isFiller(reader, t) && !hasWord(reader.directions, t) && !hasWord(reader.nearWords, t);
        while (k < j + 3 && k < limit && !block.placeAt.has(k) && plain(tokens[k]) && matchPhrasesAt(reader.listLinks, tokens, k).length === 0 && !COMMA.test(gapBefore(text, tokens, k + 1))) k++;
        if (k < limit && !block.placeAt.has(k) && plain(tokens[k]) && COMMA.test(gapBefore(text, tokens, k + 1))) k++;
        const after = k < limit ? matchPhrasesAt(reader.listLinks, tokens, k)[0] : undefined;
        const endOfItem = COMMA.test(gapBefore(text, tokens, k + 1)) ? k + 1 : after?.end;
        if (k > j && k - j <= 3 && endOfItem !== undefined) {
          const nextPlace = block.placeAt.get(endOfItem) ?? block.placeAt.get(endOfItem + (matchPhrasesAt(reader.listLinks, tokens, endOfItem).length > 0 ? 1 : 0));
          if (nextPlace) {
            j = nextPlace.start;
            continue;
          }
        }
      }
      break;
    }
    if (!found) return targets;
    targets.push({ place: found, extent: extent?.extent ?? null, extentWords: extent?.words ?? null });
    end = found.end;
  }
}

/**
 * The place named before a cue, through relative pronouns and copulas ("غريان، التي كانت تعتبر
 * أهم القواعد", "Gharyan, located some 100km from Tripoli, has been a vital base"): a comma is
 * crossed when a relative pronoun or copula follows it; one appositive between commas is skipped.
 */
function walkBackward(block: Block, reader: ClaimReader, from: number): Target[] {
  const { tokens, text } = block;
  const floor = block.sentenceStart[from] as number;
  // "Tarhuna, 65 km southeast of Tripoli, fell to government forces", "Sirte, Haftar's stronghold,
  // was captured by": one appositive between commas right before the cue stands between the place and the cue.
  let head = from;
  while (head - 1 > floor && !COMMA.test(gapBefore(text, tokens, head)) && hasWord(reader.backFillers, tokens[head - 1]) && from - head < 3) head--;
  if (head > floor && COMMA.test(gapBefore(text, tokens, head))) {
    let k = head - 1;
    while (k > floor && head - k <= 10 && !COMMA.test(gapBefore(text, tokens, k))) k--;
    const place = k > floor && COMMA.test(gapBefore(text, tokens, k)) ? block.placeEndingAt.get(k) : undefined;
    if (place && !place.skip && !isReference(block, reader, place)) return [...continueListBackward(block, reader, place), { place, extent: null, extentWords: null }];
  }
  let budget = 2;
  let relative = false;
  let jumped = false;
  for (let j = from - 1; j >= floor && from - j <= BACKWARD_REACH; j--) {
    if (COMMA.test(gapBefore(text, tokens, j + 1)) && j + 1 < from) {
      if (hasWord(reader.backFillers, tokens[j + 1])) relative = true;
      else if (!relative) return [];
    }
    const place = block.placeEndingAt.get(j + 1);
    if (place) {
      const reference = isReference(block, reader, place);
      if (!place.skip && !reference) return [...continueListBackward(block, reader, place), { place, extent: null, extentWords: null }];
      j = place.start;
      if (--budget < 0) break;
      continue;
    }
    if (block.partyEndingAt.get(j + 1) || block.inParty[j] === 1) return [];
    const token = tokens[j];
    if (hasWord(reader.backFillers, token) || isFiller(reader, token)) continue;
    if (--budget >= 0) continue;
    // Out of words: skip one appositive ("X، أكبر قاعدة في المنطقة…، وهي تخضع") to the comma before it.
    if (!relative || jumped) return [];
    let k = j;
    while (k > floor && !COMMA.test(gapBefore(text, tokens, k))) k--;
    if (k <= floor) return [];
    jumped = true;
    budget = 1;
    j = k;
  }
  return [];
}

/** The places of a list ending at `last`, walking back: "مدينتي غريان وترهونة". */
function continueListBackward(block: Block, reader: ClaimReader, last: PlaceSpan): Target[] {
  const { tokens, text } = block;
  const targets: Target[] = [];
  let current = last;
  for (;;) {
    let linked = current.linked || COMMA.test(gapBefore(text, tokens, current.start));
    let j = current.start - 1;
    let found: PlaceSpan | null = null;
    while (j >= 0 && current.start - j <= 4) {
      const place = block.placeEndingAt.get(j + 1);
      if (place) {
        if (!place.skip && linked) found = place;
        break;
      }
      const token = tokens[j] as TextToken;
      if (matchPhrasesAt(reader.listLinks, tokens, j).length > 0) linked = true;
      else if (/^و/.test(token.norm) && token.norm.length > 2 && current.linked && block.placeEndingAt.has(j)) linked = true;
      else if (!isFiller(reader, token)) break;
      if (COMMA.test(gapBefore(text, tokens, j))) linked = true;
      j--;
    }
    if (!found) return targets.reverse();
    targets.push({ place: found, extent: null, extentWords: null });
    current = found;
  }
}

// ── Parties ─────────────────────────────────────────────────────────────────────────────────

/**
 * The actor of a cue: a pronoun suffix on it (سيطرتها), the party between it and its place
 * ("سيطر الجيش على"), the nearest party before it in its clause, the speaker, or the subject
 * carried over from the paragraph's previous statement.
 */
function findActor(block: Block, reader: ClaimReader, memory: Memory, match: PhraseMatch<ControlCue>, cue: ControlCue, gapParties: readonly PartySpan[], backward: boolean, placeEnd: number, attribution: Attribution | null): PartyReading | null {
  // A verb's suffix followed by a party is its object, the party its subject ("التقدمات التي أحرزها حفتر").
  const objectSuffix = !cue.noun && cue.lang === 'ar' && gapParties[0]?.start === match.end && !isObject(block, reader, gapParties[0]);
  if (match.suffix && !objectSuffix && (cue.suffix !== 'place' || !backward)) {
    const read = readPronoun(match.suffix === 'نا' ? 'first' : 'third', block, match.start, memory, attribution);
    if (read) return { ...read, how: `the pronoun suffix "${match.suffix}" → ${read.party} (${read.how})` };
  }
  // Arabic puts the subject after the verb ("سيطر الجيش على"); English does not ("Haftar base").
  // After a verb of expelling the party is the one expelled, unless another follows it ("طردت قوات الوفاق قوات حفتر من").
  const subjects = gapParties.filter((span) => !isObject(block, reader, span));
  if (cue.lang === 'ar' && (cue.outcome !== 'expels' || subjects.length >= 2)) {
    for (const span of subjects) {
      const read = readPartyWord(span, block, span.start, memory, attribution);
      if (read) return { ...read, span: [span.start, span.end] };
    }
  }
  if (backward) {
    // "التي دخلتها قوات الجيش الوطني": the actor follows the verb.
    for (let j = match.end; j < Math.min(block.clauseEnd[match.start] as number, match.end + 9); j++) {
      const span = block.partyAt.get(j);
      if (span) {
        const read = readPartyWord(span, block, j, memory, attribution);
        if (read) return { ...read, span: [span.start, span.end] };
        break;
      }
    }
    if (backward && placeEnd >= 0) {
      const speaking = attribution?.party;
      if (speaking) return { party: speaking, how: `the speaker's party, ${speaking}`, factor: 0.85, fallback: true };
    }
  }
  // In a relative clause ("مدينة صرمان التي يتحصن فيها …"), the actor is not before the place.
  const clauseStart = backward ? Math.max(block.clauseStart[match.start] as number, placeEnd) : (block.clauseStart[match.start] as number);
  for (let j = match.start; j > clauseStart; j--) {
    const span = block.partyEndingAt.get(j);
    if (!span) continue;
    // Right before the cue it is the cue's subject, whatever it is the object of ("targeting pro-Haftar forces deployed in").
    if (j < match.start && isObject(block, reader, span)) continue;
    const read = readPartyWord(span, block, span.start, memory, attribution);
    if (read) return { ...read, span: [span.start, span.end] };
  }
  // "GNA troops pushed on towards Sirte after taking Tarhuna": a clause with no subject of its own,
  // right after "after", "while", "before", has the sentence's subject.
  const clauseHead = block.clauseStart[match.start] as number;
  const sentenceHead = block.sentenceStart[match.start] as number;
  if (cue.lang === 'en' && clauseHead > sentenceHead && match.start - clauseHead <= 1) {
    for (const span of block.parties) {
      if (span.start < sentenceHead || span.end > clauseHead) continue;
      if (isObject(block, reader, span) || span.word.kind === 'first') continue;
      const read = readPartyWord(span, block, span.start, memory, attribution);
      if (read) return { ...read, how: `${read.how}, the subject of the sentence`, factor: read.factor * 0.9, span: [span.start, span.end] };
    }
  }
  if (attribution?.party) return { party: attribution.party, how: `the speaker's party, ${attribution.party}`, factor: 0.85, fallback: true };
  if (memory.paragraphActor) return { party: memory.paragraphActor, how: `subject carried over from the previous statement, ${memory.paragraphActor}`, factor: 0.8, fallback: true };
  return null;
}

/** A party after "من", "ضد", "from", "against" (through "ما يسمى بـ"): the object, not the actor. */
function isObject(block: Block, reader: ClaimReader, span: PartySpan): boolean {
  for (let j = span.start - 1; j >= Math.max(0, span.start - 4); j--) {
    const token = block.tokens[j];
    if (hasWord(reader.objectMarkers, token)) return true;
    if (!isFiller(reader, token) || block.inParty[j] === 1) return false;
  }
  return false;
}

/**
 * The party named after "by" ("على يد") right after a place: "driven out of X by GNA forces",
 * "the capture of X by GNA forces"; after "to" when losing a place ("lost Gharyan to GNA forces").
 */
function findAgent(block: Block, memory: Memory, from: number, limit: number, attribution: Attribution | null, losing: boolean): PartyReading | null {
  const { tokens } = block;
  let j = from;
  const hand = (t: TextToken | undefined): boolean => readStems(t?.norm ?? '').some(({ stem }) => stem === 'يد' || stem === 'ايدي');
  if (tokens[j]?.norm === 'by' || (losing && ['to', normaliseName('إلى'), 'الي'].includes(tokens[j]?.norm ?? ''))) j++;
  else if (tokens[j]?.norm === normaliseName('من') && tokens[j + 1]?.norm === normaliseName('قبل')) j += 2;
  else if (tokens[j]?.norm === normaliseName('على') && hand(tokens[j + 1])) j += 2;
  else if (hand(tokens[j]) && /^ب/.test(tokens[j]?.norm ?? '')) j++;
  else if (!(losing && /^ل/.test(block.partyAt.get(j)?.prefix ?? ''))) return null;
  if (tokens[j]?.norm === 'the') j++;
  const span = j < limit ? block.partyAt.get(j) : undefined;
  if (!span || span.word.kind === 'third' || span.word.kind === 'first') return null;
  const read = readPartyWord(span, block, span.start, memory, attribution);
  return read ? { ...read, how: `${read.how}, named after "${slice(block, from, from + 1)}"`, span: [span.start, span.end] } : null;
}

/** Words between "من/from" and a party a place was taken from ("من قبضة ميليشيات حفتر", "from the grip of"). */
const FREED_FROM: ReadonlySet<string> = new Set(['قبضة', 'سيطرة', 'براثن', 'ايدي', 'يد', 'احتلال', 'the', 'control', 'grip', 'hands', 'of'].map(normaliseName));

/** The party a place was freed from, named right after it: "من قبضة ميليشيات حفتر", "from Haftar's forces". */
function findFreedFrom(block: Block, from: number, limit: number): PartyReading | null {
  const { tokens } = block;
  if (tokens[from]?.norm !== normaliseName('من') && tokens[from]?.norm !== 'from') return null;
  let j = from + 1;
  while (j < limit && j - from <= 4 && !block.partyAt.has(j) && readStems(tokens[j]?.norm ?? '').some(({ stem }) => FREED_FROM.has(stem))) j++;
  const span = j < limit ? block.partyAt.get(j) : undefined;
  if (!span || span.word.kind !== 'alias') return null;
  return { party: span.word.party, how: `"${slice(block, span.start, span.end)}" → ${span.word.party}`, factor: 1, span: [span.start, span.end] };
}

/** The party named right after a cue ("تحت سيطرة قوات الوفاق", "held by the LNA", "منطلق قوات حفتر"). */
function findPartyAfter(block: Block, reader: ClaimReader, memory: Memory, from: number, attribution: Attribution | null): PartyReading | null {
  let unknown = 0;
  // "غرفة عمليات رئيسية لقوات … حفتر": up to two other words between.
  for (let j = from; j < Math.min(block.sentenceEnd[from - 1] as number, from + 6); j++) {
    const span = block.partyAt.get(j);
    if (span) {
      const read = readPartyWord(span, block, j, memory, attribution);
      return read ? { ...read, span: [span.start, span.end] } : null;
    }
    if (block.inPlace[j] === 1) return null;
    const token = block.tokens[j];
    if (hasWord(reader.fillers, token) || hasWord(reader.titles, token) || hasWord(reader.affiliations, token)) continue;
    if (++unknown > 2) return null;
  }
  return null;
}

/** The party named right before a cue ("LNA-held", "Haftar’s last stronghold", "ميليشيات حفتر الإرهابية في"). */
function findPartyBefore(block: Block, reader: ClaimReader, memory: Memory, at: number, presence: boolean, attribution: Attribution | null): PartyReading | null {
  const span = findPartyJustBefore(block, reader, at, presence);
  if (!span) return null;
  const read = readPartyWord(span, block, span.start, memory, attribution);
  return read ? { ...read, span: [span.start, span.end] } : null;
}

/**
 * The party phrase ending right before word `at`, through a possessive ("Haftar's stronghold")
 * and, for presence, up to two adjectives ("ميليشيات حفتر الإرهابية داخل", "LNA forces still in").
 */
function findPartyJustBefore(block: Block, reader: ClaimReader, at: number, presence: boolean): PartySpan | undefined {
  let j = at;
  if (block.tokens[j - 1]?.norm === 's' && block.partyEndingAt.has(j - 1)) j--;
  for (let k = 0; presence && k < 2 && !block.partyEndingAt.has(j); k++) {
    const token = block.tokens[j - 1];
    if (!token || block.inParty[j - 1] === 1 || block.inPlace[j - 1] === 1 || !hasWord(reader.presenceAdjectives, token)) break;
    j--;
  }
  return block.partyEndingAt.get(j);
}

/** The first party phrase inside words [from, to) ("under Haftar's control", "الحكومة في"). */
function findPartyWithin(block: Block, from: number, to: number): PartySpan | undefined {
  for (let k = from; k < to; k++) {
    const span = block.partyAt.get(k);
    if (span && span.end <= to) return span;
  }
  return undefined;
}

/** Every distinct party named after a contested cue, in its clause. */
function findContestants(block: Block, from: number, limit: number): string[] {
  const parties: string[] = [];
  for (let j = from; j < limit; j++) {
    const span = block.partyAt.get(j);
    const party = span?.word.kind === 'alias' ? span.word.party : span?.word.kind === 'shared' ? span.shared : null;
    if (party && !parties.includes(party)) parties.push(party);
  }
  return parties;
}

/** The party a party phrase stands for, and how it was read. */
function readPartyWord(span: PartySpan, block: Block, at: number, memory: Memory, attribution: Attribution | null): PartyReading | null {
  const words = slice(block, span.start, span.end);
  switch (span.word.kind) {
    case 'alias':
      if (span.generic) return { party: span.word.party, how: `"${words}" → ${span.word.party}, the party this text names with that word`, factor: 0.8 };
      return { party: span.word.party, how: `"${words}" → ${span.word.party}`, factor: 1 };
    case 'shared':
      return span.shared ? { party: span.shared, how: `"${words}" (a name both sides use) → ${span.shared}, from its context`, factor: 0.9 } : null;
    default: {
      const read = readPronoun(span.word.kind, block, at, memory, attribution);
      return read ? { ...read, how: `"${words}" → ${read.party} (${read.how})` } : null;
    }
  }
}

/** What a pronoun refers to: "our" to the speaker's party; "its/his" to the speaker's or the last actor. */
function readPronoun(person: 'first' | 'third', block: Block, at: number, memory: Memory, attribution: Attribution | null): { party: string; how: string; factor: number } | null {
  const speaking = attribution && attribution.verbStart < at ? attribution.party : null;
  if (person === 'first') {
    const party = speaking ?? memory.lastSpeakerParty ?? memory.lastActor;
    return party ? { party, how: 'the speaker\'s party', factor: 0.9 } : null;
  }
  for (let j = at; j > (block.clauseStart[Math.max(0, at - 1)] as number); j--) {
    const span = block.partyEndingAt.get(j);
    if (span?.word.kind === 'alias') return { party: span.word.party, how: 'the party named before it in the clause', factor: 0.9 };
    if (span?.word.kind === 'shared' && span.shared) return { party: span.shared, how: 'the party named before it in the clause', factor: 0.85 };
  }
  if (speaking) return { party: speaking, how: 'the speaker\'s party', factor: 0.9 };
  if (memory.lastActor) return { party: memory.lastActor, how: 'the party last acting', factor: 0.9 };
  if (memory.lastSpeakerParty) return { party: memory.lastSpeakerParty, how: 'the party of the last speaker', factor: 0.8 };
  for (let j = at - 1; j >= 0; j--) {
    const span = block.partyEndingAt.get(j + 1);
    if (span?.word.kind === 'alias') return { party: span.word.party, how: 'the party last named', factor: 0.8 };
  }
  if (memory.lastNamed) return { party: memory.lastNamed, how: 'the party last named', factor: 0.75 };
  return null;
}

/**
 * The attribution governing a word: the nearest before it in its sentence that names a speaker,
 * else the first after it ("…,” Mismari said").
 */
function findAttribution(block: Block, at: number): Attribution | null {
  const start = block.sentenceStart[at] as number;
  const end = block.sentenceEnd[at] as number;
  let best: Attribution | null = null;
  for (const a of block.attributions) {
    if (a.speaker && a.verbStart >= start && a.verbEnd <= at) best = a;
  }
  if (best) return best;
  return block.attributions.find((a) => a.speaker && a.verbStart > at && a.verbStart < end) ?? null;
}

// ── Cancelling words ────────────────────────────────────────────────────────────────────────

/** English words after a statement's place that make its noun phrase a hope or a hypothesis. */
const MODALS_AFTER: ReadonlySet<string> = new Set(['would', 'could', 'will', 'may', 'might', 'should', 'must',
  ...['سيكون', 'ستكون', 'سيؤدي', 'ستؤدي', 'سيشكل', 'ستشكل', 'سيمثل', 'ستمثل', 'سيعني', 'يعني', 'سيفتح', 'ستفتح'].map(normaliseName)]);
const GOALS_AFTER: ReadonlySet<string> = new Set(['goal', 'aim', 'objective', 'priority', 'target', 'dream', 'ambition',
  ...['هدف', 'هدفنا', 'هدفه', 'هدفها', 'الهدف', 'غاية', 'غايتنا', 'أولوية', 'أولويتنا'].map(normaliseName)]);

/**
 * "The fall of Tripoli would be a disaster", "the liberation of Tripoli is our goal", "سقوط طرابلس
 * سيكون كارثة", "تحرير طرابلس هدفنا": a modal right after the place, or a goal within four words
 * ("is/remains … goal" in English), in the clause and before any comma.
 */
function findCancelAfter(block: Block, from: number, limit: number): { reason: RejectedClaim['reason']; marker: string } | null {
  const { tokens, text } = block;
  for (let j = from; j < Math.min(limit, from + 4); j++) {
    if (j > from && COMMA.test(gapBefore(text, tokens, j))) break;
    const word = (tokens[j] as TextToken).norm;
    if (j === from && MODALS_AFTER.has(word)) return { reason: 'irrealis', marker: word };
    const copula = tokens.slice(from, j).some((t) => ['is', 'remains', 'was', 'remained'].includes(t.norm));
    if (GOALS_AFTER.has(word) && (copula || /[\u0600-\u06ff]/.test(word))) return { reason: 'attempt', marker: word };
  }
  return null;
}

/** When several words cancel a cue, the reason reported: a denial or negation before an attempt or a condition. */
const CANCEL_RANK: Record<RejectedClaim['reason'], number> = { denied: 0, negated: 1, attempt: 2, purpose: 3, irrealis: 4, name: 5 };

function findCancel(block: Block, reader: ClaimReader, match: PhraseMatch<ControlCue>, clauseStart: number): { reason: RejectedClaim['reason']; marker: string } | null {
  const { tokens } = block;
  // "للسيطرة على", "لاستعادة", "ليسيطر": a purpose, not a fact.
  if (/ل$/.test(match.prefix)) return { reason: 'purpose', marker: (tokens[match.start] as TextToken).norm };
  let found: { reason: RejectedClaim['reason']; marker: string } | null = null;
  for (let j = match.start - 1; j >= clauseStart; j--) {
    // Words before another statement cancel that one ("فشل في السيطرة على X وسيطر على Y").
    const other = findCueAt(block, reader, j);
    if (other && other.end <= match.start && (other.value.party === 'actor' || other.value.party === 'after')) break;
    for (const m of matchPhrasesAt(reader.cancels, tokens, j)) {
      if (m.end > match.start) continue;
      const distance = match.start - m.end;
      const { scope, unless, reason } = m.value;
      if (scope === 'adjacent' && distance !== 0) continue;
      if (scope === 'near' && distance > 5) continue;
      if (match.value.state && scope === 'near' && (reason === 'attempt' || reason === 'irrealis')) continue;
      if (unless && tokens.slice(Math.max(clauseStart, j - 6), j).some((t) => unless.some((w) => readStems(t.norm).some(({ stem }) => stem === normaliseName(w))))) continue;
      const after = tokens[m.end];
      if (m.value.unlessFollowedBy && after && m.value.unlessFollowedBy.some((w) => normaliseName(w) === after.norm)) continue;
      const number = (t: TextToken | undefined): boolean => t !== undefined && /^[0-9\u0660-\u0669]+$/.test(t.norm);
      if (m.value.unlessNextToNumber && (number(tokens[m.start - 1]) || number(after))) continue;
      const before = tokens[m.start - 1];
      if (m.value.unlessPrecededBy && before && m.value.unlessPrecededBy.some((w) => readStems(before.norm).some(({ stem }) => stem === normaliseName(w)))) continue;
      if (!found || CANCEL_RANK[reason] < CANCEL_RANK[found.reason]) found = { reason, marker: slice(block, m.start, m.end) };
    }
  }
  return found;
}

/** A phrase ending within `reach` words before `at`, in the clause. */
function findBefore(block: Block, index: Parameters<typeof matchPhrasesAt>[0], at: number, floor: number, reach: number): PhraseMatch<unknown> | null {
  for (let j = at - 1; j >= Math.max(floor, at - reach - 2); j--) {
    const m = matchPhrasesAt(index, block.tokens, j)[0];
    if (m && m.end <= at && at - m.end <= reach) return m;
  }
  return null;
}

// ── Helpers ─────────────────────────────────────────────────────────────────────────────────

/**
 * A word that may stand between a cue and its place: a filler of the vocabulary, with or without
 * the article ("المعسكرات", "المدينة"), or a number (dates, "14 أبريل").
 */
function isFiller(reader: ClaimReader, token: TextToken | undefined): boolean {
  if (token === undefined) return false;
  if (/^[0-9\u0660-\u0669]+$/.test(token.norm)) return true;
  return readStems(token.norm).some(({ stem }) => reader.fillers.has(stem) || (stem.length > 4 && stem.startsWith('ال') && reader.fillers.has(stem.slice(2))));
}

function slice(block: Block, from: number, to: number): string {
  const first = block.tokens[from];
  const last = block.tokens[to - 1];
  return first && last ? block.text.slice(first.start, last.end) : '';
}

function cleanSpeaker(s: string): string {
  const clean = s.replace(/^[\s"“”«»'(]+|[\s"“”«»':،,(]+$/g, '');
  return clean.length > 90 ? `${clean.slice(0, 89)}…` : clean;
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

/** One suggestion per place, party, change and evidence: a cue read twice says nothing new. */
function dedupe(list: SuggestedClaim[]): SuggestedClaim[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = [s.place, s.party ?? s.parties?.join('+'), s.change, s.evidence.paragraph, s.evidence.start, s.evidence.end].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
