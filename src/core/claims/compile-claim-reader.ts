import type { Extent, Party, PartyAliases } from '../types.ts';
import { DEFAULT_CLAIM_VOCABULARY, type CancelWords, type ClaimVocabulary, type ControlCue } from './claim-vocabulary.ts';
import { compilePhraseIndex, compileWordSet, type PhraseIndex } from './phrase-index.ts';

/** What a party phrase in the text stands for. */
export type PartyWord =
  | { kind: 'alias'; party: string; person?: boolean; outside?: boolean }
  /** A name both sides use: resolved from its context. */
  | { kind: 'shared' }
  /** قواته، its forces: the party being talked about. */
  | { kind: 'third' }
  /** قواتنا، our forces: the speaker's party. */
  | { kind: 'first' };

/** The vocabulary and the parties, compiled once for any number of texts. */
export interface ClaimReader {
  parties: readonly string[];
  cues: PhraseIndex<ControlCue>;
  ignores: PhraseIndex<true>;
  partyWords: PhraseIndex<PartyWord>;
  cancels: PhraseIndex<CancelWords>;
  approaches: PhraseIndex<true>;
  extents: PhraseIndex<Extent>;
  listLinks: PhraseIndex<true>;
  clauseBreaks: PhraseIndex<true>;
  attributions: PhraseIndex<'after' | 'before' | 'either'>;
  directions: Set<string>;
  nearWords: Set<string>;
  towards: Set<string>;
  fillers: Set<string>;
  backFillers: Set<string>;
  affiliations: Set<string>;
  titles: Set<string>;
  objectMarkers: Set<string>;
  eventNouns: Set<string>;
  pejoratives: Set<string>;
  /** Complementisers that end a speaker's name (أن، إن، that). */
  complementisers: Set<string>;
  /** Force nouns that join a party's name: before it in Arabic, after it in English. */
  forceNouns: { ar: Set<string>; en: Set<string> };
  partyLinks: Set<string>;
  /** Each a word in its forms ("ميليشيات", "مليشيات"…), without the article. */
  genericForces: Array<Set<string>>;
  presenceAdjectives: Set<string>;
  /** Words that refer back to a place, with the kinds of place they may refer to. */
  placeNouns: PhraseIndex<ReadonlySet<string>>;
  unitWords: { ar: Set<string>; en: Set<string> };
}

/** Options of {@link compileClaimReader}. */
export interface ClaimReaderOptions {
  /** Names several parties use (content/parties.yaml `shared_aliases`). */
  sharedAliases?: PartyAliases;
  /** @defaultValue {@link DEFAULT_CLAIM_VOCABULARY} */
  vocabulary?: ClaimVocabulary;
}

const both = (lists: { ar: readonly string[]; en: readonly string[] }): string[] => [...lists.ar, ...lists.en];
const NONE = { ar: [], en: [] };

/**
 * Compiles the vocabulary and the parties' aliases into look-up tables. Arabic and English are
 * compiled together: a word of one script never matches a word of the other.
 */
export function compileClaimReader(parties: readonly Party[], options: ClaimReaderOptions = {}): ClaimReader {
  const vocabulary = options.vocabulary ?? DEFAULT_CLAIM_VOCABULARY;
  const partyEntries: Array<{ form: string; value: PartyWord }> = [];
  for (const party of parties) {
    for (const alias of [...(party.aliases?.ar ?? []), ...(party.aliases?.en ?? [])]) partyEntries.push({ form: alias, value: { kind: 'alias', party: party.id } });
    for (const alias of [...(party.outsideAliases?.ar ?? []), ...(party.outsideAliases?.en ?? [])]) partyEntries.push({ form: alias, value: { kind: 'alias', party: party.id, outside: true } });
    for (const person of [...(party.people?.ar ?? []), ...(party.people?.en ?? [])]) partyEntries.push({ form: person, value: { kind: 'alias', party: party.id, person: true } });
  }
  for (const alias of both(options.sharedAliases ?? { ar: [], en: [] })) partyEntries.push({ form: alias, value: { kind: 'shared' } });
  for (const word of both(vocabulary.pronouns.third)) partyEntries.push({ form: word, value: { kind: 'third' } });
  for (const word of both(vocabulary.pronouns.first)) partyEntries.push({ form: word, value: { kind: 'first' } });
  return {
    parties: parties.map((p) => p.id),
    cues: compilePhraseIndex(vocabulary.cues.flatMap((cue) => cue.forms.map((form) => ({ form, value: cue })))),
    ignores: compilePhraseIndex(both(vocabulary.ignores).map((form) => ({ form, value: true as const }))),
    partyWords: compilePhraseIndex(partyEntries),
    cancels: compilePhraseIndex(vocabulary.cancels.flatMap((c) => c.forms.map((form) => ({ form, value: c })))),
    approaches: compilePhraseIndex(both(vocabulary.approaches).map((form) => ({ form, value: true as const }))),
    extents: compilePhraseIndex(vocabulary.extents.flatMap((e) => e.forms.map((form) => ({ form, value: e.extent })))),
    listLinks: compilePhraseIndex(both(vocabulary.listLinks).map((form) => ({ form, value: true as const }))),
    clauseBreaks: compilePhraseIndex(both(vocabulary.clauseBreaks).map((form) => ({ form, value: true as const }))),
    attributions: compilePhraseIndex(vocabulary.attributions.flatMap((a) => a.forms.map((form) => ({ form, value: a.speaker })))),
    directions: compileWordSet(both(vocabulary.directions)),
    nearWords: compileWordSet(both(vocabulary.nearWords)),
    towards: compileWordSet(both(vocabulary.towards)),
    fillers: compileWordSet(both(vocabulary.fillers)),
    backFillers: compileWordSet(both(vocabulary.backFillers)),
    affiliations: compileWordSet(both(vocabulary.affiliations)),
    titles: compileWordSet(both(vocabulary.titles)),
    objectMarkers: compileWordSet(both(vocabulary.objectMarkers)),
    eventNouns: compileWordSet(both(vocabulary.eventNouns)),
    pejoratives: compileWordSet(both(vocabulary.pejoratives)),
    complementisers: compileWordSet(['أن', 'إن', 'ان', 'بأن', 'بان', 'that']),
    forceNouns: { ar: compileWordSet(vocabulary.forceNouns?.ar ?? []), en: compileWordSet(vocabulary.forceNouns?.en ?? []) },
    partyLinks: compileWordSet(both(vocabulary.partyLinks ?? NONE)),
    genericForces: [...(vocabulary.genericForces?.ar ?? []), ...(vocabulary.genericForces?.en ?? [])].map((forms) => compileWordSet(forms)),
    presenceAdjectives: compileWordSet(both(vocabulary.presenceAdjectives ?? NONE)),
    unitWords: { ar: compileWordSet(vocabulary.unitWords?.ar ?? []), en: compileWordSet(vocabulary.unitWords?.en ?? []) },
    placeNouns: compilePhraseIndex((vocabulary.placeNouns ?? []).flatMap((p) => p.forms.map((form) => ({ form, value: new Set(p.kinds) as ReadonlySet<string> })))),
  };
}
