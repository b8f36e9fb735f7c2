import { PREFIX_FORMS } from '../../src/core/geoparser/prefixes.ts';
import { normaliseName } from '../../src/core/text/normalise.ts';
import type { Random } from './random.ts';

/** What {@link buildCorpus} needs. */
export interface CorpusOptions {
  random: Random;
  /** How many texts to make. */
  count: number;
  /** Paragraphs of a real article: the source of sentences and of word-salad vocabulary. */
  fillerParagraphs: readonly string[];
  /** Names from the real gazetteer (any spelling listed), inserted as mentions. */
  realNames: readonly string[];
  /** Names from the synthetic gazetteer, inserted so the 10,000-name run has real work to do. */
  syntheticNames: readonly string[];
  /** Filler bytes (UTF-8) per text before mentions are inserted, [min, max]. @defaultValue [4400, 5400] */
  fillerBytes?: [number, number];
}

/** The generated corpus. */
export interface Corpus {
  texts: string[];
  /** Total size, in UTF-8 bytes. */
  bytes: number;
  /** How many mentions of each sort were inserted (the filler's own place names come on top). */
  inserted: { real: number; synthetic: number; nonMatching: number };
}

// Words after which a place name often follows; a few mentions get one, as in real news.
const TRIGGERS = ['منطقة', 'مدينة', 'بلدة', 'حي', 'محور'];
// Clitics before a name without the article, and before one with it; '' repeats so the bare
// name stays the most common form, as in news text.
const BARE_PREFIXES = ['', '', '', '', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];
const ARTICLE_PREFIXES = ['', '', '', 'و', 'ف', 'ب', 'ك', 'وب', 'فب'];
// ل before the article fuses with it: ل + الزهراء is written للزهراء.
const FUSED_PREFIXES = ['ل', 'ول', 'فل'];
// Harakat and shadda, which normalisation drops.
const DIACRITICS = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652'];
const TATWEEL = '\u0640';
const PUNCTUATION = /^[.,،؛:!?؟"«»()/\-–]+|[.,،؛:!?؟"«»()/\-–]+$/gu;

/**
 * Builds a seeded corpus of article-sized Arabic texts: paragraphs of real sentences and word
 * salad from a seed article, with gazetteer names inserted at random word positions in random
 * clitic forms (و ف ب ل ك, وال بال لل …) and spelling variants (ة/ه, ى/ي, أ/ا, diacritics,
 * tatweel), plus words that must not match (a name with a suffix, such as طرابلسي).
 */
export function buildCorpus(options: CorpusOptions): Corpus {
  const { random, count, fillerParagraphs, realNames, syntheticNames } = options;
  const [minBytes, maxBytes] = options.fillerBytes ?? [4400, 5400];
  const clauses = fillerParagraphs.flatMap((p) => p.split(/(?<=[.،؛])\s+/u)).map((c) => c.split(/\s+/u).filter(Boolean));
  const vocabulary = extractVocabulary(fillerParagraphs);
  // Only names whose last letter takes a nisba suffix make believable non-matching words.
  const suffixable = realNames.filter((n) => !/[اءىيو]$/u.test(n));
  const inserted = { real: 0, synthetic: 0, nonMatching: 0 };
  const texts: string[] = [];
  let bytes = 0;

  for (let t = 0; t < count; t++) {
    const paragraphs: string[][] = [];
    const target = random.int(minBytes, maxBytes);
    let size = 0;
    while (size < target) {
      const words = buildParagraph(random, clauses, vocabulary);
      paragraphs.push(words);
      size += Buffer.byteLength(words.join(' '), 'utf8') + 2;
    }
    const insert = (mention: string): void => {
      const words = random.pick(paragraphs);
      // Not after the last word, which carries the paragraph's full stop.
      words.splice(random.int(0, words.length - 1), 0, mention);
    };
    for (let i = random.int(8, 16); i > 0; i--, inserted.real++) insert(writeMention(random, random.pick(realNames)));
    for (let i = random.int(5, 10); i > 0; i--, inserted.synthetic++) insert(writeMention(random, random.pick(syntheticNames)));
    for (let i = random.int(2, 5); i > 0; i--, inserted.nonMatching++) insert(writeNonMatching(random, random.pick(suffixable)));
    const text = paragraphs.map((words) => words.join(' ')).join('\n\n');
    texts.push(text);
    bytes += Buffer.byteLength(text, 'utf8');
  }
  return { texts, bytes, inserted };
}

/**
 * The words of some paragraphs, without surrounding punctuation, for word salad; also what
 * synthetic names must avoid.
 */
export function extractVocabulary(paragraphs: readonly string[]): string[] {
  const words = new Set<string>();
  for (const p of paragraphs) {
    for (const raw of p.split(/\s+/u)) {
      const w = raw.replace(PUNCTUATION, '');
      if (/[\u0600-\u06ff]/u.test(w)) words.add(w);
    }
  }
  return [...words].sort();
}

/**
 * Normalised forms a word can be read as by the geoparser once clitics are stripped
 * (وقال → قال, بالعاصمة → عاصمة …), so synthetic names can avoid all of them.
 */
export function listReadings(word: string): string[] {
  const key = normaliseName(word);
  const readings = [key];
  for (const form of PREFIX_FORMS) {
    if (form.text.length === 0 || !key.startsWith(form.text)) continue;
    const stem = key.slice(form.text.length);
    readings.push(stem, `ال${stem}`);
  }
  return readings;
}

function buildParagraph(random: Random, clauses: readonly string[][], vocabulary: readonly string[]): string[] {
  const words: string[] = [];
  for (let c = random.int(2, 6); c > 0; c--) {
    if (random.chance(0.6)) {
      words.push(...random.pick(clauses));
    } else {
      for (let i = random.int(6, 16); i > 0; i--) words.push(random.pick(vocabulary));
      words[words.length - 1] += '،';
    }
  }
  const last = words.length - 1;
  words[last] = `${(words[last] as string).replace(/[.،؛]+$/u, '')}.`;
  return words;
}

function writeMention(random: Random, name: string): string {
  const key = normaliseName(name);
  const spelled = varySpelling(random, name);
  let written: string;
  if (key.length > 3 && key.startsWith('ال')) {
    written = random.chance(0.15) ? random.pick(FUSED_PREFIXES) + spelled.slice(1) : random.pick(ARTICLE_PREFIXES) + spelled;
  } else {
    written = random.pick(BARE_PREFIXES) + spelled;
  }
  return random.chance(0.15) ? `${random.pick(TRIGGERS)} ${written}` : written;
}

function writeNonMatching(random: Random, name: string): string {
  // The nisba adjective: طرابلس → طرابلسي, مصراتة → مصراتي; its letters run past the name's end.
  const stem = name.replace(/[ةه]$/u, '');
  return random.pick(BARE_PREFIXES) + stem + random.pick(['ي', 'ية', 'يين', 'يون']);
}

/** A spelling of `name` that normalises to the same key, as different writers would type it. */
function varySpelling(random: Random, name: string): string {
  let words = name.split(' ').map((w) => {
    let v = w;
    if (random.chance(0.3)) v = v.replace(/ة$/u, 'ه');
    if (random.chance(0.3)) v = v.replace(/ي$/u, 'ى');
    if (random.chance(0.3) && !v.startsWith('ال')) v = v.replace(/^ا/u, random.pick(['أ', 'إ']));
    return v;
  });
  if (random.chance(0.15)) words = words.map((w) => insertAt(random, w, random.pick(DIACRITICS)));
  if (random.chance(0.05)) words = words.map((w) => insertAt(random, w, TATWEEL));
  const spelled = words.join(' ');
  // A variant that normalised differently would be a non-matching word counted as a mention.
  if (normaliseName(spelled) !== normaliseName(name)) throw new Error(`spelling variant ${spelled} of ${name} does not normalise alike`);
  return spelled;
}

function insertAt(random: Random, word: string, mark: string): string {
  // After a letter, never first: a leading mark would sit on the preceding clitic or space.
  const at = random.int(1, word.length);
  return word.slice(0, at) + mark + word.slice(at);
}
