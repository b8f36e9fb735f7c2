import { normaliseName } from '../text/normalise.ts';
import type { Extent } from '../types.ts';
import type { ControlCue } from './claim-vocabulary.ts';
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
}

/** A party as read for a statement, and how. */
interface PartyReading {
  party: string;
  how: string;
  factor: number;
  /** The party's words, when they are in the statement's clause. */
  span?: [number, number];
}

const SENTENCE_END = /[.!?؟;؛\n]/;
const COMMA = /[,،]/;
const QUOTE = /["“”«»]/;
const ABBREVIATIONS = new Set(['col', 'gen', 'maj', 'brig', 'lt', 'mr', 'dr', 'st', 'no', 'a', 'm', 'p', 'u', 's']);
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
  const blocks = input.blocks.map((b) => readBlock(b.id, b.text, input.mentions.filter((m) => m.paragraph === b.id), reader, skip));
  resolveSharedAliases(blocks, reader);
  const memory: Memory = { lastActor: null, paragraphActor: null, lastSpeakerParty: null, lastNamed: null };
  const suggestions: SuggestedClaim[] = [];
  const rejected: RejectedClaim[] = [];
  for (const block of blocks) {
    memory.paragraphActor = null;
    findAttributions(block, reader, memory);
    readStatements(block, reader, memory, suggestions, rejected);
    const named = block.parties.filter((p) => p.word.kind === 'alias').at(-1);
    if (named?.word.kind === 'alias') memory.lastNamed = named.word.party;
  }
  return { suggestions: dedupe(suggestions), rejected };
}



// ── Reading a block ─────────────────────────────────────────────────────────────────────────

function readBlock(id: string, text: string, mentions: readonly PlaceMention[], reader: ClaimReader, skip: ReadonlySet<string>): Block {
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
    const span: PlaceSpan = { place: mention.place, start, end, mention, linked: /[وف]/.test(lead), skip: skip.has(mention.place) || placeNoun };
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
  return block;
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
  /** Names a speaker: a party phrase, or a title or rank (العقيد، spokesman). */
  const naming = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (block.inParty[k] === 1 || hasWord(reader.titles, tokens[k])) return true;
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
      for (const [n, cut] of cuts.entries()) {
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

function readStatements(block: Block, reader: ClaimReader, memory: Memory, suggestions: SuggestedClaim[], rejected: RejectedClaim[]): void {
  const { tokens } = block;
  for (let i = 0; i < tokens.length; ) {
    const cue = findCueAt(block, reader, i);
    if (!cue) {
      i++;
      continue;
    }
    readStatement(block, reader, memory, cue, suggestions, rejected);
    i = cue.end;
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
    if (match.value.party === 'within' && !block.partyAt.get(i)) continue;
    // "LNA-held", "قوات حفتر في": only right after a party's name, a subject rather than the
    // object of an action ("قصف قوات حفتر في", "clashes between … in").
    if (match.value.party === 'before') {
      const party = block.partyEndingAt.get(i) ?? (block.tokens[i - 1]?.norm === 's' ? block.partyEndingAt.get(i - 1) : undefined);
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
}

function readStatement(block: Block, reader: ClaimReader, memory: Memory, match: PhraseMatch<ControlCue>, suggestions: SuggestedClaim[], rejected: RejectedClaim[]): void {
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
  if (cue.place !== 'before') ({ targets, gapParties } = walkForward(block, reader, match.end, clauseEnd, cue.slack ?? 1));
  const placeBefore = cue.place === 'before' || (pronounPlace && targets.length === 0);
  if (targets.length === 0 && (placeBefore || cue.place === 'either')) {
    targets = walkBackward(block, reader, match.start);
    backward = targets.length > 0;
  }
  if (targets.length === 0) return;
  if (backward) why.push('place: named before the cue');

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
    if (parties.length < 2) return;
    why.push(`parties: ${parties.join(', ')}, named after the cue`);
  } else if (cue.party === 'actor') {
    actor = findActor(block, reader, memory, match, cue, gapParties, backward, backward ? Math.max(...targets.map((t) => t.place.end)) : -1, attribution);
  } else if (cue.party === 'after') {
    actor = findPartyAfter(block, reader, memory, match.end, attribution);
  } else if (cue.party === 'before') {
    actor = findPartyBefore(block, memory, match.start, attribution);
  } else {
    const span = block.partyAt.get(match.start);
    const read = span ? readPartyWord(span, block, match.start, memory, attribution) : null;
    if (read && span) actor = { ...read, how: `${read.how}, in the cue's words`, span: [span.start, span.end] };
  }
  if (actor) {
    why.push(`actor: ${actor.how}`);
    if (cue.outcome === 'leaves' && targets[0]?.towards) {
      // "انسحبت باتجاه قصر بن غشير": where a party withdraws to is where it still is.
      holder = { ...actor, factor: actor.factor * 0.7 };
      change = 'held';
      defaultExtent = 'part';
      why.push(`withdrew towards it ("${targets[0].towards}"): read as a position of ${actor.party}`);
    } else if (cue.outcome === 'leaves') {
      // Who holds a place a party left is not said here: the claim stays the leaver's, marked
      // withdrawn and weak, unless the text says who took it (see reassignWithdrawals).
      holder = { ...actor, factor: actor.factor * 0.6 };
      why.push(`${actor.party} withdrew from it; who holds it now is not said here`);
    } else {
      holder = actor;
    }
  } else if (cue.outcome === 'expels') {
    const expelled = gapParties.map((p) => readPartyWord(p, block, p.start, memory, attribution)).find((r) => r !== null);
    const others = expelled ? reader.parties.filter((p) => p !== expelled.party) : [];
    if (expelled && others.length === 1) {
      holder = { party: others[0] as string, how: `the other party than the expelled ${expelled.party}`, factor: 0.7 };
      why.push(`no expeller named: ${expelled.party} was expelled, so the other party holds it`);
    }
  }

  // How the statement stands: cancelled, or a claim.
  const cancel = findCancel(block, reader, match, clauseStart);
  const attributedTo = attribution?.speaker ? cleanSpeaker(slice(block, attribution.speaker[0], attribution.speaker[1])) : undefined;
  if (attributedTo) why.push(`attributed to "${attributedTo}"`);
  const actorSpan = actor?.span && actor.span[0] >= clauseStart ? actor.span : null;
  targets.forEach((target, k) => {
    // The quote runs from the cue (or its actor, or the list's first place) to this place.
    const first = targets[0] as Target;
    const from = Math.min(match.start, first.place.start, target.place.start, actorSpan ? actorSpan[0] : match.start);
    const to = Math.max(match.end, target.place.end, actorSpan ? actorSpan[1] : match.end);
    const start = (tokens[from] as TextToken).start;
    const end = (tokens[to - 1] as TextToken).end;
    const evidence = { paragraph: block.id, quote: text.slice(start, end), start, end };
    const extent = target.extent ?? defaultExtent;
    const targetWhy = [...why, target.extentWords ? `extent "${target.extentWords}" → ${extent}` : `extent: ${extent} (nothing says otherwise)`];
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
    const confidence = cue.confidence * holder.factor * (k > 0 ? 0.95 : 1) * (backward ? 0.9 : 1) * (approach ? 0.85 : 1);
    suggestions.push({
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
    });
  });
  if (!cancel && actor && cue.party === 'actor') {
    memory.lastActor = actor.party;
    memory.paragraphActor = actor.party;
  }
}

/** Places after a cue: the first reached through fillers, then the list that follows it. */
function walkForward(block: Block, reader: ClaimReader, from: number, limit: number, slack: number): { targets: Target[]; gapParties: PartySpan[] } {
  const { tokens } = block;
  const gapParties: PartySpan[] = [];
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
  while (i < limit && i - from <= FORWARD_REACH) {
    if (i - directionAt > 2) {
      direction = false;
      near = false;
    }
    const place = block.placeAt.get(i);
    if (place) {
      if (place.skip || near || (direction && content)) {
        // A reference point ("جنوبي طرابلس" after the place), a country, or part of a party's name.
        i = place.end;
        direction = false;
        near = false;
        extent = null;
        content = true;
        continue;
      }
      if (isPossessive(block, place)) {
        i = place.end + 1;
        content = true;
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
      const previous = tokens[i - 1];
      const towards = i > from && previous && hasWord(reader.towards, previous) ? previous.norm : undefined;
      first = { place, extent: extent?.extent ?? (direction ? 'part' : null), extentWords: extent?.words ?? (direction ? slice(block, i - 1, i) : null), ...(towards ? { towards } : {}) };
      break;
    }
    const party = block.partyAt.get(i);
    if (party) {
      gapParties.push(party);
      i = party.end;
      // "الجيش الليبي التابع للمشير، خليفة حفتر": the affiliation belongs to the party.
      while (i < limit && (hasWord(reader.affiliations, tokens[i]) || hasWord(reader.titles, tokens[i]))) {
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
      near = true;
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

/** "العاصمة طرابلس", "the capital Tripoli": the word between a direction word and the place it refers to. */
const CAPITAL_WORDS: ReadonlySet<string> = new Set(['العاصمة', 'العاصمة الليبية', 'capital'].flatMap((w) => normaliseName(w).split(' ')));

/** A place after a direction or proximity word, within two words ("جنوب العاصمة طرابلس", "south of the capital Tripoli"). */
function isReference(block: Block, reader: ClaimReader, place: PlaceSpan): boolean {
  for (let k = place.start - 1; k >= Math.max(0, place.start - 3); k--) {
    const token = block.tokens[k];
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
    while (j < limit && j - end < 10) {
      if (COMMA.test(gapBefore(text, tokens, j))) linked = true;
      const place = block.placeAt.get(j);
      if (place) {
        if (!place.skip && (linked || place.linked)) found = place;
        break;
      }
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
  if (match.suffix && (cue.suffix !== 'place' || !backward)) {
    const read = readPronoun(match.suffix === 'نا' ? 'first' : 'third', block, match.start, memory, attribution);
    if (read) return { ...read, how: `the pronoun suffix "${match.suffix}" → ${read.party} (${read.how})` };
  }
  // Arabic puts the subject after the verb ("سيطر الجيش على"); English does not ("Haftar base").
  if (cue.outcome !== 'expels' && cue.lang === 'ar') {
    for (const span of gapParties) {
      if (isObject(block, reader, span)) continue;
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
      if (speaking) return { party: speaking, how: `the speaker's party, ${speaking}`, factor: 0.85 };
    }
  }
  // In a relative clause ("مدينة صرمان التي يتحصن فيها …"), the actor is not before the place.
  const clauseStart = backward ? Math.max(block.clauseStart[match.start] as number, placeEnd) : (block.clauseStart[match.start] as number);
  for (let j = match.start; j > clauseStart; j--) {
    const span = block.partyEndingAt.get(j);
    if (!span) continue;
    if (isObject(block, reader, span)) continue;
    const read = readPartyWord(span, block, span.start, memory, attribution);
    if (read) return { ...read, span: [span.start, span.end] };
  }
  if (attribution?.party) return { party: attribution.party, how: `the speaker's party, ${attribution.party}`, factor: 0.85 };
  if (memory.paragraphActor) return { party: memory.paragraphActor, how: `subject carried over from the previous statement, ${memory.paragraphActor}`, factor: 0.8 };
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

/** The party named right before a cue ("LNA-held", "Haftar’s last stronghold"). */
function findPartyBefore(block: Block, memory: Memory, at: number, attribution: Attribution | null): PartyReading | null {
  for (let j = at; j >= Math.max(0, at - 2); j--) {
    const span = block.partyEndingAt.get(j);
    if (span) {
      const read = readPartyWord(span, block, span.start, memory, attribution);
      return read ? { ...read, span: [span.start, span.end] } : null;
    }
    const token = block.tokens[j - 1];
    if (j < at && token && token.norm !== 's') return null;
  }
  return null;
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
      if (unless && tokens.slice(Math.max(clauseStart, j - 6), j).some((t) => unless.includes(t.norm))) continue;
      const after = tokens[m.end];
      if (m.value.unlessFollowedBy && after && m.value.unlessFollowedBy.some((w) => normaliseName(w) === after.norm)) continue;
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

/** A word that may stand between a cue and its place: a filler of the vocabulary, or a number (dates, "14 أبريل"). */
function isFiller(reader: ClaimReader, token: TextToken | undefined): boolean {
  return token !== undefined && (/^[0-9\u0660-\u0669]+$/.test(token.norm) || hasWord(reader.fillers, token));
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
