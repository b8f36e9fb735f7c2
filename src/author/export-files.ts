import { strToU8, zipSync } from 'fflate';
import { GAZETTEER_ADDITION_FILE } from '../core/gazetteer/merge-gazetteer-additions.ts';
import { claimsSchema } from '../core/schema/schemas.ts';
import type { Block } from '../core/types.ts';
import type { Draft, DraftClaim, DraftMeta, DraftPlace } from './draft.ts';

/** A YAML scalar that reads back as exactly this string, whatever it holds (a JSON string is a YAML double-quoted scalar). */
function quoted(text: string): string {
  return JSON.stringify(text);
}

/** A plain YAML scalar when the text is a safe id or date, else quoted. */
function scalar(text: string): string {
  return /^[a-z0-9][a-z0-9:/._-]*$/i.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text) ? text : quoted(text);
}

/**
 * The original's file (`ar.md` or `en.md`) in the content format: front matter from the form,
 * then one `## id` block per paragraph, as README "Adding an article" describes.
 */
export function formatArticleFile(meta: DraftMeta, blocks: readonly Block[]): string {
  const front = [
    '---',
    `title: ${quoted(meta.title)}`,
    `date: ${scalar(meta.date)}`,
    'outlet:',
    `  ar: ${quoted(meta.outletAr)}`,
    `  en: ${quoted(meta.outletEn)}`,
    `language: ${meta.language}`,
    ...(meta.url.trim() ? [`url: ${quoted(meta.url.trim())}`] : []),
    '---',
  ];
  return `${front.join('\n')}\n${blocks.filter((b) => b.kind !== 'title').map((b) => `\n## ${b.id}\n${b.text}\n`).join('')}`;
}

/** Whether claims.yaml's format has a field (the suggester adds `attributed_to`). */
function claimsFormatHas(field: string): boolean {
  return field in (claimsSchema.properties.claims.items.properties as Record<string, unknown>);
}

/** `claims.yaml` in the format of README "Control claims": one entry per place, each with its quotes. */
export function formatClaimsFile(claims: readonly DraftClaim[], language: string): string {
  const lines = [
    `# Control claims stated by the article, accepted on the authoring page (author.html). Each quote`,
    `# appears verbatim in its paragraph of ${language}.md; as_of defaults to the article's date.`,
  ];
  // Every claim here was accepted, edited or made by a person on the page: reviewed.
  if ('status' in (claimsSchema.properties as Record<string, unknown>)) lines.push('status: reviewed');
  if (claims.length === 0) return `${lines.join('\n')}\nclaims: []\n`;
  lines.push('claims:');
  const withAttribution = claimsFormatHas('attributed_to');
  for (const c of claims) {
    lines.push(`  - place: ${scalar(c.place)}`);
    if (c.status === 'contested') {
      lines.push('    status: contested', `    parties: [${(c.parties ?? []).map(scalar).join(', ')}]`);
    } else {
      lines.push(`    party: ${scalar(c.party ?? '')}`);
    }
    lines.push(`    extent: ${scalar(c.extent)}`, `    change: ${scalar(c.change)}`);
    if (c.asOf.trim()) lines.push(`    as_of: ${scalar(c.asOf.trim())}`);
    if (withAttribution && c.attributedTo?.trim()) lines.push(`    attributed_to: ${quoted(c.attributedTo.trim())}`);
    if (c.note.trim()) lines.push(`    note: ${quoted(c.note.trim())}`);
    lines.push('    evidence:');
    for (const e of c.evidence) lines.push(`      - paragraph: ${scalar(e.paragraph)}`, `        quote: ${quoted(e.quote)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The source id of an added place: its own, or `manual:<article>` for a point set by hand. */
export function sourceOf(place: DraftPlace, articleId: string): string {
  return place.source.trim() || `manual:${articleId}`;
}

/**
 * `gazetteer-addition.yaml`: the places the reporter added, in the gazetteer's format
 * (geo/README.md), merged into the gazetteer by `npm run geo`.
 */
export function formatGazetteerAddition(places: readonly DraftPlace[], articleId: string): string {
  const lines = [
    '# Places this article names that geo/gazetteer.yaml lacks, added on the authoring page (author.html).',
    '# npm run geo merges them into the gazetteer; see geo/README.md, "Adding a place".',
    'places:',
  ];
  for (const p of places) {
    lines.push(
      `  - id: ${scalar(p.id)}`,
      `    ar: [${p.ar.map(quoted).join(', ')}]`,
      `    en: [${p.en.map(quoted).join(', ')}]`,
      `    lat: ${round(p.lat)}`,
      `    lon: ${round(p.lon)}`,
      `    kind: ${scalar(p.kind)}`,
      `    admin: ${scalar(p.admin)}`,
      `    precision_km: ${p.precisionKm}`,
      `    precision_code: ${p.precisionCode}`,
      `    source: ${scalar(sourceOf(p, articleId))}`,
    );
    if (p.note.trim()) lines.push(`    note: ${quoted(p.note.trim())}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Degrees to 5 decimals (about 1 m), as the gazetteer writes them. */
function round(degrees: number): number {
  return Math.round(degrees * 1e5) / 1e5;
}

/** The files of the article folder, by name: the original, claims.yaml, and the gazetteer addition when there is one. */
export function createArticleFiles(draft: Draft, blocks: readonly Block[]): Record<string, string> {
  const files: Record<string, string> = {
    [`${draft.meta.language}.md`]: formatArticleFile(draft.meta, blocks),
    'claims.yaml': formatClaimsFile(draft.claims, draft.meta.language),
  };
  if (draft.additions.length > 0) files[GAZETTEER_ADDITION_FILE] = formatGazetteerAddition(draft.additions, draft.meta.id);
  return files;
}

/**
 * The zip the page exports: `<article-id>/` holding the folder's files, to unpack into
 * `content/`. Deterministic: fixed file times, files in name order.
 */
export function zipArticleFolder(id: string, files: Record<string, string>): Uint8Array {
  const folder: Record<string, Uint8Array> = {};
  for (const name of Object.keys(files).sort()) folder[name] = strToU8(files[name] as string);
  // A fixed date (the zip format's epoch is 1980), so the same draft makes the same bytes.
  return zipSync({ [id]: folder }, { level: 6, mtime: new Date(Date.UTC(1980, 0, 1, 12)) });
}
