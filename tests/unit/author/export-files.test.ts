import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/author/build-draft.ts';
import { createEmptyDraft, type Draft, type DraftClaim } from '../../../src/author/draft.ts';
import { createArticleFiles, formatClaimsFile, zipArticleFolder } from '../../../src/author/export-files.ts';
import { parseDraftText, readArticleFile } from '../../../src/author/parse-draft-text.ts';
import { loadParties } from '../../../src/core/content/load-parties.ts';
import { formatIssue } from '../../../src/core/errors.ts';
import { serializeGeoJson } from '../../../src/core/geojson/serialize-geojson.ts';
import { ROOT, projectGazetteer, readProjectFile } from '../helpers/project.ts';

const SEED = 'haftar-macron-2019-05-13';
const gazetteer = projectGazetteer();
const parties = loadParties({ path: 'content/parties.yaml', text: readProjectFile('content/parties.yaml') });
const basemap = JSON.parse(readFileSync(join(ROOT, 'geo/basemap.geojson'), 'utf8'));

/** The seed as a reporter would have it on the page: its file opened, its claims accepted. */
function seedDraft(): Draft {
  const file = readArticleFile(readProjectFile(`content/${SEED}/ar.md`), 'ar.md');
  expect(file.issues).toEqual([]);
  const raw = parse(readProjectFile(`content/${SEED}/claims.yaml`)) as { claims: Array<Record<string, unknown>> };
  const claims: DraftClaim[] = raw.claims.map((c, i) => ({
    key: `manual-${i}`,
    origin: 'manual',
    place: c.place as string,
    status: 'control',
    party: c.party as string,
    extent: c.extent as DraftClaim['extent'],
    change: c.change as string,
    asOf: '',
    note: (c.note as string | undefined) ?? '',
    evidence: (c.evidence as Array<{ paragraph: string; quote: string }>).map((e) => ({ ...e, start: 0, end: 0 })),
  }));
  const draft = createEmptyDraft();
  return { ...draft, meta: { ...draft.meta, ...file.meta, id: SEED }, text: file.body, claims };
}

describe('the authoring page\'s export', () => {
  it('the seed opened, its claims accepted and exported, builds to the committed geo/<seed>.geojson', () => {
    const draft = seedDraft();
    const { blocks, issues } = parseDraftText(draft.text);
    expect(issues).toEqual([]);
    const files = createArticleFiles(draft, blocks);
    expect(Object.keys(files).sort()).toEqual(['ar.md', 'claims.yaml']);
    const result = buildDraft({ id: SEED, files, gazetteer, parties, basemap });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    // The committed output has the English translation's mentions too; the page exports the original.
    const committed = JSON.parse(readProjectFile(`geo/${SEED}.geojson`)) as typeof result.places;
    for (const f of committed.features) f.properties.mentions = f.properties.mentions.filter((m) => m.lang === 'ar');
    expect(serializeGeoJson(result.places)).toBe(serializeGeoJson(committed));
    expect(serializeGeoJson(result.zones)).toBe(readProjectFile(`geo/${SEED}.zones.geojson`));
  }, 30_000);

  it('a claim whose quote is not in its paragraph is refused with the message npm run geo gives', () => {
    const draft = seedDraft();
    draft.claims[0]!.evidence[0]!.quote = 'ويسيطر حفتر على كل شيء';
    const { blocks } = parseDraftText(draft.text);
    const result = buildDraft({ id: SEED, files: createArticleFiles(draft, blocks), gazetteer, parties, basemap });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      `content/${SEED}/claims.yaml:11: claims[0].evidence[0].quote: quote not found verbatim in paragraph "p4" (expected an exact substring of the paragraph, found "ويسيطر حفتر على كل شيء")`,
    ]);
  }, 30_000);

  it('formatClaimsFile keeps any text verbatim: quotes, colons, hashes and bidi marks read back unchanged', () => {
    const quote = 'قال: "نعم" # ليس تعليقاً \u202eمعكوس\u202c: - [x]';
    const yaml = formatClaimsFile([{ key: 'k', origin: 'manual', place: 'gharyan', status: 'contested', parties: ['lna', 'gna'], extent: 'part', change: 'contested', asOf: '2019-05-14', note: 'note: yes', evidence: [{ paragraph: 'p1', quote, start: 0, end: quote.length }] }], 'ar');
    expect(parse(yaml)).toEqual({ status: 'reviewed', claims: [{ place: 'gharyan', status: 'contested', parties: ['lna', 'gna'], extent: 'part', change: 'contested', as_of: '2019-05-14', note: 'note: yes', evidence: [{ paragraph: 'p1', quote }] }] });
  });

  it('zipArticleFolder puts the files under <article-id>/ and makes the same bytes for the same draft', () => {
    const zip = zipArticleFolder('a-b', { 'claims.yaml': 'claims: []\n', 'ar.md': 'نص' });
    const files = unzipSync(zip);
    expect(Object.keys(files).filter((n) => !n.endsWith('/')).sort()).toEqual(['a-b/ar.md', 'a-b/claims.yaml']);
    expect(strFromU8(files['a-b/ar.md']!)).toBe('نص');
    expect(zipArticleFolder('a-b', { 'ar.md': 'نص', 'claims.yaml': 'claims: []\n' })).toEqual(zip);
  });
});
