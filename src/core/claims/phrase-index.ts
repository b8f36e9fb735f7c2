import { normaliseName } from '../text/normalise.ts';
import type { TextToken } from './tokenize-text.ts';

/** One word of a compiled phrase, or a gap of any words. */
type PhraseWord =
  | { kind: 'word'; word: string; suffix: 'none' | 'required' | 'optional' }
  | { kind: 'gap'; max: number };

/** A phrase compiled for matching, with what it stands for. */
interface CompiledPhrase<T> {
  words: PhraseWord[];
  value: T;
}

/** Phrases indexed by their first word, for {@link matchPhrasesAt}. */
export interface PhraseIndex<T> {
  /** By first word, for first words without a suffix. */
  exact: Map<string, Array<CompiledPhrase<T>>>;
  /** By first word, for first words that take (or may take) a pronoun suffix. */
  suffixed: Map<string, Array<CompiledPhrase<T>>>;
}

/** A phrase found in the text. */
export interface PhraseMatch<T> {
  value: T;
  /** Index of the first word. */
  start: number;
  /** Index just after the last word. */
  end: number;
  /** The clitics stripped off the first word (و, ف, ب, ل, ك and their pairs), or ''. */
  prefix: string;
  /** The pronoun suffix of the last word, or '' (ها in سيطرتها). */
  suffix: string;
}

/** Pronoun suffixes, normalised: his, her/its, their, our, your, my. */
const SUFFIXES = ['ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'كم', 'ي'];
const ARABIC = /[\u0600-\u06ff]/;
const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];
/** A gap `…` stands for up to this many words. */
const GAP_WORDS = 3;

/**
 * Every way to read a word as clitics plus a stem: itself; without a conjunction (و ف) and a
 * preposition (ب ل ك); and ل fused with the article (للسيطرة = ل + السيطرة). The stem keeps at
 * least two letters. Latin words are only themselves.
 */
export function readStems(token: string): Array<{ stem: string; prefix: string }> {
  const stems = [{ stem: token, prefix: '' }];
  if (!ARABIC.test(token)) return stems;
  for (const conj of CONJUNCTIONS) {
    for (const prep of PREPOSITIONS) {
      const prefix = conj + prep;
      if (prefix.length === 0 || !token.startsWith(prefix)) continue;
      const rest = token.slice(prefix.length);
      if (prep === 'ل' && rest.startsWith('ل') && rest.length >= 3) stems.push({ stem: `ا${rest}`, prefix });
      if (rest.length >= 2) stems.push({ stem: rest, prefix });
    }
  }
  return stems;
}

/**
 * Compiles phrases written as news writes them into an index: each word normalised like the
 * text; `word+` needs a pronoun suffix, `word*` may take one, `…` is a gap of up to three words.
 */
export function compilePhraseIndex<T>(entries: ReadonlyArray<{ form: string; value: T }>): PhraseIndex<T> {
  const index: PhraseIndex<T> = { exact: new Map(), suffixed: new Map() };
  for (const { form, value } of entries) {
    const words: PhraseWord[] = [];
    for (const raw of form.split(/\s+/).filter(Boolean)) {
      if (raw === '…' || raw === '...') {
        words.push({ kind: 'gap', max: GAP_WORDS });
        continue;
      }
      const suffix = raw.endsWith('+') ? 'required' : raw.endsWith('*') ? 'optional' : 'none';
      const bare = suffix === 'none' ? raw : raw.slice(0, -1);
      // A written word may normalise to several ("Haftar's" → "haftar s").
      const parts = normaliseName(bare).split(' ').filter(Boolean);
      parts.forEach((part, k) => words.push({ kind: 'word', word: part, suffix: k === parts.length - 1 ? suffix : 'none' }));
    }
    const first = words[0];
    if (!first || first.kind !== 'word') continue;
    const map = first.suffix === 'none' ? index.exact : index.suffixed;
    const list = map.get(first.word) ?? [];
    list.push({ words, value });
    map.set(first.word, list);
  }
  return index;
}

/**
 * Every phrase of the index that starts at word `at`, longest first. The first word may carry
 * clitics; any word may; a suffixed word reports its suffix.
 */
export function matchPhrasesAt<T>(index: PhraseIndex<T>, tokens: readonly TextToken[], at: number): Array<PhraseMatch<T>> {
  const token = tokens[at];
  if (!token) return [];
  const found: Array<PhraseMatch<T>> = [];
  for (const { stem, prefix } of readStems(token.norm)) {
    for (const phrase of index.exact.get(stem) ?? []) {
      const end = matchRest(phrase.words, 1, tokens, at + 1);
      if (end) found.push({ value: phrase.value, start: at, end: end.at, prefix, suffix: phrase.words.length === 1 ? '' : end.suffix });
    }
    for (let k = 1; k <= 3 && k < stem.length - 1; k++) {
      const suffix = stem.slice(stem.length - k);
      if (!SUFFIXES.includes(suffix)) continue;
      for (const phrase of index.suffixed.get(stem.slice(0, -k)) ?? []) {
        const end = matchRest(phrase.words, 1, tokens, at + 1);
        if (end) found.push({ value: phrase.value, start: at, end: end.at, prefix, suffix: phrase.words.length === 1 ? suffix : end.suffix });
      }
    }
    for (const phrase of index.suffixed.get(stem) ?? []) {
      const first = phrase.words[0];
      if (first?.kind === 'word' && first.suffix === 'optional') {
        const end = matchRest(phrase.words, 1, tokens, at + 1);
        if (end) found.push({ value: phrase.value, start: at, end: end.at, prefix, suffix: phrase.words.length === 1 ? '' : end.suffix });
      }
    }
  }
  // Longest first; on equal length, the reading with fewer clitics stripped.
  return found.sort((a, b) => b.end - a.end || a.prefix.length - b.prefix.length);
}

/** Matches `words[from..]` at token `at`; returns where the match ends and the last word's suffix. */
function matchRest(words: readonly PhraseWord[], from: number, tokens: readonly TextToken[], at: number): { at: number; suffix: string } | null {
  if (from >= words.length) return { at, suffix: '' };
  const word = words[from] as PhraseWord;
  if (word.kind === 'gap') {
    // Shortest gap that lets the rest match (at least one word, so "صد … على" is not "صد على").
    for (let skip = 1; skip <= word.max; skip++) {
      const rest = matchRest(words, from + 1, tokens, at + skip);
      if (rest) return rest;
    }
    return null;
  }
  const token = tokens[at];
  if (!token) return null;
  for (const { stem } of readStems(token.norm)) {
    const suffix = readSuffix(stem, word);
    if (suffix === null) continue;
    const rest = matchRest(words, from + 1, tokens, at + 1);
    if (rest) return from === words.length - 1 ? { at: rest.at, suffix } : rest;
  }
  return null;
}

/** The suffix by which `stem` matches `word` ('' for none), or null when it does not match. */
function readSuffix(stem: string, word: Extract<PhraseWord, { kind: 'word' }>): string | null {
  if (stem === word.word) return word.suffix === 'required' ? null : '';
  if (word.suffix === 'none' || !stem.startsWith(word.word)) return null;
  const suffix = stem.slice(word.word.length);
  return SUFFIXES.includes(suffix) ? suffix : null;
}

/** Normalises words for set look-ups: each entry's words, split. */
export function compileWordSet(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const w of words) for (const part of normaliseName(w).split(' ')) if (part) set.add(part);
  return set;
}

/** True when the word, with or without its clitics, is in the set. */
export function hasWord(set: ReadonlySet<string>, token: TextToken | undefined): boolean {
  if (!token) return false;
  return readStems(token.norm).some(({ stem }) => set.has(stem));
}
