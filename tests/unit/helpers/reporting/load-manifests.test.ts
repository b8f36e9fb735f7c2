import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../src/core/errors.ts';
import { loadNegativeSet, loadNegativeSets, loadTextManifest, loadTextSet } from './load-manifests.ts';

const GOOD = `id: outlet-2019-01-01-topic
url: https://example.org/a
outlet: Example
date: 2019-01-01
language: ar
places:
  - id: gharyan
    ar: غريان
    en: Gharyan
    libyan: true
snippets:
  - text: "دخلت القوات غريان"
    mentions:
      - { place: gharyan, text: غريان }
`;

function issuesOf(text: string, path = 'dev/x.yaml'): string[] {
  try {
    loadTextManifest({ path, text });
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => `${i.file}:${i.line} ${i.field}: ${i.message}${i.found !== undefined ? ` (found ${i.found})` : ''}`);
    throw error;
  }
  return [];
}

describe('loadTextManifest', () => {
  it('loads a valid manifest', () => {
    const m = loadTextManifest({ path: 'dev/x.yaml', text: GOOD });
    expect(m).toMatchObject({ id: 'outlet-2019-01-01-topic', language: 'ar', places: [{ id: 'gharyan', libyan: true }], snippets: [{ mentions: [{ place: 'gharyan', text: 'غريان' }] }] });
  });
  it('names the file, line and field of a shape error', () => {
    expect(issuesOf(GOOD.replace('language: ar', 'language: fr'))).toEqual(['dev/x.yaml:5 language: not an allowed value (found "fr")']);
    expect(issuesOf(GOOD.replace('    libyan: true\n', ''))).toEqual(['dev/x.yaml:7 places[0].libyan: missing required field']);
  });
  it('refuses a snippet over 200 characters, naming its length', () => {
    const long = 'ب'.repeat(195);
    expect(issuesOf(GOOD.replace('"دخلت القوات غريان"', `"${long} غريان"`))).toEqual(['dev/x.yaml:12 snippets[0].text: snippet too long (found 201)']);
  });
  it('refuses a mention that is not a substring of its snippet, and one of an unlisted place', () => {
    expect(issuesOf(GOOD.replace('text: غريان }', 'text: بغريان }'))).toEqual(['dev/x.yaml:14 snippets[0].mentions[0].text: mention is not a substring of its snippet (found "بغريان")']);
    expect(issuesOf(GOOD.replace('place: gharyan,', 'place: garyan,'))).toEqual([
      'dev/x.yaml:14 snippets[0].mentions[0].place: unknown place (found "garyan")',
      'dev/x.yaml:7 places[0].id: place has no mention in any snippet (found "gharyan")',
    ]);
  });
});

describe('loadNegativeSet', () => {
  it('loads snippets and takes the language from the file name', () => {
    const set = loadNegativeSet({ path: 'negative/en.yaml', text: 'snippets:\n  - text: "Protests in Tripoli, Lebanon"\n    non_libyan: [Tripoli, Lebanon]\n' });
    expect(set).toEqual({ file: 'negative/en.yaml', language: 'en', snippets: [{ text: 'Protests in Tripoli, Lebanon', nonLibyan: ['Tripoli', 'Lebanon'] }] });
  });
  it('refuses a file not named after a language', () => {
    expect(() => loadNegativeSet({ path: 'negative/xx.yaml', text: 'snippets:\n  - text: a\n    non_libyan: []\n' })).toThrow(/named after its language/);
  });
});

describe('the committed manifests', () => {
  it('are all valid (dev and negative; the held-out set is checked by the final scoring only)', () => {
    expect(loadTextSet('dev').length).toBeGreaterThan(0);
    expect(() => loadNegativeSets()).not.toThrow();
  });
});
