import { ValidationError, type Issue } from '../errors.ts';
import { claimsSchema } from '../schema/schemas.ts';
import { describe, validateSchema } from '../schema/validate-schema.ts';
import type { Article, Claim, Extent } from '../types.ts';
import { parseYaml, type SourceFile } from '../yaml/parse-yaml.ts';

interface RawClaim {
  place: string;
  status?: 'control' | 'contested';
  party?: string;
  parties?: string[];
  extent: Extent;
  change: string;
  as_of?: string;
  attributed_to?: string;
  note?: string;
  evidence: Array<{ paragraph: string; quote: string }>;
}

/** What claims are checked against. */
export interface ClaimContext {
  article: Article;
  placeIds: ReadonlySet<string>;
  partyIds: ReadonlySet<string>;
  /** Places the article's original text mentions; a claim on any other place is refused. */
  mentionedPlaceIds: ReadonlySet<string>;
}

/**
 * Loads an article's `claims.yaml` and checks every claim: known place and parties, one claim per
 * place, a paragraph that exists in the original, a quote found verbatim in that paragraph, and a
 * place the text actually mentions. A draft (`status: draft`, as `npm run draft-claims` writes
 * it) is refused as a whole: suggested claims reach the map only after a person has reviewed them.
 */
export function loadClaims(file: SourceFile, context: ClaimContext): Claim[] {
  const parsed = parseYaml(file);
  const schemaIssues = validateSchema(claimsSchema, parsed, file.path);
  if (schemaIssues.length > 0) throw new ValidationError(schemaIssues);
  const data = parsed.data as { status?: 'draft' | 'reviewed'; as_of?: string; claims: RawClaim[] };
  if (data.status === 'draft') {
    throw new ValidationError([{
      file: file.path,
      line: parsed.lineOf(['status']),
      field: 'status',
      message: 'a draft of suggested claims that nobody has reviewed yet; the map does not use it',
      expected: 'each claim checked against the text (kept, corrected or deleted), then "status: reviewed"',
      found: '"draft"',
    }]);
  }
  const original = context.article.texts[0];
  const paragraphs = new Map((original?.blocks ?? []).map((b) => [b.id, b.text]));
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  const claims: Claim[] = [];

  data.claims.forEach((raw, i) => {
    const at = (...path: Array<string | number>): { file: string; line: number | undefined; field: string } => ({
      file: file.path,
      line: parsed.lineOf(['claims', i, ...path]),
      field: `claims[${i}]${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`,
    });
    const before = issues.length;
    if (!context.placeIds.has(raw.place)) {
      issues.push({ ...at('place'), message: 'unknown place id', expected: 'an id from geo/gazetteer.yaml', found: describe(raw.place) });
    } else if (!context.mentionedPlaceIds.has(raw.place)) {
      issues.push({ ...at('place'), message: `the article's text never mentions "${raw.place}"`, expected: 'a claim on a place the original text names' });
    }
    const first = seen.get(raw.place);
    if (first !== undefined) {
      issues.push({ ...at('place'), message: `duplicate claim for "${raw.place}" (first on line ${parsed.lineOf(['claims', first, 'place'])})` });
    }
    seen.set(raw.place, i);

    const status = raw.status ?? 'control';
    if (status === 'control') {
      if (raw.party === undefined) issues.push({ ...at(), message: 'a control claim needs a party', expected: 'party: <party id>' });
      if (raw.parties !== undefined) issues.push({ ...at('parties'), message: 'only a contested claim lists parties', expected: 'status: contested, or party: <id>' });
    } else {
      if (raw.parties === undefined) issues.push({ ...at(), message: 'a contested claim needs the parties fighting over it', expected: 'parties: [<id>, <id>]' });
      if (raw.party !== undefined) issues.push({ ...at('party'), message: 'a contested claim lists parties, not one party', expected: 'parties: [<id>, <id>]' });
    }
    const partyRefs: Array<[string, Array<string | number>]> = [
      ...(raw.party !== undefined ? [[raw.party, ['party']] as [string, Array<string | number>]] : []),
      ...(raw.parties ?? []).map((p, k) => [p, ['parties', k]] as [string, Array<string | number>]),
    ];
    for (const [party, path] of partyRefs) {
      if (!context.partyIds.has(party)) issues.push({ ...at(...path), message: 'unknown party', expected: `one of ${[...context.partyIds].join(', ')} (content/parties.yaml)`, found: describe(party) });
    }
    raw.evidence.forEach((ev, k) => {
      const text = paragraphs.get(ev.paragraph);
      if (text === undefined) {
        issues.push({ ...at('evidence', k, 'paragraph'), message: 'no such paragraph in the original', expected: `one of ${[...paragraphs.keys()].join(', ')}`, found: describe(ev.paragraph) });
      } else if (!text.includes(ev.quote)) {
        issues.push({ ...at('evidence', k, 'quote'), message: `quote not found verbatim in paragraph "${ev.paragraph}"`, expected: 'an exact substring of the paragraph', found: describe(ev.quote) });
      }
    });
    if (issues.length > before) return;
    claims.push({
      place: raw.place,
      status,
      ...(raw.party !== undefined ? { party: raw.party } : {}),
      ...(raw.parties !== undefined ? { parties: raw.parties } : {}),
      extent: raw.extent,
      change: raw.change,
      asOf: raw.as_of ?? data.as_of ?? context.article.date,
      ...(raw.attributed_to !== undefined ? { attributedTo: raw.attributed_to } : {}),
      evidence: raw.evidence.map((e) => ({ paragraph: e.paragraph, quote: e.quote })),
      ...(raw.note !== undefined ? { note: raw.note } : {}),
    });
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return claims;
}
