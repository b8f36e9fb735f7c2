import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { loadParties } from '../../../../src/core/content/load-parties.ts';
import { createGeoparser } from '../../../../src/core/geoparser/index.ts';
import { serializeGeoJson } from '../../../../src/core/geojson/serialize-geojson.ts';
import { buildArticle } from '../../../../src/core/pipeline/build-article.ts';
import { expectGolden } from '../../helpers/golden.ts';
import { ROOT, projectGazetteer, readProjectFile } from '../../helpers/project.ts';

// Turf-style fixtures: tests/fixtures/articles/in/<article>/ → out/<article>.geojson. Regenerate
// on purpose with `UPDATE=1 npm test` and review the diff.
const FIXTURES = join(ROOT, 'tests/fixtures/articles');
const gazetteer = projectGazetteer();
const parties = loadParties({ path: 'content/parties.yaml', text: readProjectFile('content/parties.yaml') });
const parser = createGeoparser(gazetteer.places);

function build(folder: string, id: string) {
  const files = readdirSync(folder).filter((f) => f.endsWith('.md')).sort();
  const claims = join(folder, 'claims.yaml');
  return buildArticle({
    id,
    articleFiles: files.map((f) => ({ path: `${id}/${f}`, text: readFileSync(join(folder, f), 'utf8') })),
    claimsFile: existsSync(claims) ? { path: `${id}/claims.yaml`, text: readFileSync(claims, 'utf8') } : null,
    gazetteer,
    parties,
    parser,
  });
}

describe('buildArticle on fixture articles', () => {
  for (const id of readdirSync(join(FIXTURES, 'in')).sort()) {
    it(`buildArticle(${id}) gives out/${id}.geojson, valid RFC 7946`, () => {
      const built = build(join(FIXTURES, 'in', id), id);
      const actual = serializeGeoJson(built.places);
      expect(() => check(actual)).not.toThrow();
      expectGolden(actual, join(FIXTURES, 'out', `${id}.geojson`));
    });
  }
});

describe('buildArticle on the seed article', () => {
  const built = build(join(ROOT, 'content/haftar-macron-2019-05-13'), 'haftar-macron-2019-05-13');
  const props = new Map(built.places.features.map((f) => [f.properties.id, f.properties]));

  it('passes the RFC 7946 validator', () => {
    expect(() => check(serializeGeoJson(built.places))).not.toThrow();
  });
  it('geocodes every place the seed names, and nothing else', () => {
    expect([...props.keys()].sort()).toEqual(
      ['ain-zara', 'al-hira', 'az-zahra', 'cairo', 'gharyan', 'paris', 'qasr-bin-ghashir', 'suq-al-khamis', 'swani', 'tarhuna', 'tripoli', 'wadi-al-rabi', 'washington'],
    );
  });
  it('reports no unresolved candidate names on the seed', () => {
    expect(built.warnings).toEqual([]);
  });
  it('states the control claims of the fourth body paragraph', () => {
    const status = (id: string) => {
      const p = props.get(id)!;
      return [p.status, p.party, p.extent, p.change].join(' ');
    };
    expect(status('qasr-bin-ghashir')).toBe('control lna all held');
    expect(status('wadi-al-rabi')).toBe('control lna half held');
    expect(status('ain-zara')).toBe('control lna most held');
    expect(status('swani')).toBe('control gna all expelled');
    expect(status('az-zahra')).toBe('control gna all expelled');
    expect(status('al-hira')).toBe('control gna all held');
    expect(status('suq-al-khamis')).toBe('control gna all held');
    expect(status('gharyan')).toBe('control lna all staging-base');
    expect(status('tarhuna')).toBe('control lna all staging-base');
    expect(status('tripoli')).toBe('control gna all seat');
    for (const id of ['paris', 'cairo', 'washington']) expect(props.get(id)!.status).toBe('none');
  });
  it('backs every status with a quote found at its offsets in its paragraph', () => {
    const blocks = new Map(built.article.texts[0]!.blocks.map((b) => [b.id, b.text]));
    for (const p of props.values()) {
      if (p.status === 'none') continue;
      expect(p.evidence.length).toBeGreaterThan(0);
      for (const e of p.evidence) expect(blocks.get(e.paragraph)!.slice(e.start, e.end)).toBe(e.quote);
    }
  });
  it('gives mentions whose offsets slice to the matched text, in both languages', () => {
    const texts = new Map(built.article.texts.map((t) => [t.lang, new Map(t.blocks.map((b) => [b.id, b.text]))]));
    let count = 0;
    for (const p of props.values()) {
      for (const m of p.mentions) {
        expect(texts.get(m.lang)!.get(m.paragraph)!.slice(m.start, m.end)).toBe(m.text);
        count++;
      }
    }
    expect(count).toBeGreaterThan(40);
  });
  it('finds Ain Zara as "عين زاره" in the fourth body paragraph', () => {
    expect(props.get('ain-zara')!.mentions.filter((m) => m.lang === 'ar')).toEqual([{ lang: 'ar', paragraph: 'p4', start: expect.any(Number), end: expect.any(Number), text: 'عين زاره' }]);
  });
  it('resolves the ambiguous names by context and says why', () => {
    expect(props.get('suq-al-khamis')!.resolution).toMatchObject({ chosen: 'suq-al-khamis', candidates: ['suq-al-khamis', 'suq-al-khamis-khoms'] });
    expect(props.get('tripoli')!.resolution).toMatchObject({ chosen: 'tripoli', candidates: ['tripoli', 'tripoli-lebanon'] });
    expect(props.get('tripoli')!.resolution!.reason).toMatch(/closest to the other places/);
  });
  it('marks Paris, Cairo and Washington as outside the region', () => {
    expect(['paris', 'cairo', 'washington'].map((id) => props.get(id)!.in_region)).toEqual([false, false, false]);
    expect(props.get('tripoli')!.in_region).toBe(true);
  });
  it('writes features sorted by id with coordinates of at most 6 decimals', () => {
    const ids = built.places.features.map((f) => f.properties.id);
    expect(ids).toEqual([...ids].sort());
    for (const f of built.places.features) for (const c of f.geometry.coordinates) expect(Math.round(c * 1e6) / 1e6).toBe(c);
  });
});

describe('the committed geo/<article>.geojson files', () => {
  it('pass the RFC 7946 validator', () => {
    const files = readdirSync(join(ROOT, 'geo')).filter((f) => f.endsWith('.geojson'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(() => check(readFileSync(join(ROOT, 'geo', f), 'utf8')), f).not.toThrow();
  });
});
