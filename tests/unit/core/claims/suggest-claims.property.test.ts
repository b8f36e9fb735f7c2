// Property-based tests of the claim suggester (fast-check): on any text, mixing place names,
// party names, control verbs, cancelling words and arbitrary Unicode, it never throws, and every
// suggestion's and every rejected statement's quote is the exact substring of its paragraph at
// [start, end): the page highlights it and claims.yaml quotes it verbatim.
//
// Seed: fixed (42), as the geoparser's property tests; explore with `FC_SEED=$RANDOM FC_RUNS=2000`.
import { needsEvidence } from '../../../../src/core/geoparser/create-geoparser.ts';
import { normaliseName } from '../../../../src/core/text/normalise.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileClaimReader, DEFAULT_CLAIM_VOCABULARY, suggestClaimsInText } from '../../../../src/core/claims/index.ts';
import { loadPartiesFile } from '../../../../src/core/content/load-parties.ts';
import { createGeoparser } from '../../../../src/core/geoparser/index.ts';
import { projectGazetteer, readProjectFile } from '../../helpers/project.ts';

const FC = { seed: Number(process.env.FC_SEED ?? 42), numRuns: Number(process.env.FC_RUNS ?? 300) };
const TIMEOUT = { timeout: 10_000 + 40 * FC.numRuns };

const gazetteer = projectGazetteer();
const parser = createGeoparser(gazetteer.places);
const { parties, sharedAliases } = loadPartiesFile({ path: 'content/parties.yaml', text: readProjectFile('content/parties.yaml') });
const reader = compileClaimReader(parties, { sharedAliases });

// Names the geoparser takes bare: not those that need evidence in the text (a common word, a small
// village of the generated layer; see weighEvidence).
const PLACE_NAMES = gazetteer.places.filter((p) => p.kind !== 'country' && !needsEvidence(p, normaliseName(p.ar[0] ?? ''))).flatMap((p) => [...p.ar.slice(0, 2), ...p.en.slice(0, 1)]);
const PARTY_NAMES = parties.flatMap((p) => [...(p.aliases?.ar ?? []), ...(p.aliases?.en ?? []), ...(p.people?.ar ?? []).slice(0, 2)]);
const CUE_WORDS = DEFAULT_CLAIM_VOCABULARY.cues.flatMap((c) => c.forms.slice(0, 4)).map((f) => f.replace(/[+*]/g, 'ها').replace(/…/g, 'بشكل'));
const CANCEL_WORDS = DEFAULT_CLAIM_VOCABULARY.cancels.flatMap((c) => c.forms.slice(0, 3));
const GLUE = ['و', 'على', 'من', 'في', 'of', 'the', 'in', '، ', ', ', '. ', '؛ ', '\n', ' «', '» ', '"', '’s ', 'نصف', 'جزء كبير من', 'half of', 'بينما', 'while', 'التي', 'which', 'أعلنت', 'said'];
const SPECIALS = ['\u0640', '\u064e', '\u0651', '\u200f', '\u202b', '\ufef7', '😀', '\ud800', '\u0000', '٣', '2019', 'ﻻ', '\u00a0'];

/** A word or a run of characters, with spaces around words so they stand apart sometimes. */
const piece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...PLACE_NAMES).map((w) => ` ${w} `),
  fc.constantFrom(...PARTY_NAMES).map((w) => ` ${w} `),
  fc.constantFrom(...CUE_WORDS).map((w) => ` ${w} `),
  fc.constantFrom(...CANCEL_WORDS).map((w) => ` ${w} `),
  fc.constantFrom(...GLUE),
  fc.constantFrom(...SPECIALS),
  fc.constantFrom(...PLACE_NAMES, ...PARTY_NAMES, ...CUE_WORDS),
  fc.string({ unit: 'grapheme', maxLength: 5 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const paragraph = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('suggestClaims (property)', () => {
  it('never throws, and every quote is text.slice(start, end) of its paragraph, with a known rule and a confidence in [0, 1]', TIMEOUT, () => {
    const rules = new Set(DEFAULT_CLAIM_VOCABULARY.cues.map((c) => c.id));
    let seen = 0;
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (texts) => {
        const blocks = texts.map((text, i) => ({ id: `p${i + 1}`, text }));
        const byId = new Map(blocks.map((b) => [b.id, b.text]));
        const { suggestions, rejected } = suggestClaimsInText({ blocks, parser, gazetteer, reader });
        seen += suggestions.length + rejected.length;
        for (const s of [...suggestions, ...rejected]) {
          const text = byId.get(s.evidence.paragraph);
          expect(text).toBeDefined();
          expect(s.evidence.start).toBeGreaterThanOrEqual(0);
          expect(s.evidence.end).toBeGreaterThan(s.evidence.start);
          expect(text!.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.quote);
          expect(rules.has(s.rule)).toBe(true);
        }
        for (const s of suggestions) {
          expect(s.confidence).toBeGreaterThanOrEqual(0);
          expect(s.confidence).toBeLessThanOrEqual(1);
          expect(s.party !== undefined || (s.parties?.length ?? 0) >= 2).toBe(true);
        }
      }),
      FC,
    );
    // The texts are made to reach the suggester, not only the tokenizer.
    expect(seen).toBeGreaterThan(FC.numRuns / 10);
  });
  it('is deterministic: the same text gives the same suggestions', TIMEOUT, () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const blocks = [{ id: 'p1', text }];
        expect(suggestClaimsInText({ blocks, parser, gazetteer, reader })).toEqual(suggestClaimsInText({ blocks, parser, gazetteer, reader }));
      }),
      { ...FC, numRuns: Math.ceil(FC.numRuns / 3) },
    );
  });
});
