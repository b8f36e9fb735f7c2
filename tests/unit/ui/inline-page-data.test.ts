import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PlacesCollection } from '../../../src/core/geojson/build-places-collection.ts';
import type { SiteIndex } from '../../../src/core/site-index.ts';
import { PAGE_DATA_ID, serializeJsonForHtml } from '../../../src/render/inline-json.ts';
import { LoadError, readInlinePageData, type InlinePageData, type PageArticle } from '../../../src/ui/data.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const places = JSON.parse(readFileSync(`${root}geo/haftar-macron-2019-05-13.geojson`, 'utf8')) as PlacesCollection;
const hostileTitle = '</script><script>window.__xss = 1</script><!-- \u2028';
const article: PageArticle = {
  id: 'haftar-macron-2019-05-13',
  date: '2019-05-13',
  outlet: { ar: 'العربي الجديد', en: 'Al-Araby Al-Jadeed' },
  language: 'ar',
  texts: [{ lang: 'ar', original: true, title: hostileTitle, blocks: [{ id: 'title', kind: 'title', text: hostileTitle }] }],
  parties: [],
};
const index: SiteIndex = {
  default_article: article.id,
  basemap_style_url: null,
  embed_origins: null,
  site_url: null,
  centre: { place: 'tripoli', coordinates: [13.18111, 32.895], name: { ar: 'ميدان الشهداء', en: "Martyrs' Square" }, label: { ar: 'وسط طرابلس', en: 'Central Tripoli' } },
  articles: [],
      report_dates: [],
};
const data: InlinePageData = { index, article, places };

/** A document holding only the data block, with the given text (as the HTML parser would give it). */
function documentWith(text: string | null): Document {
  return { getElementById: (id: string) => (id === PAGE_DATA_ID && text !== null ? { textContent: text } : null) } as unknown as Document;
}

describe('inline page data', () => {
  it('serializeJsonForHtml writes no "<" and no line separators, and reads back the same data', () => {
    const text = serializeJsonForHtml(data);
    expect(text).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });

  it('readInlinePageData returns the data of a well-formed block', () => {
    expect(readInlinePageData(documentWith(serializeJsonForHtml(data)))).toEqual(data);
  });

  it('readInlinePageData returns null when the page has no block', () => {
    expect(readInlinePageData(documentWith(null))).toBeNull();
  });

  it('readInlinePageData names the block and the problem when it is not JSON or not the right shape', () => {
    const notJson = readInlinePageData(documentWith('{"index": '));
    expect(notJson).toBeInstanceOf(LoadError);
    expect((notJson as LoadError).message).toBe('#cm-page-data: not valid JSON');
    const noPlaces = readInlinePageData(documentWith(JSON.stringify({ ...data, places: { type: 'Feature' } })));
    expect((noPlaces as LoadError).message).toBe('#cm-page-data places: not a places FeatureCollection');
    const mismatch = readInlinePageData(documentWith(JSON.stringify({ ...data, article: { ...article, id: 'other' } })));
    expect((mismatch as LoadError).message).toBe('#cm-page-data: places of haftar-macron-2019-05-13, article other');
  });
  it('readInlinePageData names the field of a site index that is wrong', () => {
    const noCentre = readInlinePageData(documentWith(JSON.stringify({ ...data, index: { ...index, centre: { place: 'tripoli' } } })));
    expect((noCentre as LoadError).message).toBe('#cm-page-data index: not a site index: centre should be a place with coordinates, name and label');
  });
});
