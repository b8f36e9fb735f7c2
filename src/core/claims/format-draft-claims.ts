import type { DraftClaim } from './select-draft-claims.ts';
import type { RejectedClaim } from './types.ts';

/** Inputs of {@link formatDraftClaims}. */
export interface DraftClaimsFile {
  /** The original's file, for the header (`content/<article>/ar.md`). */
  source: string;
  claims: readonly DraftClaim[];
  /** Statements set aside, listed at the end as comments. */
  rejected: readonly RejectedClaim[];
}

/** A YAML double-quoted scalar: JSON's string syntax is valid YAML 1.2. */
const quote = (s: string): string => JSON.stringify(s);
/** A comment line's text on one line. */
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Writes a draft `claims.yaml`: `status: draft` at the top (which `npm run geo` refuses), then
 * one claim per place in the format `npm run geo` reads, each preceded by comments saying which
 * rule suggested it, how sure it is, how it was read, and which other parties the text gives the
 * place; statements set aside (negated, attempts, conditions, denials) come last as comments.
 * Deterministic: the same suggestions give the same bytes.
 */
export function formatDraftClaims(file: DraftClaimsFile): string {
  const lines: string[] = [
    `# DRAFT: control claims suggested from ${file.source} by \`npm run draft-claims\`.`,
    '# Nobody has reviewed them yet, and `npm run geo` refuses this file while it says `status: draft`.',
    '# To review: read each claim against the text; keep it, correct it (place, party, extent, change,',
    '# quote) or delete it; add claims the suggester missed; delete the comments if you like; then',
    '# change the next line to `status: reviewed`.',
    'status: draft',
  ];
  if (file.claims.length === 0) {
    lines.push('claims: []');
  } else {
    lines.push('claims:');
    for (const [i, claim] of file.claims.entries()) {
      if (i > 0) lines.push('');
      lines.push(`  # suggested by ${claim.rules.join(', ')}, confidence ${claim.confidence.toFixed(2)}`);
      for (const why of claim.why.slice(1)) lines.push(`  #   ${oneLine(why)}`);
      for (const alt of claim.alternatives) {
        const who = alt.party ?? (alt.parties ?? []).join(' and ');
        lines.push(`  # the text also gives it to ${who} (${alt.change}, ${alt.rule}, ${alt.confidence.toFixed(2)}): ${alt.evidence.paragraph} ${quote(alt.evidence.quote)}`);
      }
      lines.push(`  - place: ${claim.place}`);
      if (claim.status === 'contested') {
        lines.push('    status: contested');
        lines.push(`    parties: [${(claim.parties ?? []).join(', ')}]`);
      } else {
        lines.push(`    party: ${claim.party}`);
      }
      lines.push(`    extent: ${claim.extent}`);
      lines.push(`    change: ${claim.change}`);
      if (claim.attributedTo !== undefined) lines.push(`    attributed_to: ${quote(claim.attributedTo)}`);
      lines.push('    evidence:');
      for (const e of claim.evidence) {
        lines.push(`      - paragraph: ${e.paragraph}`);
        lines.push(`        quote: ${quote(e.quote)}`);
      }
    }
  }
  if (file.rejected.length > 0) {
    lines.push('');
    lines.push('# Statements set aside (not claims as written); add one above if the reviewer disagrees:');
    for (const r of file.rejected) {
      lines.push(`#   ${r.evidence.paragraph} ${quote(r.evidence.quote)}: ${r.place}, ${r.reason} ("${oneLine(r.marker)}"), ${r.rule}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
