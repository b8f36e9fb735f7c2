import { describe, expect, it } from 'vitest';
import { componentSnippet, embedUrl, iframeSnippet, oembedResponse } from '../../../src/embed/embed-snippets.ts';
import { escapeAttribute } from '../../../src/render/escape.ts';

const input = { base: 'https://maps.example.org/conflict/', article: 'haftar-macron-2019-05-13', place: 'ain-zara', lang: 'ar' as const, title: 'حفتر "يلتقي" <ماكرون>' };

describe('embed snippets', () => {
  it('embedUrl(input) names the article, place and language', () => {
    expect(embedUrl(input)).toBe('https://maps.example.org/conflict/embed.html?article=haftar-macron-2019-05-13&place=ain-zara&lang=ar');
    expect(embedUrl({ ...input, place: null, panel: false })).toBe('https://maps.example.org/conflict/embed.html?article=haftar-macron-2019-05-13&lang=ar&panel=0');
  });
  it('iframeSnippet(input) is an iframe with a fixed height plus the loader, title escaped', () => {
    const snippet = iframeSnippet(input);
    expect(snippet).toContain('<iframe src="https://maps.example.org/conflict/embed.html?article=haftar-macron-2019-05-13&amp;place=ain-zara&amp;lang=ar"');
    expect(snippet).toContain('title="حفتر &quot;يلتقي&quot; &lt;ماكرون&gt;"');
    expect(snippet).toContain('height="720"');
    expect(snippet).toContain('<script src="https://maps.example.org/conflict/embed-loader.js" async></script>');
  });
  it('componentSnippet(input) loads the module and writes the element with live attributes', () => {
    expect(componentSnippet(input)).toBe(
      '<script type="module" src="https://maps.example.org/conflict/conflict-map.js"></script>\n<conflict-map article="haftar-macron-2019-05-13" place="ain-zara" lang="ar" panel></conflict-map>',
    );
  });
  it('oembedResponse(input) is an oEmbed 1.0 rich response', () => {
    const r = oembedResponse({ ...input, providerName: 'Conflict map' });
    expect(r).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 720, provider_name: 'Conflict map' });
    expect(r.html).toBe(iframeSnippet(input));
  });
  it('escapeAttribute escapes every character that could end an attribute', () => {
    expect(escapeAttribute(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });
});
