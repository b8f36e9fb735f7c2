import { describe, expect, it } from 'vitest';
import { skeletonTimelineHtml, skeletonToolsHtml } from '../../../src/ui/skeleton.ts';
import { STRINGS } from '../../../src/ui/strings.ts';

// The HTML skeleton's header tools: the real header's labels, hidden and inert (the geometry is
// tested in the browser, tests/e2e/static-map.test.ts).
describe('skeletonToolsHtml', () => {
  const one = [{ id: 'a', titles: { ar: 'عنوان', en: 'Title' }, language: 'ar' }];

  it('has the buttons of the header in the page language, hidden from assistive technology and from the keyboard', () => {
    const html = skeletonToolsHtml('ar', one);
    expect(html.startsWith('<div class="cm-header__tools cm-header__placeholder" aria-hidden="true">')).toBe(true);
    for (const label of [STRINGS.ar.switchLanguage, STRINGS.ar.downloadGeojson, STRINGS.ar.downloadPng, STRINGS.ar.embed]) expect(html).toContain(`>${label}<`);
    expect(html).toContain('lang="en"'); // the language button is labelled in the other language
    expect(html).not.toMatch(/href=/);
    expect(html.match(/<button /g)?.length).toBe(3);
    expect(html.match(/tabindex="-1"/g)?.length).toBe(3);
    expect(html).not.toContain('<select');
    expect(skeletonToolsHtml('en', one)).toContain(`>${STRINGS.en.downloadPng}<`);
  });

  it('lists the articles when there are several, with their titles as text', () => {
    const html = skeletonToolsHtml('ar', [...one, { id: 'b', titles: { en: '<img src=x onerror=alert(1)> & "b"' }, language: 'en' }]);
    expect(html).toContain('<select class="cm-header__select" tabindex="-1"><option>عنوان</option><option>&lt;img src=x onerror=alert(1)&gt; &amp; "b"</option></select>');
  });
});

describe('skeletonTimelineHtml', () => {
  it('reserves the timeline\'s strip, empty and hidden from assistive technology, only with two report dates or more', () => {
    expect(skeletonTimelineHtml(0)).toBe('');
    expect(skeletonTimelineHtml(1)).toBe('');
    expect(skeletonTimelineHtml(5)).toBe('<div class="cm-timeline" aria-hidden="true"></div>');
  });
});
