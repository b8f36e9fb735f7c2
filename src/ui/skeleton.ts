import type { SiteArticle } from '../core/site-index.ts';
import { escapeText } from '../render/escape.ts';
import type { Lang } from '../core/types.ts';
import { STRINGS } from './strings.ts';

/**
 * The timeline's place under the map, as the page's HTML holds it before its script runs: the
 * strip's own element, empty and hidden from assistive technology, with its fixed height
 * (src/ui/timeline.css), so the static map has its final size from the first paint. Empty (no
 * strip) when the site has fewer than two report dates: the page then shows no timeline.
 */
export function skeletonTimelineHtml(reportDates: number): string {
  return reportDates >= 2 ? '<div class="cm-timeline" aria-hidden="true"></div>' : '';
}

/** What the skeleton needs to know of the site's articles (data/articles.json). */
export type SkeletonArticle = Pick<SiteArticle, 'id' | 'titles' | 'language'>;

/**
 * The header's tools as the page's HTML shows them before its script runs: the elements, classes
 * and labels that `createLayout` and `renderChrome` (src/ui/app.ts) give the full page in `lang`,
 * hidden and inert. With the same content the header wraps the same way at every width, so the
 * static map below it does not move when the script builds the real header.
 */
export function skeletonToolsHtml(lang: Lang, articles: readonly SkeletonArticle[]): string {
  const s = STRINGS[lang];
  const other = lang === 'ar' ? 'en' : 'ar';
  // The article menu is shown when there is more than one article (renderChrome).
  const select = articles.length < 2
    ? ''
    : `<select class="cm-header__select" tabindex="-1">${articles.map((a) => `<option>${escapeText(a.titles[lang] ?? a.titles[a.language] ?? a.id)}</option>`).join('')}</select>`;
  return [
    `<div class="cm-header__tools cm-header__placeholder" aria-hidden="true">`,
    select,
    `<button type="button" class="cm-button cm-header__lang" lang="${other}" tabindex="-1">${escapeText(s.switchLanguage)}</button>`,
    `<a class="cm-button">${escapeText(s.downloadGeojson)}</a>`,
    `<button type="button" class="cm-button cm-png-button" tabindex="-1">${escapeText(s.downloadPng)}</button>`,
    `<button type="button" class="cm-button cm-embed-button" tabindex="-1">${escapeText(s.embed)}</button>`,
    `</div>`,
  ].join('');
}
