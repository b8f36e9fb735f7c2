/**
 * Arabic clitics that attach to a place name: a conjunction (و ف), then a preposition (ب ك ل),
 * then the article ال. The preposition ل fuses with the article into لل (للقاهرة = ل + القاهرة).
 */
export interface PrefixForm {
  /** The prefix as it is written, normalised. */
  text: string;
  /** True when the form includes the article (explicit ال or fused لل). */
  article: boolean;
  /**
   * How many leading code units are outside the mention's highlighted span: the conjunction and
   * preposition, but not the article, which belongs to the name (والزهراء → الزهراء). In the fused
   * لل form the preposition stays in the span because it carries the article's lam (للقاهرة).
   */
  skip: number;
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'];

function buildPrefixForms(): PrefixForm[] {
  const forms: PrefixForm[] = [];
  for (const conj of CONJUNCTIONS) {
    for (const prep of PREPOSITIONS) {
      forms.push({ text: conj + prep, article: false, skip: conj.length + prep.length });
      if (prep === 'ل') forms.push({ text: conj + 'لل', article: true, skip: conj.length });
      else forms.push({ text: conj + prep + 'ال', article: true, skip: conj.length + prep.length });
    }
  }
  // Longest first, so the scan can stop early on a token that cannot take longer prefixes.
  return forms.sort((a, b) => b.text.length - a.text.length);
}

/** Every prefix form, longest first; the empty form (bare name) is among them. */
export const PREFIX_FORMS: readonly PrefixForm[] = buildPrefixForms();

/**
 * After stripping a prefix, the name must be at least this many letters long, so short words are
 * not read as a clitic plus a short name. A multi-word name counts whole (its first word may be
 * short: وبو سليم, وبحي الأندلس).
 */
export const MIN_STEM_AFTER_PREFIX = 3;

/**
 * The prefix forms that can start a token, by its first code unit, each list longest first and
 * ending with the empty form: most words start with a letter no clitic starts with, so they try
 * one form instead of all of them.
 */
export function prefixFormsFor(firstCodeUnit: number): readonly PrefixForm[] {
  return PREFIX_BY_FIRST.get(firstCodeUnit) ?? ONLY_BARE;
}

const ONLY_BARE: readonly PrefixForm[] = PREFIX_FORMS.filter((f) => f.text.length === 0);
const PREFIX_BY_FIRST: ReadonlyMap<number, readonly PrefixForm[]> = new Map(
  [...new Set(PREFIX_FORMS.filter((f) => f.text.length > 0).map((f) => f.text.charCodeAt(0)))].map((c) => [
    c,
    PREFIX_FORMS.filter((f) => f.text.length === 0 || f.text.charCodeAt(0) === c),
  ]),
);
