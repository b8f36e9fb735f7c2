// The suggester's figures: on the seed against its reviewed claims.yaml, and on the development
// set of real reporting (tests/fixtures/reporting/dev) against its gold claims, by the scorer
// `npm run bench:claims` prints (tests/unit/helpers/score-claims.ts). README "Suggested control
// claims" explains each figure.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileClaimReader, suggestClaimsInText } from '../../../../src/core/claims/index.ts';
import { loadClaims } from '../../../../src/core/claims/load-claims.ts';
import { loadArticle } from '../../../../src/core/content/load-article.ts';
import { loadPartiesFile } from '../../../../src/core/content/load-parties.ts';
import { createGeoparser } from '../../../../src/core/geoparser/index.ts';
import { projectGazetteer, readProjectFile } from '../../helpers/project.ts';
import { loadReportingManifests, readManifestBlocks, scoreAgainstClaims, scoreClaimSuggestions } from '../../helpers/score-claims.ts';

const gazetteer = projectGazetteer();
const parser = createGeoparser(gazetteer.places);
const { parties, sharedAliases } = loadPartiesFile({ path: 'content/parties.yaml', text: readProjectFile('content/parties.yaml') });
const reader = compileClaimReader(parties, { sharedAliases });
const DEV = fileURLToPath(new URL('../../../fixtures/reporting/dev/', import.meta.url));

describe('suggested claims: the seed against its claims.yaml', () => {
  it('recovers every reviewed claim of the seed (place and party) and suggests nothing else', () => {
    const folder = 'content/haftar-macron-2019-05-13';
    const article = loadArticle('haftar-macron-2019-05-13', ['ar.md', 'en.md'].map((f) => ({ path: `${folder}/${f}`, text: readProjectFile(`${folder}/${f}`) })));
    const found = suggestClaimsInText({ blocks: article.texts[0]!.blocks, parser, gazetteer, reader });
    const claims = loadClaims({ path: `${folder}/claims.yaml`, text: readProjectFile(`${folder}/claims.yaml`) }, {
      article,
      placeIds: new Set(gazetteer.places.map((p) => p.id)),
      partyIds: new Set(parties.map((p) => p.id)),
      mentionedPlaceIds: new Set(found.mentions.map((m) => m.place)),
    });
    const score = scoreAgainstClaims(claims, found.suggestions);
    expect(score).toMatchObject({ gold: 10, found: 10, misses: [], extras: [] });
    // Extent and change agree too, except where the suggestion reads the verb more literally.
    for (const claim of claims) {
      const s = found.suggestions.find((x) => x.place === claim.place && x.party === claim.party)!;
      expect([claim.place, s.extent]).toEqual([claim.place, claim.extent]);
    }
  });
});

describe('suggested claims: the development set of real reporting', () => {
  const manifests = loadReportingManifests(DEV);
  const report = scoreClaimSuggestions(manifests, (m) => suggestClaimsInText({ blocks: readManifestBlocks(m), parser, gazetteer, reader }).suggestions, gazetteer);
  it('reaches the precision target (≥ 0.8) overall and in each language', () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.8);
    expect(report.byLanguage.ar.precision).toBeGreaterThanOrEqual(0.8);
    expect(report.byLanguage.en.precision).toBeGreaterThanOrEqual(0.8);
  });
  it('keeps recall at least where it stands (the 0.8 target is not reached yet; README says why)', () => {
    expect(report.overall.texts).toBeGreaterThanOrEqual(35);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.76);
    expect(report.overall.reachableFound / report.overall.reachable).toBeGreaterThanOrEqual(0.76);
    expect(report.byLanguage.ar.recall).toBeGreaterThanOrEqual(0.79);
    expect(report.byLanguage.en.recall).toBeGreaterThanOrEqual(0.7);
  });
});
