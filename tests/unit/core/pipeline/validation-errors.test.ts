import { describe, expect, it } from 'vitest';
import { loadParties } from '../../../../src/core/content/load-parties.ts';
import { ValidationError, formatIssue } from '../../../../src/core/errors.ts';
import { loadGazetteer } from '../../../../src/core/gazetteer/load-gazetteer.ts';
import { createGeoparser } from '../../../../src/core/geoparser/index.ts';
import { buildArticle } from '../../../../src/core/pipeline/build-article.ts';
import type { SourceFile } from '../../../../src/core/yaml/parse-yaml.ts';

// One test per refusal, each asserting the message a reporter would read.
const GAZETTEER = `region: [9.5, 30.0, 17.0, 34.0]
places:
  - id: libya
    ar: [ليبيا]
    en: [Libya]
    lat: 27.0
    lon: 17.0
    kind: country
    admin: null
    precision_km: 500
    precision_code: 3
    source: geonames:2215636
    extent_km: 1200
  - id: gharyan
    ar: [غريان]
    en: [Gharyan]
    lat: 32.17222
    lon: 13.02028
    kind: city
    admin: libya
    precision_km: 1.5
    precision_code: 1
    source: geonames:2217362
  - id: tarhuna
    ar: [ترهونة]
    en: [Tarhuna]
    lat: 32.43501
    lon: 13.6332
    kind: city
    admin: libya
    precision_km: 1
    precision_code: 1
    source: geonames:2210221
`;
const PARTIES = `parties:
  - id: lna
    name: {ar: قوات حفتر, en: Haftar's forces}
    label: {ar: حفتر, en: LNA}
  - id: gna
    name: {ar: حكومة الوفاق, en: Government of National Accord}
    label: {ar: الوفاق, en: GNA}
`;
const ARTICLE = `---
title: خبر تجريبي
date: 2019-05-13
outlet: {ar: اختبار, en: Test}
language: ar
---

## p1
سيطرت القوات على غريان صباح اليوم.
`;
const CLAIMS = `claims:
  - place: gharyan
    party: lna
    extent: all
    change: held
    evidence:
      - paragraph: p1
        quote: سيطرت القوات على غريان
`;

function run(files: { gazetteer?: string; parties?: string; article?: string; translation?: string; claims?: string }): string[] {
  try {
    const gazetteer = loadGazetteer({ path: 'geo/gazetteer.yaml', text: files.gazetteer ?? GAZETTEER });
    const parties = loadParties({ path: 'content/parties.yaml', text: files.parties ?? PARTIES });
    const articleFiles: SourceFile[] = [{ path: 'content/test/ar.md', text: files.article ?? ARTICLE }];
    if (files.translation) articleFiles.push({ path: 'content/test/en.md', text: files.translation });
    buildArticle({
      id: 'test',
      articleFiles,
      claimsFile: { path: 'content/test/claims.yaml', text: files.claims ?? CLAIMS },
      gazetteer,
      parties,
      parser: createGeoparser(gazetteer.places),
    });
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map(formatIssue);
    throw error;
  }
}

describe('the pipeline accepts valid input', () => {
  it('run(valid files) reports nothing', () => {
    expect(run({})).toEqual([]);
  });
});

describe('the pipeline refuses bad input with file, line, field, expected and found', () => {
  it('an unknown place id in claims', () => {
    expect(run({ claims: CLAIMS.replace('place: gharyan', 'place: gharyann') })).toEqual([
      'content/test/claims.yaml:2: claims[0].place: unknown place id (expected an id from geo/gazetteer.yaml, found "gharyann")',
    ]);
  });
  it('an unknown party', () => {
    expect(run({ claims: CLAIMS.replace('party: lna', 'party: isis') })).toEqual([
      'content/test/claims.yaml:3: claims[0].party: unknown party (expected one of lna, gna (content/parties.yaml), found "isis")',
    ]);
  });
  it('a quote not found verbatim in its paragraph', () => {
    expect(run({ claims: CLAIMS.replace('سيطرت القوات على غريان', 'سيطرت القوات على ترهونة') })).toEqual([
      'content/test/claims.yaml:8: claims[0].evidence[0].quote: quote not found verbatim in paragraph "p1" (expected an exact substring of the paragraph, found "سيطرت القوات على ترهونة")',
    ]);
  });
  it('a paragraph id that does not exist', () => {
    expect(run({ claims: CLAIMS.replace('paragraph: p1', 'paragraph: p9') })).toEqual([
      'content/test/claims.yaml:7: claims[0].evidence[0].paragraph: no such paragraph in the original (expected one of title, p1, found "p9")',
    ]);
  });
  it('a claim on a place the text never mentions', () => {
    expect(run({ claims: CLAIMS.replace('place: gharyan', 'place: tarhuna') })).toEqual([
      'content/test/claims.yaml:2: claims[0].place: the article\'s text never mentions "tarhuna" (expected a claim on a place the original text names)',
    ]);
  });
  it('a duplicate gazetteer id', () => {
    const dup = GAZETTEER.replace('  - id: tarhuna', '  - id: gharyan');
    expect(run({ gazetteer: dup })).toEqual(['geo/gazetteer.yaml:24: places[2].id: duplicate id "gharyan" (first on line 14)']);
  });
  it('a duplicate block id', () => {
    expect(run({ article: `${ARTICLE}\n## p1\nنص آخر.\n` })).toEqual(['content/test/ar.md:11: block id: duplicate block id "p1" (first on line 8)']);
  });
  it('a duplicate party id', () => {
    expect(run({ parties: PARTIES.replace('id: gna', 'id: lna') })).toEqual(['content/parties.yaml:5: parties[1].id: duplicate id "lna" (first on line 2)']);
  });
  it('a duplicate claim for one place', () => {
    const twice = CLAIMS + CLAIMS.split('\n').slice(1).join('\n');
    expect(run({ claims: twice })).toEqual(['content/test/claims.yaml:9: claims[1].place: duplicate claim for "gharyan" (first on line 2)']);
  });
  it('coordinates out of range', () => {
    expect(run({ gazetteer: GAZETTEER.replace('lat: 32.17222', 'lat: 132.17222') })).toEqual([
      'geo/gazetteer.yaml:17: places[1].lat: must be <= 90 (found 132.17222)',
    ]);
  });
  it('coordinates far outside the region their admin parent implies', () => {
    // Latitude and longitude swapped: a classic slip that lands the town in Chad.
    const swapped = GAZETTEER.replace('lat: 32.17222\n    lon: 13.02028', 'lat: 13.02028\n    lon: 32.17222');
    expect(run({ gazetteer: swapped })).toEqual([
      'geo/gazetteer.yaml:17: places[1].lat: coordinates lie 2216 km from admin parent "libya", outside its extent (expected within 1200 km of 27, 17, found 13.02028, 32.17222)',
    ]);
  });
  it('an admin parent that does not exist', () => {
    expect(run({ gazetteer: GAZETTEER.replace('admin: libya\n    precision_km: 1\n', 'admin: lybia\n    precision_km: 1\n') })).toEqual([
      'geo/gazetteer.yaml:30: places[2].admin: unknown admin parent (expected the id of a gazetteer entry, found "lybia")',
    ]);
  });
  it('malformed YAML in claims', () => {
    const [message] = run({ claims: 'claims:\n  - place: gharyan\n    party: [lna\n' });
    expect(message).toMatch(/^content\/test\/claims\.yaml:\d+: malformed YAML: /);
  });
  it('malformed YAML in front matter, with the line in the article file', () => {
    const [message] = run({ article: ARTICLE.replace('language: ar', 'language: [ar') });
    expect(message).toMatch(/^content\/test\/ar\.md:5: malformed YAML: /);
  });
  it('a missing front matter field', () => {
    expect(run({ article: ARTICLE.replace('date: 2019-05-13\n', '') })).toEqual(['content/test/ar.md:2: date: missing required field']);
  });
  it('a date that is not ISO', () => {
    expect(run({ article: ARTICLE.replace('date: 2019-05-13', 'date: 13 May 2019') })).toEqual([
      'content/test/ar.md:3: date: wrong format (expected a string matching ^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$, found "13 May 2019")',
    ]);
  });
  it('an extent that is not one of the four', () => {
    expect(run({ claims: CLAIMS.replace('extent: all', 'extent: lots') })).toEqual([
      'content/test/claims.yaml:4: claims[0].extent: not an allowed value (expected one of "all", "most", "half", "part", found "lots")',
    ]);
  });
  it('a translation whose blocks are not aligned with the original', () => {
    const translation = '---\ntitle: Test\nlanguage: en\ntranslation_of: ar\ntranslator: us\n---\n\n## p2\nForces took Gharyan.\n';
    expect(run({ translation })).toEqual([
      'content/test/en.md: blocks: blocks are not aligned with the original (expected the ids of content/test/ar.md: title, p1, found missing p1; extra p2)',
    ]);
  });
  it('reports every problem at once, not only the first', () => {
    const bad = CLAIMS.replace('party: lna', 'party: isis').replace('paragraph: p1', 'paragraph: p9');
    expect(run({ claims: bad })).toHaveLength(2);
  });
});
